#include "protocol/apierror.h"
#include "protocol/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addRow("openai")
            << u"Incorrect API key provided: sk-proj-Abc123def456ghi789. You can find"_s
            << u"sk-proj-Abc123def456ghi789"_s;
        QTest::addRow("masked echo")
            << u"Incorrect API key provided: sk-abc12******************wxyz."_s << u"sk-abc12"_s;
        QTest::addRow("openrouter") << u"key sk-or-v1-0123456789abcdef0123 is invalid"_s
                                    << u"sk-or-v1-0123456789abcdef0123"_s;
        QTest::addRow("groq") << u"bad gsk_ABCDEFGHIJKLMNOP1234"_s << u"gsk_ABCDEFGHIJKLMNOP1234"_s;
        QTest::addRow("xai") << u"xai-ABCDEFGHIJKLMNOP1234 rejected"_s
                             << u"xai-ABCDEFGHIJKLMNOP1234"_s;
        QTest::addRow("gemini") << u"API key AIzaSyA1234567890abcdefghijklmnopq not valid"_s
                                << u"AIzaSyA1234567890abcdefghijklmnopq"_s;
        QTest::addRow("header") << u"Authorization: Bearer my-secret-token-12"_s
                                << u"my-secret-token-12"_s;
        QTest::addRow("json header")
            << u"{\"Authorization\": \"Bearer abcdefghijklmnop\"}"_s << u"abcdefghijklmnop"_s;
        QTest::addRow("named") << u"api_key=QWERTYUIOPASDFGHJKL123"_s
                               << u"QWERTYUIOPASDFGHJKL123"_s;
    }

    void keysAreRemoved()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString clean = Redaction::redacted(text);
        QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY(clean.contains(Redaction::placeholder));
    }

    void ordinaryTextStays()
    {
        for (const QString &text :
             {u"The model gpt-4o does not exist."_s, u"Ask for a key in the settings."_s,
              u"Tokens used: 1234"_s, u"skip-this task-123"_s, u""_s}) {
            QCOMPARE(Redaction::redacted(text), text);
        }
    }

    void knownSecretsGoEverywhere()
    {
        const QString key = u"plainkey-without-prefix-42"_s;
        QCOMPARE(Redaction::redacted(
                     u"echo plainkey-without-prefix-42 twice plainkey-without-prefix-42"_s, {key}),
                 u"echo [redacted] twice [redacted]"_s);
        QCOMPARE(Redaction::redacted(u"a b c"_s, {u""_s, u"b"_s}),
                 u"a b c"_s); // too short to be one
    }

    void logsAreRedacted()
    {
        Redaction::installLogRedaction(); // over QTest's handler, which records the message
        QTest::ignoreMessage(QtWarningMsg, "sending with Authorization: [redacted]");
        qWarning("sending with Authorization: Bearer sk-test-abcdefgh");
    }

    // A provider that echoes the key in its 401 body: the message people read does not.
    void errorsFromServersAreRedacted()
    {
        const ApiError error = ApiError::fromHttpResponse(
            401,
            "{\"error\":{\"message\":\"Incorrect API key provided: sk-live-0123456789abcdef. "
            "See the docs.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}",
            u"api.openai.com"_s, -1);
        QVERIFY(!error.message.contains(u"sk-live-0123456789abcdef"));
        QVERIFY(!error.providerMessage.contains(u"sk-live"));
        QVERIFY(error.message.contains(u"401"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
