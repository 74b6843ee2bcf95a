#include "render/jsonanswer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentOf_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("requested");
        QTest::addColumn<bool>("isJson");
        QTest::addColumn<QString>("json");

        QTest::addRow("object") << u"  {\"a\": 1}\n"_s << false << true << u"{\"a\": 1}"_s;
        QTest::addRow("array") << u"[1, 2]"_s << false << true << u"[1, 2]"_s;
        QTest::addRow("json fence")
            << u"```json\n{\"a\": [1]}\n```"_s << false << true << u"{\"a\": [1]}"_s;
        QTest::addRow("bare fence") << u"```\n[true]\n```\n"_s << false << true << u"[true]"_s;
        QTest::addRow("other language")
            << u"```js\n{\"a\": 1}\n```"_s << false << false << QString();
        QTest::addRow("fence with text after")
            << u"```json\n{}\n```\nThat is all."_s << false << false << QString();
        QTest::addRow("two fences")
            << u"```json\n{}\n```\n\n```json\n[]\n```"_s << false << false << QString();
        QTest::addRow("text") << u"The answer is {\"a\": 1}"_s << false << false << QString();
        QTest::addRow("scalar") << u"42"_s << false << false << QString();
        QTest::addRow("bracketed text")
            << u"[1] Smith, J. (2020) [see above]"_s << false << false << QString();
        QTest::addRow("broken, not asked for") << u"{\"a\": 1,}"_s << false << false << QString();
        QTest::addRow("broken, asked for") << u"{\"a\": 1,}"_s << true << true << u"{\"a\": 1,}"_s;
        QTest::addRow("cut off, asked for")
            << u"{\"a\": [1, 2"_s << true << true << u"{\"a\": [1, 2"_s;
        QTest::addRow("fenced and cut off, asked for")
            << u"```json\n{\"a\":\n```"_s << true << true << u"{\"a\":"_s;
        QTest::addRow("prose, asked for") << u"Sorry, I cannot."_s << true << false << QString();
    }

    void documentOf()
    {
        QFETCH(QString, answer);
        QFETCH(bool, requested);
        QFETCH(bool, isJson);
        QFETCH(QString, json);
        const std::optional<QString> document = JsonAnswer::documentOf(answer, requested);
        QCOMPARE(document.has_value(), isJson);
        QCOMPARE(document.value_or(QString()), json);
    }

    void startsLikeJson()
    {
        QVERIFY(JsonAnswer::startsLikeJson(u"\n  {"_s));
        QVERIFY(JsonAnswer::startsLikeJson(u"["_s));
        QVERIFY(!JsonAnswer::startsLikeJson(u"  "_s));
        QVERIFY(!JsonAnswer::startsLikeJson(u"Here {"_s));
        QVERIFY(!JsonAnswer::startsLikeJson(u"```json\n{"_s)); // a code block already
    }
};

QTEST_GUILESS_MAIN(TestJsonAnswer)
#include "tst_jsonanswer.moc"
