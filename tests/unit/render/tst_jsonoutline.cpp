#include "render/jsonoutline.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString nested = uR"({"name": "Ada", "zeta": 12345678901234567890, "langs": ["en", "fr"],
 "address": {"city": "London", "zip": null}, "empty": {}, "none": [], "ok": true})"_s;

// Every row as "depth|line" (and the summary of a folded row), the way the view shows it.
// The summaries are plural forms: without confab_en.qm they read "2 key(s)".
QStringList rowsOf(const JsonOutline &outline)
{
    QStringList rows;
    for (int row = 0; row < outline.rowCount(); ++row) {
        const QModelIndex index = outline.index(row);
        QString text = QString::number(outline.data(index, JsonOutline::DepthRole).toInt()) + u'|'
            + outline.data(index, JsonOutline::LineRole).toString();
        const QString summary = outline.data(index, JsonOutline::SummaryRole).toString();
        if (!summary.isEmpty())
            text += u" (" + summary + u')';
        rows.append(text);
    }
    return rows;
}

QVariantMap schema(const char *json)
{
    return QJsonDocument::fromJson(json).object().toVariantMap();
}

} // namespace

class TestJsonOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // In the document's order, literals as written: QJsonObject would sort the keys and
    // round the big number.
    void rowsOfANestedDocument()
    {
        JsonOutline outline;
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        outline.setText(nested);
        QVERIFY(outline.isValid());
        QCOMPARE(outline.errorPosition(), 0);
        QCOMPARE(outline.status(), u"✓ valid JSON"_s);
        QCOMPARE(rowsOf(outline),
                 QStringList({u"0|{"_s, u"1|\"name\": \"Ada\","_s,
                              u"1|\"zeta\": 12345678901234567890,"_s, u"1|\"langs\": ["_s,
                              u"2|\"en\","_s, u"2|\"fr\""_s, u"1|],"_s, u"1|\"address\": {"_s,
                              u"2|\"city\": \"London\","_s, u"2|\"zip\": null"_s, u"1|},"_s,
                              u"1|\"empty\": {},"_s, u"1|\"none\": [],"_s, u"1|\"ok\": true"_s,
                              u"0|}"_s}));

        const QModelIndex langs = outline.index(3);
        QCOMPARE(outline.data(langs, JsonOutline::KeyRole).toString(), u"\"langs\""_s);
        QCOMPARE(outline.data(langs, JsonOutline::ValueRole).toString(), u"["_s);
        QCOMPARE(outline.data(langs, JsonOutline::TypeRole).toString(), u"array"_s);
        QCOMPARE(outline.data(langs, JsonOutline::FoldableRole).toBool(), true);
        QCOMPARE(outline.data(langs, JsonOutline::FoldedRole).toBool(), false);
        QCOMPARE(outline.data(langs, JsonOutline::CommaRole).toBool(), false); // on its "],"
        QCOMPARE(outline.data(outline.index(6), JsonOutline::TypeRole).toString(), u"end"_s);
        QCOMPARE(outline.data(outline.index(6), JsonOutline::CommaRole).toBool(), true);
        QCOMPARE(outline.data(outline.index(2), JsonOutline::TypeRole).toString(), u"number"_s);
        QCOMPARE(outline.data(outline.index(9), JsonOutline::TypeRole).toString(), u"null"_s);
        QCOMPARE(outline.data(outline.index(13), JsonOutline::TypeRole).toString(), u"boolean"_s);
        QCOMPARE(outline.data(outline.index(1), JsonOutline::TypeRole).toString(), u"string"_s);
        QCOMPARE(outline.data(outline.index(11), JsonOutline::FoldableRole).toBool(), false);
        QCOMPARE(outline.data(outline.index(1), JsonOutline::KeyRole).toString(), u"\"name\""_s);
        QCOMPARE(outline.data(outline.index(4), JsonOutline::KeyRole).toString(), QString());
    }

    void foldingHidesAndShowsTheInside()
    {
        JsonOutline outline;
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        outline.setText(nested);
        QSignalSpy removed(&outline, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&outline, &QAbstractItemModel::rowsInserted);

        outline.toggle(7); // "address": {
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 8);
        QCOMPARE(removed.constFirst().at(2).toInt(), 10);
        QCOMPARE(outline.rowCount(), 12);
        QCOMPARE(rowsOf(outline).at(7), u"1|\"address\": {…}, (2 key(s))"_s);
        QCOMPARE(outline.data(outline.index(7), JsonOutline::FoldedRole).toBool(), true);
        QCOMPARE(outline.data(outline.index(7), JsonOutline::CommaRole).toBool(), true);
        QCOMPARE(outline.data(outline.index(7), JsonOutline::ValueRole).toString(), u"{…}"_s);

        outline.toggle(3); // "langs": [
        QCOMPARE(rowsOf(outline),
                 QStringList(
                     {u"0|{"_s, u"1|\"name\": \"Ada\","_s, u"1|\"zeta\": 12345678901234567890,"_s,
                      u"1|\"langs\": […], (2 item(s))"_s, u"1|\"address\": {…}, (2 key(s))"_s,
                      u"1|\"empty\": {},"_s, u"1|\"none\": [],"_s, u"1|\"ok\": true"_s, u"0|}"_s}));

        // The root folds everything; opening it again keeps what was folded inside folded.
        outline.toggle(0);
        QCOMPARE(rowsOf(outline), QStringList({u"0|{…} (7 key(s))"_s}));
        outline.setFolded(0, false);
        QCOMPARE(outline.rowCount(), 9);
        QCOMPARE(rowsOf(outline).at(4), u"1|\"address\": {…}, (2 key(s))"_s);

        outline.setFolded(4, false);
        QCOMPARE(inserted.constLast().at(1).toInt(), 5);
        QCOMPARE(inserted.constLast().at(2).toInt(), 7);
        QCOMPARE(rowsOf(outline).mid(4, 4),
                 QStringList({u"1|\"address\": {"_s, u"2|\"city\": \"London\","_s,
                              u"2|\"zip\": null"_s, u"1|},"_s}));

        // Leaves and closing brackets do not fold; rows out of range are ignored.
        const int rows = outline.rowCount();
        outline.toggle(1);
        outline.toggle(7);
        outline.toggle(-1);
        outline.toggle(rows);
        QCOMPARE(outline.rowCount(), rows);
    }

    void invalidJsonSaysWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addRow("trailing comma") << u"{\"a\": 1,}"_s << 9;
        QTest::addRow("cut off") << u"{\"a\": [1, 2"_s << 11;
        QTest::addRow("after non-ASCII") << u"{\"é\": 1 \"b\": 2}"_s << 9; // the second '"'
        QTest::addRow("garbage after") << u"[1] and more"_s << 4;
    }

    void invalidJsonSaysWhere()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        JsonOutline outline;
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        outline.setText(text);
        QVERIFY(!outline.isValid());
        QCOMPARE(outline.errorPosition(), position);
        QVERIFY2(outline.status().startsWith(u"✗ invalid at character %1: "_s.arg(position)),
                 qPrintable(outline.status()));
        QCOMPARE(outline.rowCount(), 0);
        QCOMPARE(outline.formatted(), text); // copied as it came
        QCOMPARE(outline.schemaStatus(), QString());
    }

    void schemaIsChecked()
    {
        JsonOutline outline;
        QSignalSpy checked(&outline, &JsonOutline::schemaStatusChanged);
        outline.setText(nested);
        QCOMPARE(outline.schemaStatus(), QString()); // no schema, nothing to say
        outline.setSchema(schema(R"({"type":"object","required":["name","age"],
            "properties":{"name":{"type":"string"},"ok":{"type":"boolean"}}})"));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(outline.matchesSchema(), false);
        QCOMPARE(outline.schemaStatus(), u"✗ does not match the schema: \"age\" is required."_s);

        outline.setSchema(schema(R"({"type":"object","additionalProperties":false,
            "properties":{"name":{"type":"string"}}})"));
        QVERIFY2(outline.schemaStatus().startsWith(
                     u"✗ does not match the schema: \"address\" is not in the schema; it has: "
                     "name."_s),
                 qPrintable(outline.schemaStatus()));

        outline.setSchema(schema(R"({"type":"object","properties":{"name":{"type":"string"},
            "langs":{"type":"array","items":{"type":"string"}}}})"));
        QCOMPARE(outline.matchesSchema(), true);
        QCOMPARE(outline.schemaStatus(), u"✓ matches the schema"_s);

        outline.setSchema(schema(R"({"type":"array"})"));
        QCOMPARE(outline.schemaStatus(),
                 u"✗ does not match the schema: The answer must be of type array."_s);
    }

    void formattedIsIndentedAndComplete()
    {
        JsonOutline outline;
        outline.setText(u"{\"a\":[1,{\"b\":\"x\\\"y\"}],\"c\":{}}"_s);
        outline.toggle(0); // folding does not change what is copied
        QCOMPARE(outline.formatted(),
                 u"{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x\\\"y\"\n    }\n  ],\n"
                 "  \"c\": {}\n}"_s);
        QCOMPARE(QJsonDocument::fromJson(outline.formatted().toUtf8()).object(),
                 QJsonDocument::fromJson(outline.text().toUtf8()).object());
    }

    void largeDocumentsStartFolded()
    {
        QString text = u"["_s;
        for (int i = 0; i < JsonOutline::foldedAbove; ++i)
            text += (i ? u","_s : QString()) + u"{\"id\":%1}"_s.arg(i);
        text += u']';
        JsonOutline outline;
        outline.setText(text);
        QCOMPARE(outline.rowCount(), JsonOutline::foldedAbove + 2);
        QCOMPARE(rowsOf(outline).at(1), u"1|{…}, (1 key(s))"_s);
        outline.toggle(1);
        QCOMPARE(rowsOf(outline).mid(1, 3), QStringList({u"1|{"_s, u"2|\"id\": 0"_s, u"1|},"_s}));
    }
};

QTEST_GUILESS_MAIN(TestJsonOutline)
#include "tst_jsonoutline.moc"
