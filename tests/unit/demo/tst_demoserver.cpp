#include "chat/message.h"
#include "chat/streamaccumulator.h"
#include "client/chatclient.h"
#include "client/chatstream.h"
#include "client/modelcatalog.h"
#include "demo/demoserver.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// DemoServer over real sockets, through Confab's own client, and through a raw socket for
// what a well-behaved client never sends.
class TestDemoServer : public QObject
{
    Q_OBJECT

    DemoServer *m_server = nullptr;
    ChatClient *m_client = nullptr;

    // What one request produced, assembled as the chat window assembles it.
    struct Outcome
    {
        Message message = Message::create(Message::Role::Assistant);
        bool finished = false;
        ApiError error;
        int deltaCount = 0;
        int toolFragmentCount = 0;
    };

    static ChatRequest ask(const char *model, const char *prompt, bool stream = true)
    {
        ChatRequest request;
        request.model = QString::fromUtf8(model);
        request.stream = stream;
        request.messages = {RequestMessage::user(QString::fromUtf8(prompt))};
        return request;
    }

    // Runs one request in a real event loop, as the app does (qWaitFor sleeps between rounds).
    Outcome run(const ChatRequest &request, std::function<void(ChatStream *)> onFirstDelta = {})
    {
        Outcome outcome;
        StreamAccumulator accumulator;
        ChatStream *stream = m_client->start(request);
        connect(stream, &ChatStream::deltaReceived, stream, [&](const ChatDelta &delta) {
            if (outcome.deltaCount++ == 0 && onFirstDelta)
                onFirstDelta(stream);
            for (const ChoiceDelta &choice : delta.choices)
                outcome.toolFragmentCount += int(choice.toolCalls.size());
            accumulator.apply(outcome.message, delta, QDateTime::currentMSecsSinceEpoch());
        });
        QEventLoop loop;
        connect(stream, &ChatStream::finished, &loop, [&] { outcome.finished = true; });
        connect(stream, &ChatStream::failed, &loop, [&](const ApiError &e) { outcome.error = e; });
        connect(stream, &ChatStream::finished, &loop, &QEventLoop::quit);
        connect(stream, &ChatStream::cancelled, &loop, &QEventLoop::quit);
        connect(stream, &ChatStream::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        accumulator.finish(outcome.message, QDateTime::currentMSecsSinceEpoch());
        delete stream;
        return outcome;
    }

    // Writes `bytes` over a raw socket, `pieceSize` bytes at a time with the event loop
    // running in between, and returns all the server wrote until it closed the connection.
    QByteArray exchangeRaw(const QByteArray &bytes, int pieceSize = 0) const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
        if (!socket.waitForConnected(5'000))
            return {};
        const int step = pieceSize > 0 ? pieceSize : int(bytes.size());
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            socket.write(bytes.mid(at, step));
            socket.flush();
            QTest::qWait(1);
        }
        QEventLoop loop;
        connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(5'000, &loop, &QEventLoop::quit);
        if (socket.state() == QAbstractSocket::ConnectedState)
            loop.exec();
        return socket.readAll();
    }

    static QByteArray postChat(const char *model, const char *prompt, bool stream)
    {
        const QByteArray body = QByteArray("{\"model\":\"") + model
            + "\",\"stream\":" + (stream ? "true" : "false")
            + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
        return "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new DemoServer(this);
        m_server->setChunkDelayMs(0);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = new ChatClient(Endpoint {m_server->baseUrl(), {}, {}, {}}, {}, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void listsTheModels()
    {
        QCOMPARE(m_server->baseUrl().toString(),
                 u"http://127.0.0.1:%1/v1"_s.arg(m_server->baseUrl().port()));
        std::unique_ptr<ModelCatalog> catalog(m_client->listModels());
        QSignalSpy loaded(catalog.get(), &ModelCatalog::loaded);
        QVERIFY(loaded.wait(5'000));
        const QList<ModelInfo> models = catalog->models();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).id, u"confab-demo"_s);
        QCOMPARE(models.at(1).id, u"confab-demo-reasoner"_s);
    }

    void streamsReasoningThenMarkdown()
    {
        const Outcome outcome = run(ask("confab-demo-reasoner", "Show me around"));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        const Message &answer = outcome.message;
        QVERIFY(!answer.reasoning.isEmpty());
        for (const char *part :
             {"Show me around", "offline demo", "## ", "**", "`confab --demo`", "](https://",
              "\n- Ask", "\n- [x] ", "\n|---|---|\n", "\n> ", "\n```cpp\n"})
            QVERIFY2(answer.content.contains(QString::fromUtf8(part)), part);
        QCOMPARE(answer.finishReason, u"stop"_s);
        QCOMPARE(answer.model, u"confab-demo-reasoner"_s);
        QVERIFY(answer.usage.promptTokens > 0 && answer.usage.reasoningTokens > 0);
        QVERIFY(answer.usage.completionTokens > answer.usage.reasoningTokens);
        QCOMPARE(answer.usage.totalTokens,
                 answer.usage.promptTokens + answer.usage.completionTokens);
        // Small pieces: many more deltas than a handful of big ones.
        QVERIFY(outcome.deltaCount > (answer.reasoning.size() + answer.content.size()) / 7);
    }

    void plainModelHasNoReasoningField()
    {
        const Outcome outcome = run(ask("confab-demo", "Hello"));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QVERIFY(outcome.message.reasoning.isEmpty());
        // On the wire, after a model list pipelined on the same connection.
        const QByteArray raw = exchangeRaw("\r\nGET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n"
                                           + postChat("confab-demo", "Hello", true));
        QCOMPARE(raw.count("HTTP/1.1 200 OK\r\n"), 2);
        const QByteArray stream = raw.mid(raw.lastIndexOf("HTTP/1.1"));
        QVERIFY(stream.contains("\r\nTransfer-Encoding: chunked\r\n"));
        QVERIFY(stream.endsWith("data: [DONE]\n\n\r\n0\r\n\r\n"));
        QVERIFY(!stream.contains("reasoning"));
        QVERIFY(exchangeRaw(postChat("confab-demo-reasoner", "Hello", true))
                    .contains("\"reasoning_content\""));
    }

    void toolPromptCallsGetCurrentTime()
    {
        const Outcome outcome = run(ask("confab-demo-reasoner", "Which TOOL tells the time?"));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.toolCalls.size(), 1);
        const ToolCall &call = outcome.message.toolCalls.first();
        QVERIFY(call.id.startsWith(u"call_"_s) && call.type == u"function"_s);
        QCOMPARE(call.name, u"get_current_time"_s);
        QCOMPARE(QJsonDocument::fromJson(call.arguments.toUtf8()).object(),
                 QJsonObject({{"timezone"_L1, u"UTC"_s}}));
        QVERIFY(outcome.toolFragmentCount >= 3);
        QCOMPARE(outcome.message.finishReason, u"tool_calls"_s);
        QVERIFY(outcome.message.content.isEmpty());
    }

    void toolResultIsAnsweredInPlainText()
    {
        ChatRequest chat = ask("confab-demo", "Use a tool");
        chat.messages.append(RequestMessage::assistant(
            {}, {{u"call_demo_1"_s, u"get_current_time"_s, u"{\"timezone\":\"UTC\"}"_s, {}}}));
        chat.messages.append(
            RequestMessage::toolResult(u"call_demo_1"_s, u"{\"time\":\"12:34\"}"_s));
        const Outcome outcome = run(chat);
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QVERIFY(outcome.message.toolCalls.isEmpty());
        QVERIFY(outcome.message.content.contains(u"12:34"_s));
        QVERIFY(outcome.message.content.contains(u"get_current_time"_s));
        QCOMPARE(outcome.message.finishReason, u"stop"_s);
    }

    // "json" in the prompt, or JSON asked for: one JSON object, keys in a fixed order.
    void jsonPromptGetsAJsonObject()
    {
        const Outcome outcome = run(ask("confab-demo", "Give me json"));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        const QString content = outcome.message.content;
        QVERIFY2(content.startsWith(u"{\n  \"answer\": \"This JSON comes from Confab's offline "
                                    "demo.\",\n  \"you_wrote\": \"Give me json\",\n  "
                                    "\"response_format\": \"text\",\n  \"model\": "
                                    "\"confab-demo\",\n  \"parts\": ["_s),
                 qPrintable(content));
        const QJsonObject json = QJsonDocument::fromJson(content.toUtf8()).object();
        QCOMPARE(json.value(u"parts"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"tokens"_s).toObject().value(u"limit"_s), QJsonValue());

        ChatRequest asked = ask("confab-demo", "Weather \"in\" Oslo?");
        asked.parameters.responseFormat = QJsonObject {{u"type"_s, u"json_object"_s}};
        const QJsonObject object
            = QJsonDocument::fromJson(run(asked).message.content.toUtf8()).object();
        QCOMPARE(object.value(u"response_format"_s).toString(), u"json_object"_s);
        QCOMPARE(object.value(u"you_wrote"_s).toString(), u"Weather \"in\" Oslo?"_s);
    }

    void answersAreCutAtTheTokenLimit()
    {
        const Outcome longAnswer = run(ask("confab-demo", "Write something long"));
        QVERIFY2(longAnswer.finished, qPrintable(longAnswer.error.message));
        QCOMPARE(longAnswer.message.finishReason, u"length"_s);
        QVERIFY(longAnswer.message.content.size() > 100);

        ChatRequest limited = ask("confab-demo", "Hi");
        limited.parameters.maxTokens = 10;
        const Outcome cut = run(limited);
        QCOMPARE(cut.message.finishReason, u"length"_s);
        QVERIFY(cut.message.content.size() <= 40);
    }

    void answersWithoutStreaming()
    {
        const Outcome outcome = run(ask("confab-demo-reasoner", "Hi", false));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QVERIFY(!outcome.message.reasoning.isEmpty());
        QVERIFY(outcome.message.content.contains(u"```cpp"_s));
        QCOMPARE(outcome.message.finishReason, u"stop"_s);
        QVERIFY(outcome.message.usage.totalTokens > 0);

        const Outcome tool = run(ask("confab-demo", "tool please", false));
        QCOMPARE(tool.message.toolCalls.size(), 1);
        QCOMPARE(tool.message.toolCalls.first().arguments, u"{\"timezone\":\"UTC\"}"_s);
        QCOMPARE(tool.message.finishReason, u"tool_calls"_s);
    }

    void unknownPathOrModelIsNotFound()
    {
        const Outcome model = run(ask("gpt-unknown", "Hi"));
        QCOMPARE(model.error.kind, ApiError::Kind::NotFound);
        QVERIFY(model.error.providerMessage.contains(u"gpt-unknown"_s));

        m_client->setEndpoint({QUrl(m_server->baseUrl().toString() + u"/nowhere"_s), {}, {}, {}});
        const Outcome path = run(ask("confab-demo", "Hi"));
        QCOMPARE(path.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(path.error.httpStatus, 404);
        QVERIFY(path.error.providerMessage.contains(u"/nowhere"_s));
    }

    void requestInOneBytePiecesIsAnswered()
    {
        const QByteArray response = exchangeRaw(postChat("confab-demo", "Hello", false), 1);
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.left(200).constData());
        QVERIFY(response.contains("\"chat.completion\""));
        QVERIFY(response.contains("```cpp"));
    }

    void malformedRequestIsRejected_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("not HTTP") << "NONSENSE\r\n\r\n"_ba << 400;
        QTest::newRow("bad version") << "GET /v1/models HTTP/9\r\n\r\n"_ba << 400;
        QTest::newRow("no colon") << "GET /v1/models HTTP/1.1\r\nHost x\r\n\r\n"_ba << 400;
        QTest::newRow("bad length")
            << "POST /v1/models HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba << 400;
        QTest::newRow("body over 8 MB")
            << "POST /v1/models HTTP/1.1\r\nContent-Length: 9000000\r\n\r\n"_ba << 413;
        QTest::newRow("JSON that is not an object")
            << "POST /v1/chat/completions HTTP/1.1\r\nConnection: close\r\n"
               "Content-Length: 5\r\n\r\n[1, 2"_ba
            << 400;
    }

    void malformedRequestIsRejected()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const QByteArray response = exchangeRaw(request);
        QVERIFY2(response.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
                 response.left(200).constData());
        QVERIFY(response.contains("{\"error\":{") && response.contains("\"message\":\"The "));
        QVERIFY(response.contains("\"type\":\"invalid_request_error\""));
    }

    void streamIsPacedAndCanBeCancelled()
    {
        m_server->setChunkDelayMs(5);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        const Outcome outcome = run(ask("confab-demo", "a tool, please"));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QVERIFY(outcome.deltaCount >= 6);
        QVERIFY(QDateTime::currentMSecsSinceEpoch() - startedAt >= 5 * (outcome.deltaCount - 1));

        const Outcome cancelled
            = run(ask("confab-demo-reasoner", "Hi"), [](ChatStream *stream) { stream->cancel(); });
        QVERIFY(!cancelled.finished && !cancelled.error.isError());
        const Outcome next = run(ask("confab-demo", "tool"));
        QVERIFY2(next.finished, qPrintable(next.error.message)); // the server still answers
    }
};

QTEST_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
