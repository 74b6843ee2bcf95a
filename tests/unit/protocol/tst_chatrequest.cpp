#include "protocol/chatrequest.h"

#include <QJsonDocument>
#include <QTest>

static QJsonObject jsonObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad expected JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

static ChatRequest simpleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("gpt-5.4");
    request.messages << RequestMessage::user(QStringLiteral("Hi"));
    return request;
}

static QJsonObject weatherTool(const QString &name = QStringLiteral("get_weather"))
{
    const QJsonObject parameters
        = jsonObject(R"({"type":"object","properties":{"city":{"type":"string"}}})");
    return QJsonObject {{QLatin1String("type"), QStringLiteral("function")},
                        {QLatin1String("function"),
                         QJsonObject {{QLatin1String("name"), name},
                                      {QLatin1String("description"), QStringLiteral("Weather")},
                                      {QLatin1String("parameters"), parameters}}}};
}

class TestChatRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalRequestBytes()
    {
        ChatRequest request = simpleRequest();
        request.stream = false;
        QVERIFY(request.validate().isEmpty());
        QCOMPARE(request.toJson(),
                 QByteArray(R"({"messages":[{"content":"Hi","role":"user"}],"model":"gpt-5.4"})"));
    }

    void fullConversation()
    {
        ChatRequest request;
        request.model = QStringLiteral("gpt-5.4");
        request.messages << RequestMessage::system(QStringLiteral("Be brief."));
        request.messages << RequestMessage::userParts(
            jsonObject(
                R"({"p":[{"type":"text","text":"What is this?"},)"
                R"({"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo=",)"
                R"("detail":"low"}}]})")
                .value(QLatin1String("p"))
                .toArray());
        RequestToolCall call;
        call.id = QStringLiteral("call_1");
        call.name = QStringLiteral("get_weather");
        call.arguments = QStringLiteral(R"({"city":"Oslo"})");
        call.extraContent = jsonObject(R"({"google":{"thought_signature":"c2ln"}})");
        request.messages << RequestMessage::assistant(QString(), {call});
        request.messages << RequestMessage::toolResult(QStringLiteral("call_1"),
                                                       QStringLiteral("12 °C, rain"));
        request.messages << RequestMessage::assistant(QStringLiteral("It rains in Oslo."));
        request.messages << RequestMessage::user(QStringLiteral("Thanks"));
        QVERIFY2(request.validate().isEmpty(), qPrintable(request.validate().join(u'\n')));

        const QJsonObject expected = jsonObject(R"({
            "model": "gpt-5.4",
            "stream": true,
            "stream_options": {"include_usage": true},
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [
                    {"type": "text", "text": "What is this?"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo=",
                                                        "detail": "low"}}]},
                {"role": "assistant", "content": null, "tool_calls": [
                    {"id": "call_1", "type": "function",
                     "function": {"name": "get_weather", "arguments": "\u007b\u0022city\u0022:\u0022Oslo\u0022\u007d"},
                     "extra_content": {"google": {"thought_signature": "c2ln"}}}]},
                {"role": "tool", "tool_call_id": "call_1", "content": "12 °C, rain"},
                {"role": "assistant", "content": "It rains in Oslo."},
                {"role": "user", "content": "Thanks"}
            ]})");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(request.toJsonObject(), expected);
        // toJson() is the same object, compact.
        QCOMPARE(QJsonDocument::fromJson(request.toJson()).object(), expected);
        QVERIFY(!request.toJson().contains('\n'));
    }

    void assistantWithTextAndToolCalls()
    {
        RequestToolCall call {
            QStringLiteral("abcDEF123"), QStringLiteral("search"), QStringLiteral("{}"), {}};
        const QJsonObject message
            = RequestMessage::assistant(QStringLiteral("Let me look."), {call}).toJson();
        QCOMPARE(message,
                 jsonObject(R"({"role":"assistant","content":"Let me look.","tool_calls":[)"
                            R"({"id":"abcDEF123","type":"function",)"
                            R"("function":{"name":"search","arguments":"{}"}}]})"));
        // No extra_content key when there is none to echo.
        QVERIFY(!message.value(QLatin1String("tool_calls"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QLatin1String("extra_content")));
    }

    void plainAssistantKeepsEmptyContent()
    {
        // Without tool calls an empty assistant message still has string content, never null.
        const QJsonObject message = RequestMessage::assistant(QString()).toJson();
        QCOMPARE(message, jsonObject(R"({"role":"assistant","content":""})"));
    }

    void roleNames_data()
    {
        QTest::addColumn<RequestMessage::Role>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("system") << RequestMessage::Role::System << QStringLiteral("system");
        QTest::newRow("developer")
            << RequestMessage::Role::Developer << QStringLiteral("developer");
        QTest::newRow("user") << RequestMessage::Role::User << QStringLiteral("user");
        QTest::newRow("assistant")
            << RequestMessage::Role::Assistant << QStringLiteral("assistant");
        QTest::newRow("tool") << RequestMessage::Role::Tool << QStringLiteral("tool");
    }

    void roleNames()
    {
        QFETCH(RequestMessage::Role, role);
        QFETCH(QString, name);
        QCOMPARE(RequestMessage::roleName(role), name);
        RequestMessage message;
        message.role = role;
        message.toolCallId = QStringLiteral("id");
        QCOMPARE(message.toJson().value(QLatin1String("role")).toString(), name);
    }

    void nameIsSentOnlyWhenSet()
    {
        RequestMessage message = RequestMessage::user(QStringLiteral("hello"));
        QVERIFY(!message.toJson().contains(QLatin1String("name")));
        message.name = QStringLiteral("alice");
        QCOMPARE(message.toJson(),
                 jsonObject(R"({"role":"user","content":"hello","name":"alice"})"));
        // tool_call_id belongs to tool messages only.
        QVERIFY(!message.toJson().contains(QLatin1String("tool_call_id")));
    }

    void streamOptions_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("includeUsage");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("stream with usage")
            << true << true
            << QByteArray(R"({"stream":true,"stream_options":{"include_usage":true}})");
        QTest::newRow("stream without usage") << true << false << QByteArray(R"({"stream":true})");
        QTest::newRow("no stream") << false << true << QByteArray("{}");
        QTest::newRow("no stream, no usage") << false << false << QByteArray("{}");
    }

    void streamOptions()
    {
        QFETCH(bool, stream);
        QFETCH(bool, includeUsage);
        QFETCH(QByteArray, expected);
        ChatRequest request = simpleRequest();
        request.stream = stream;
        request.includeUsage = includeUsage;
        QJsonObject body = request.toJsonObject();
        body.remove(QLatin1String("model"));
        body.remove(QLatin1String("messages"));
        QCOMPARE(body, QJsonDocument::fromJson(expected).object());
    }

    void toolsAndParameters()
    {
        ChatRequest request = simpleRequest();
        request.stream = false;
        request.tools.append(weatherTool());
        request.parameters.temperature = 0.2;
        request.parameters.toolChoice = QJsonValue(QStringLiteral("auto"));
        request.parameters.maxCompletionTokens = 1000;
        QVERIFY2(request.validate().isEmpty(), qPrintable(request.validate().join(u'\n')));
        QCOMPARE(request.toJsonObject(),
                 jsonObject(R"({"model":"gpt-5.4","messages":[{"role":"user","content":"Hi"}],)"
                            R"("tools":[{"type":"function","function":{"name":"get_weather",)"
                            R"("description":"Weather","parameters":{"type":"object",)"
                            R"("properties":{"city":{"type":"string"}}}}}],)"
                            R"("tool_choice":"auto","temperature":0.2,)"
                            R"("max_completion_tokens":1000})"));
        // No tools, no key.
        QVERIFY(!simpleRequest().toJsonObject().contains(QLatin1String("tools")));
    }

    void validRequest() { QVERIFY(simpleRequest().validate().isEmpty()); }

    void missingModelAndMessages()
    {
        ChatRequest request;
        QCOMPARE(request.validate(),
                 QStringList({QStringLiteral("Choose a model first."),
                              QStringLiteral("There is nothing to send.")}));
        request.model = QStringLiteral("   ");
        request.messages << RequestMessage::user(QStringLiteral("x"));
        QCOMPARE(request.validate(), QStringList {QStringLiteral("Choose a model first.")});
    }

    void messageProblems_data()
    {
        QTest::addColumn<RequestMessage>("message");
        QTest::addColumn<QString>("expected");

        QTest::newRow("tool result without id")
            << RequestMessage::toolResult(QString(), QStringLiteral("42"))
            << QStringLiteral("Message 2: a tool result needs the id of the call it answers.");

        RequestToolCall noId {QString(), QStringLiteral("f"), QStringLiteral("{}"), {}};
        QTest::newRow("tool call without id")
            << RequestMessage::assistant(QString(), {noId})
            << QStringLiteral("Message 2: every tool call needs an id and a name.");
        RequestToolCall noName {QStringLiteral("call_1"), QString(), QStringLiteral("{}"), {}};
        QTest::newRow("tool call without name")
            << RequestMessage::assistant(QString(), {noName})
            << QStringLiteral("Message 2: every tool call needs an id and a name.");

        QTest::newRow("part without type")
            << RequestMessage::userParts(
                   QJsonArray {QJsonObject {{QLatin1String("text"), QStringLiteral("x")}}})
            << QStringLiteral("Message 2: every content part needs a type.");
        QTest::newRow("image without url")
            << RequestMessage::userParts(QJsonArray {
                   QJsonObject {{QLatin1String("type"), QStringLiteral("image_url")},
                                {QLatin1String("image_url"),
                                 QJsonObject {{QLatin1String("detail"), QStringLiteral("low")}}}}})
            << QStringLiteral("Message 2: an image part needs image_url.url.");

        RequestMessage assistantParts;
        assistantParts.role = RequestMessage::Role::Assistant;
        assistantParts.parts
            = QJsonArray {QJsonObject {{QLatin1String("type"), QStringLiteral("text")},
                                       {QLatin1String("text"), QStringLiteral("x")}}};
        QTest::newRow("assistant with parts")
            << assistantParts
            << QStringLiteral("Message 2: only user and system messages may have several parts.");
    }

    // The problem names the message, counted from 1 as a person counts.
    void messageProblems()
    {
        QFETCH(RequestMessage, message);
        QFETCH(QString, expected);
        ChatRequest request = simpleRequest();
        request.messages << message;
        QCOMPARE(request.validate(), QStringList {expected});
        QCOMPARE(message.validate(1), expected);
    }

    void toolMessageSendsItsId()
    {
        const QJsonObject message
            = RequestMessage::toolResult(QStringLiteral("call_9"), QStringLiteral("done")).toJson();
        QCOMPARE(message,
                 jsonObject(R"({"role":"tool","tool_call_id":"call_9","content":"done"})"));
    }

    void toolNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("get_weather") << true;
        QTest::newRow("dash and digits") << QStringLiteral("search-v2") << true;
        QTest::newRow("64 chars") << QString(64, u'a') << true;
        QTest::newRow("65 chars") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("get weather") << false;
        QTest::newRow("dot") << QStringLiteral("fs.read") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("météo") << false;
    }

    void toolNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        ChatRequest request = simpleRequest();
        request.tools.append(weatherTool(name));
        const QStringList problems = request.validate();
        if (valid) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.constFirst().startsWith(QStringLiteral("Tool name \"%1\"").arg(name)),
                     qPrintable(problems.constFirst()));
        }
    }

    void toolWithoutFunctionIsRejected()
    {
        ChatRequest request = simpleRequest();
        request.tools.append(QJsonObject {{QLatin1String("type"), QStringLiteral("function")}});
        QCOMPARE(request.validate().size(), 1);
    }

    void parameterProblemsPropagate()
    {
        ChatRequest request = simpleRequest();
        request.parameters.temperature = 5;
        request.parameters.stop = QStringList {QString()};
        const QStringList problems = request.validate();
        QCOMPARE(problems, request.parameters.validate());
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(u'\n').contains(QLatin1String("temperature")));

        // They are reported together with the request's own problems.
        request.model.clear();
        QCOMPARE(request.validate().size(), 3);
        QCOMPARE(request.validate().constFirst(), QStringLiteral("Choose a model first."));
    }
};

QTEST_GUILESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"
