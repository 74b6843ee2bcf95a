#include "chat/message.h"
#include "chat/toolcall.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

Message assistantWithEverything()
{
    Message message = Message::create(Message::Role::Assistant, QStringLiteral("The answer."));
    message.reasoning = QStringLiteral("SECRET-CHAIN-OF-THOUGHT");
    message.refusal = QString();
    ToolCall weather;
    weather.id = QStringLiteral("call_1");
    weather.name = QStringLiteral("get_weather");
    weather.arguments = QStringLiteral("{\"city\":\"Oslo\"}");
    weather.extraContent
        = {{QLatin1String("google"),
            QJsonObject {{QLatin1String("thought_signature"), QLatin1String("sig")}}}};
    ToolCall time;
    time.id = QStringLiteral("call_2");
    time.name = QStringLiteral("get_time");
    message.toolCalls = {weather, time};
    return message;
}

} // namespace

class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createGivesUniqueIdAndTimestamp()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Message a = Message::create(Message::Role::User, QStringLiteral("hi"));
        const Message b = Message::create(Message::Role::System);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QVERIFY(!a.id.startsWith(QLatin1Char('{'))); // without braces
        QCOMPARE(a.role, Message::Role::User);
        QCOMPARE(a.content, QStringLiteral("hi"));
        QCOMPARE(b.role, Message::Role::System);
        QVERIFY(b.content.isEmpty());
        QVERIFY(a.createdAt >= before && a.createdAt <= after);
        QCOMPARE(a.state, Message::State::Complete);
    }

    void roleNames()
    {
        QCOMPARE(Message::roleName(Message::Role::System), QStringLiteral("system"));
        QCOMPARE(Message::roleName(Message::Role::User), QStringLiteral("user"));
        QCOMPARE(Message::roleName(Message::Role::Assistant), QStringLiteral("assistant"));
        QCOMPARE(Message::roleName(Message::Role::Tool), QStringLiteral("tool"));
    }

    void stateNames()
    {
        QCOMPARE(Message::stateName(Message::State::Complete), QStringLiteral("complete"));
        QCOMPARE(Message::stateName(Message::State::Pending), QStringLiteral("pending"));
        QCOMPARE(Message::stateName(Message::State::Streaming), QStringLiteral("streaming"));
        QCOMPARE(Message::stateName(Message::State::Failed), QStringLiteral("failed"));
        QCOMPARE(Message::stateName(Message::State::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(Message::stateName(Message::State::Interrupted), QStringLiteral("interrupted"));
    }

    void systemAndUserRequestMessages()
    {
        Message system = Message::create(Message::Role::System, QStringLiteral("Be brief."));
        system.reasoning = QStringLiteral("never sent");
        const RequestMessage systemEntry = system.toRequestMessage();
        QCOMPARE(systemEntry.role, RequestMessage::Role::System);
        QCOMPARE(systemEntry.content, QStringLiteral("Be brief."));
        QVERIFY(systemEntry.toolCalls.isEmpty());

        Message user = Message::create(Message::Role::User, QStringLiteral("Hello?"));
        user.reasoning = QStringLiteral("never sent");
        const RequestMessage userEntry = user.toRequestMessage();
        QCOMPARE(userEntry.role, RequestMessage::Role::User);
        QCOMPARE(userEntry.content, QStringLiteral("Hello?"));
        QVERIFY(userEntry.toolCallId.isEmpty());
        QVERIFY(!QJsonDocument(userEntry.toJson()).toJson().contains("never sent"));
    }

    void toolRequestMessage()
    {
        Message tool = Message::create(Message::Role::Tool, QStringLiteral("12 degrees"));
        tool.toolCallId = QStringLiteral("call_1");
        const RequestMessage entry = tool.toRequestMessage();
        QCOMPARE(entry.role, RequestMessage::Role::Tool);
        QCOMPARE(entry.toolCallId, QStringLiteral("call_1"));
        QCOMPARE(entry.content, QStringLiteral("12 degrees"));
        const QJsonObject json = entry.toJson();
        QCOMPARE(json.value(QLatin1String("role")).toString(), QStringLiteral("tool"));
        QCOMPARE(json.value(QLatin1String("tool_call_id")).toString(), QStringLiteral("call_1"));
    }

    void assistantRequestMessageCarriesToolCallsNotReasoning()
    {
        const Message message = assistantWithEverything();
        const RequestMessage entry = message.toRequestMessage();
        QCOMPARE(entry.role, RequestMessage::Role::Assistant);
        QCOMPARE(entry.content, QStringLiteral("The answer."));
        QCOMPARE(entry.toolCalls.size(), 2);
        QCOMPARE(entry.toolCalls.at(0).id, QStringLiteral("call_1"));
        QCOMPARE(entry.toolCalls.at(0).name, QStringLiteral("get_weather"));
        QCOMPARE(entry.toolCalls.at(0).arguments, QStringLiteral("{\"city\":\"Oslo\"}"));
        QCOMPARE(entry.toolCalls.at(0).extraContent, message.toolCalls.at(0).extraContent);
        QCOMPARE(entry.toolCalls.at(1).id, QStringLiteral("call_2"));
        QCOMPARE(entry.toolCalls.at(1).name, QStringLiteral("get_time"));
        QVERIFY(entry.toolCalls.at(1).arguments.isEmpty());
        QVERIFY(entry.toolCalls.at(1).extraContent.isEmpty());

        const QJsonObject json = entry.toJson();
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY2(!text.contains("SECRET-CHAIN-OF-THOUGHT"), text.constData());
        QVERIFY(!json.contains(QLatin1String("reasoning")));
        QVERIFY(!json.contains(QLatin1String("reasoning_content")));
        QCOMPARE(json.value(QLatin1String("tool_calls")).toArray().size(), 2);
    }

    void assistantWithOnlyReasoningSendsNoReasoning()
    {
        Message message = Message::create(Message::Role::Assistant);
        message.reasoning = QStringLiteral("thinking hard");
        const RequestMessage entry = message.toRequestMessage();
        QCOMPARE(entry.role, RequestMessage::Role::Assistant);
        QVERIFY(entry.content.isEmpty());
        QVERIFY(entry.toolCalls.isEmpty());
        QVERIFY(!QJsonDocument(entry.toJson()).toJson().contains("thinking hard"));
    }

    void isThinking_data()
    {
        QTest::addColumn<Message::State>("state");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("content");
        QTest::addColumn<qint64>("reasoningEndedAt");
        QTest::addColumn<bool>("expected");

        const QString r = QStringLiteral("hmm");
        const QString c = QStringLiteral("answer");
        QTest::newRow("streaming reasoning")
            << Message::State::Streaming << r << QString() << 0ll << true;
        QTest::newRow("pending reasoning")
            << Message::State::Pending << r << QString() << 0ll << true;
        QTest::newRow("answer started") << Message::State::Streaming << r << c << 0ll << false;
        QTest::newRow("reasoning ended")
            << Message::State::Streaming << r << QString() << 5ll << false;
        QTest::newRow("no reasoning")
            << Message::State::Streaming << QString() << QString() << 0ll << false;
        QTest::newRow("complete") << Message::State::Complete << r << QString() << 0ll << false;
        QTest::newRow("failed") << Message::State::Failed << r << QString() << 0ll << false;
        QTest::newRow("cancelled") << Message::State::Cancelled << r << QString() << 0ll << false;
    }

    void isThinking()
    {
        QFETCH(Message::State, state);
        QFETCH(QString, reasoning);
        QFETCH(QString, content);
        QFETCH(qint64, reasoningEndedAt);
        QFETCH(bool, expected);
        Message message = Message::create(Message::Role::Assistant, content);
        message.state = state;
        message.reasoning = reasoning;
        message.timings.reasoningStartedAt = reasoning.isEmpty() ? 0 : 1;
        message.timings.reasoningEndedAt = reasoningEndedAt;
        QCOMPARE(message.isThinking(), expected);
    }

    void reasoningDuration()
    {
        Message message;
        QCOMPARE(message.reasoningDurationMs(), qint64(0)); // never reasoned
        message.timings.finishedAt = 9000;
        QCOMPARE(message.reasoningDurationMs(), qint64(0));

        message.timings.reasoningStartedAt = 1000;
        QCOMPARE(message.reasoningDurationMs(),
                 qint64(8000)); // not ended: until the message finished
        message.timings.reasoningEndedAt = 3500;
        QCOMPARE(message.reasoningDurationMs(), qint64(2500)); // the end wins over finishedAt

        message.timings.reasoningEndedAt = 500; // clock went backwards: never negative
        QCOMPARE(message.reasoningDurationMs(), qint64(0));
    }

    void reasoningDurationWhileStillThinkingRunsToNow()
    {
        Message message;
        const qint64 started = QDateTime::currentMSecsSinceEpoch() - 60000;
        message.timings.reasoningStartedAt = started;
        const qint64 duration = message.reasoningDurationMs();
        const qint64 upperBound = QDateTime::currentMSecsSinceEpoch() - started;
        QVERIFY2(duration >= 60000 && duration <= upperBound, QByteArray::number(duration));
    }

    void timeToFirstToken()
    {
        Message message;
        QCOMPARE(message.timeToFirstTokenMs(), qint64(-1));
        message.timings.sentAt = 1000;
        QCOMPARE(message.timeToFirstTokenMs(), qint64(-1)); // nothing arrived yet
        message.timings.firstTokenAt = 1750;
        QCOMPARE(message.timeToFirstTokenMs(), qint64(750));
        message.timings.sentAt = 0;
        QCOMPARE(message.timeToFirstTokenMs(), qint64(-1)); // not sent by us (loaded, imported)
    }

    void tokensPerSecond()
    {
        Message message;
        QCOMPARE(message.tokensPerSecond(), 0.0);
        message.usage.completionTokens = 100;
        message.timings.firstTokenAt = 1000;
        QCOMPARE(message.tokensPerSecond(), 0.0); // not finished
        message.timings.finishedAt = 3000;
        QCOMPARE(message.tokensPerSecond(), 50.0);
        message.timings.finishedAt = 1000;
        QCOMPARE(message.tokensPerSecond(), 0.0); // no time elapsed: no division by zero
        message.timings.finishedAt = 1500;
        message.usage.completionTokens = -1; // the server sent no usage
        QCOMPARE(message.tokensPerSecond(), 0.0);
        message.usage.completionTokens = 0;
        QCOMPARE(message.tokensPerSecond(), 0.0);
        message.usage.completionTokens = 1;
        message.timings.firstTokenAt = 0;
        QCOMPARE(message.tokensPerSecond(), 0.0);
    }

    void fieldsAreDistinctFlags()
    {
        const QList<Message::Field> fields {
            Message::ContentField, Message::ReasoningField,    Message::ToolCallsField,
            Message::UsageField,   Message::FinishReasonField, Message::ModelField,
            Message::TimingsField, Message::StateField,        Message::RefusalField};
        Message::Fields all;
        for (Message::Field field : fields) {
            QVERIFY(!all.testFlag(field));
            all |= field;
        }
        QCOMPARE(all.toInt(), (1 << fields.size()) - 1);
    }

    void toolCallArguments_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("blank") << QStringLiteral("  \n ") << true;
        QTest::newRow("empty object") << QStringLiteral("{}") << true;
        QTest::newRow("object") << QStringLiteral("{\"city\":\"Oslo\",\"days\":[1,2]}") << true;
        QTest::newRow("object with spaces") << QStringLiteral(" { \"a\" : 1 } ") << true;
        QTest::newRow("unicode") << QStringLiteral("{\"q\":\"你好🙂\"}") << true;
        QTest::newRow("incomplete") << QStringLiteral("{\"city\":\"Os") << false;
        QTest::newRow("array") << QStringLiteral("[1,2]") << false;
        QTest::newRow("string") << QStringLiteral("\"Oslo\"") << false;
        QTest::newRow("number") << QStringLiteral("42") << false;
        QTest::newRow("null") << QStringLiteral("null") << false;
        QTest::newRow("two objects") << QStringLiteral("{}{}") << false;
        QTest::newRow("trailing garbage") << QStringLiteral("{\"a\":1}x") << false;
    }

    void toolCallArguments()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, valid);
        ToolCall call;
        call.arguments = arguments;
        QCOMPARE(call.hasValidArguments(), valid);
    }

    void toolCallDefaultsAndJson()
    {
        ToolCall call;
        QCOMPARE(call.type, QStringLiteral("function"));
        call.id = QStringLiteral("abc123XYZ");
        call.name = QStringLiteral("lookup");
        call.arguments = QStringLiteral("{\"q\":1}");
        call.extraContent = {{QLatin1String("x"), 1}};
        const QJsonObject json = call.toJson();
        const QStringList keys = json.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("arguments")}));
        QCOMPARE(json.value(QLatin1String("id")).toString(), call.id);
        QCOMPARE(json.value(QLatin1String("name")).toString(), call.name);
        QCOMPARE(json.value(QLatin1String("arguments")).toString(), call.arguments);
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
