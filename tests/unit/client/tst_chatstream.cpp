#include "loopbackserver.h"
#include "streamrunner.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// ChatStream against a real HTTP/1.1 server on loopback that writes chunked SSE in pieces.
class TestChatStream : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;

    std::unique_ptr<ChatClient> client(ClientOptions options = {},
                                       const QString &key = QStringLiteral("test-key"))
    {
        options.retryBaseDelayMs = 10;
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = key;
        endpoint.displayName = QStringLiteral("Test server");
        return std::make_unique<ChatClient>(endpoint, options);
    }

    static QList<QByteArray> helloChunks()
    {
        return {
            R"({"choices":[{"index":0,"delta":{"role":"assistant","content":null}}],"model":"served-model"})",
            contentChunk(QStringLiteral("Hello, ")), contentChunk(QStringLiteral("世界 🙂")),
            contentChunk(QStringLiteral("!"), "stop"),
            R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}})"};
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void streamsTextSplitAnywhere_data()
    {
        QTest::addColumn<int>("pieceSize");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("one event per piece") << 0 << 0;
        QTest::newRow("1-byte pieces") << 1 << 0;
        QTest::newRow("3-byte pieces, delayed") << 3 << 1;
        QTest::newRow("7-byte pieces, delayed") << 7 << 2;
        QTest::newRow("64-byte pieces") << 64 << 0;
    }

    void streamsTextSplitAnywhere()
    {
        QFETCH(int, pieceSize);
        QFETCH(int, delayMs);
        ScriptedResponse response = ScriptedResponse::sse(helloChunks(), pieceSize);
        response.delayMs = delayMs;
        m_server->enqueue(response);
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content, QStringLiteral("Hello, 世界 🙂!"));
        QCOMPARE(outcome.message.finishReason, QStringLiteral("stop"));
        QCOMPARE(outcome.message.model, QStringLiteral("served-model"));
        QCOMPARE(outcome.message.usage.totalTokens, 9);
    }

    void sendsTheRequestAsDocumented()
    {
        m_server->enqueue(ScriptedResponse::sse(helloChunks()));
        auto chat = client();
        QVERIFY(runStream(*chat, simpleRequest()).finished);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer test-key"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("accept"), QByteArray("text/event-stream"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("stream_options"))
                     .toObject()
                     .value(QLatin1String("include_usage"))
                     .toBool(),
                 true);
        QVERIFY(!body.contains(QLatin1String("temperature")));
    }

    void noKeyMeansNoAuthorizationHeader()
    {
        m_server->enqueue(ScriptedResponse::sse(helloChunks()));
        auto chat = client({}, QString());
        QVERIFY(runStream(*chat, simpleRequest()).finished);
        QVERIFY(!m_server->requests().constFirst().headers.contains("authorization"));
    }

    void doneFinishesWithoutWaitingForTheConnection()
    {
        ScriptedResponse response = ScriptedResponse::sse(helloChunks());
        response.ending = ScriptedResponse::Ending::Stall; // the socket stays open
        m_server->enqueue(response);
        ClientOptions options;
        options.idleTimeoutMs = 5'000;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest(), 3'000);
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content, QStringLiteral("Hello, 世界 🙂!"));
    }

    void closeAfterFinishReasonIsComplete()
    {
        m_server->enqueue(ScriptedResponse::sse(helloChunks(), 0, /*withDone=*/false));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.usage.totalTokens, 9);
    }

    void closeBeforeFinishReasonIsInterrupted_data()
    {
        QTest::addColumn<int>("ending");
        QTest::newRow("close") << int(ScriptedResponse::Ending::Close);
        QTest::newRow("reset") << int(ScriptedResponse::Ending::Reset);
    }

    void closeBeforeFinishReasonIsInterrupted()
    {
        QFETCH(int, ending);
        ScriptedResponse response = ScriptedResponse::sse(
            {contentChunk(QStringLiteral("Partial ")), contentChunk(QStringLiteral("answer"))}, 0,
            false);
        response.ending = ScriptedResponse::Ending(ending);
        m_server->enqueue(response);
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY(!outcome.finished);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Interrupted);
        QCOMPARE(outcome.message.content, QStringLiteral("Partial answer"));
        QVERIFY(outcome.error.message.contains(QLatin1String("kept")));
    }

    void stallAfterSomeChunksTimesOut()
    {
        ScriptedResponse response
            = ScriptedResponse::sse({contentChunk(QStringLiteral("Half"))}, 0, false);
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
        ClientOptions options;
        options.idleTimeoutMs = 300;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QVERIFY(outcome.error.message.contains(QLatin1String("stalled")));
        QCOMPARE(outcome.message.content, QStringLiteral("Half"));
    }

    void headersThatNeverComeTimeOut()
    {
        ScriptedResponse response = ScriptedResponse::sse(helloChunks());
        response.headersDelayMs = 5'000;
        m_server->enqueue(response);
        ClientOptions options;
        options.firstByteTimeoutMs = 300;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QVERIFY(outcome.error.message.contains(QLatin1String("no answer")));
    }

    void keepAliveCommentsResetTheIdleTimer()
    {
        QList<QByteArray> pieces;
        for (int i = 0; i < 6; ++i)
            pieces << ": keep-alive\n\n";
        pieces << QByteArray("data: " + contentChunk(QStringLiteral("late"), "stop")
                             + "\n\ndata: [DONE]\n\n");
        ScriptedResponse response = ScriptedResponse::sseRaw({});
        response.pieces = pieces;
        response.delayMs = 100;
        m_server->enqueue(response);
        ClientOptions options;
        options.idleTimeoutMs = 300; // shorter than the whole wait, longer than each gap
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content, QStringLiteral("late"));
    }

    void keepAlivesForeverHitTheOverallDeadline()
    {
        ScriptedResponse response = ScriptedResponse::sseRaw({});
        response.pieces = QList<QByteArray>(100, QByteArray(": keep-alive\n\n"));
        response.delayMs = 50;
        m_server->enqueue(response);
        ClientOptions options;
        options.idleTimeoutMs = 300;
        options.totalTimeoutMs = 600;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QVERIFY(outcome.error.message.contains(QLatin1String("limit")));
    }

    void httpErrorsBecomeClearMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("401 json")
            << 401 << QByteArray("application/json")
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})")
            << int(ApiError::Kind::Auth) << QStringLiteral("Incorrect API key provided");
        QTest::newRow("404 mistral")
            << 404 << QByteArray("application/json")
            << QByteArray(
                   R"({"object":"error","message":"Invalid model: nope","type":"invalid_model","code":"1500"})")
            << int(ApiError::Kind::NotFound) << QStringLiteral("Invalid model: nope");
        QTest::newRow("400 context")
            << 400 << QByteArray("application/json")
            << QByteArray(
                   R"({"error":{"message":"maximum context length is 8192 tokens","code":400}})")
            << int(ApiError::Kind::BadRequest) << QStringLiteral("maximum context length");
        QTest::newRow("502 html") << 502 << QByteArray("text/html")
                                  << QByteArray(
                                         "<html><head><title>502 Bad "
                                         "Gateway</title></head><body><h1>Bad</h1></body></html>")
                                  << int(ApiError::Kind::Server)
                                  << QStringLiteral("502 Bad Gateway");
        QTest::newRow("500 empty") << 500 << QByteArray("text/plain") << QByteArray()
                                   << int(ApiError::Kind::Server) << QStringLiteral("500");
        QTest::newRow("403 text") << 403 << QByteArray("text/plain")
                                  << QByteArray("Region not supported")
                                  << int(ApiError::Kind::Forbidden)
                                  << QStringLiteral("Region not supported");
    }

    void httpErrorsBecomeClearMessages()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        m_server->enqueue(ScriptedResponse::text(status, contentType, body));
        ClientOptions options;
        options.maxRetries = 0;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(int(outcome.error.kind), kind);
        QCOMPARE(outcome.error.httpStatus, status);
        QVERIFY2(outcome.error.message.contains(mentions), qPrintable(outcome.error.message));
        QVERIFY(outcome.error.message.contains(QLatin1String("Test server")));
        QVERIFY(!outcome.error.message.contains(QLatin1String("<")));
    }

    void rateLimitIsRetriedAfterRetryAfter()
    {
        ScriptedResponse limited
            = ScriptedResponse::json(429, R"({"error":{"message":"Slow down"}})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        m_server->enqueue(limited);
        m_server->enqueue(ScriptedResponse::json(503, R"({"error":{"message":"overloaded"}})"));
        m_server->enqueue(ScriptedResponse::sse(helloChunks()));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(outcome.retries.size(), 2);
        QVERIFY(outcome.retries.constFirst().contains(QLatin1String("Slow down")));
        QCOMPARE(outcome.message.content, QStringLiteral("Hello, 世界 🙂!"));
        // The retried request is the same request.
        QCOMPARE(m_server->requests().at(2).body, m_server->requests().at(0).body);
    }

    void retriesAreBounded()
    {
        m_server->setFallback(ScriptedResponse::json(500, R"({"error":{"message":"down"}})"));
        ClientOptions options;
        options.maxRetries = 2;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Server);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void tooLongRetryAfterIsReportedNotAwaited()
    {
        ScriptedResponse limited = ScriptedResponse::json(429, R"({"error":{"message":"quota"}})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
        m_server->enqueue(limited);
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(outcome.error.retryAfterSeconds, 3600);
        QVERIFY(outcome.error.message.contains(QLatin1String("3600")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void errorInsideTheStreamKeepsThePartialAnswer()
    {
        m_server->enqueue(ScriptedResponse::sse(
            {contentChunk(QStringLiteral("Some text")),
             R"({"id":"x","error":{"message":"Upstream provider crashed","code":502},"choices":[{"index":0,"delta":{},"finish_reason":"error"}]})"},
            0, false));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::StreamError);
        QCOMPARE(outcome.error.providerMessage, QStringLiteral("Upstream provider crashed"));
        QCOMPARE(outcome.message.content, QStringLiteral("Some text"));
        QCOMPARE(outcome.message.finishReason, QStringLiteral("error"));
    }

    void malformedEventIsAProtocolError()
    {
        m_server->enqueue(
            ScriptedResponse::sse({contentChunk(QStringLiteral("Before")), "{not json"}));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(outcome.error.exitCode(), 6);
        QCOMPARE(outcome.message.content, QStringLiteral("Before"));
    }

    void wellFormedButEmptyAnswerIsSaidSo()
    {
        m_server->enqueue(ScriptedResponse::sse(
            {R"({"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"stop"}]})"}));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::EmptyResponse);
        QVERIFY(outcome.error.message.contains(QLatin1String("without any answer")));
    }

    void nonStreamingAnswer()
    {
        m_server->enqueue(ScriptedResponse::json(
            200,
            "\n\n"
            R"({"id":"c","object":"chat.completion","model":"served-model","choices":[{"index":0,"message":{"role":"assistant","content":"Whole answer","reasoning_content":"thought"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}})"));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest(false));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content, QStringLiteral("Whole answer"));
        QCOMPARE(outcome.message.reasoning, QStringLiteral("thought"));
        QCOMPARE(outcome.message.usage.totalTokens, 5);
        const QJsonObject body
            = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QVERIFY(!body.contains(QLatin1String("stream")));
        QVERIFY(!body.contains(QLatin1String("stream_options")));
    }

    void nonStreamingWaitsForTheWholeAnswer()
    {
        // No bytes until the whole answer is ready: longer than the first-byte timeout,
        // shorter than the overall deadline.
        ScriptedResponse slow = ScriptedResponse::json(
            200,
            "{\"choices\":[{\"index\":0,\"message\":{\"content\":\"late\"},"
            "\"finish_reason\":\"stop\"}]}");
        slow.headersDelayMs = 600;
        m_server->enqueue(slow);
        ClientOptions options;
        options.firstByteTimeoutMs = 200;
        options.idleTimeoutMs = 200;
        options.totalTimeoutMs = 5'000;
        auto chat = client(options);
        const StreamOutcome outcome = runStream(*chat, simpleRequest(false));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content, QStringLiteral("late"));
    }

    void serverThatIgnoresStreamTrue()
    {
        m_server->enqueue(ScriptedResponse::json(
            200,
            R"({"choices":[{"index":0,"message":{"role":"assistant","content":"JSON anyway"},"finish_reason":"stop"}]})"));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest(true));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content, QStringLiteral("JSON anyway"));
    }

    void sameOriginRedirectKeepsTheKey()
    {
        ScriptedResponse redirect = ScriptedResponse::text(307, "text/plain", {});
        redirect.headers.append(
            qMakePair(QByteArray("Location"), QByteArray("/v2/chat/completions")));
        m_server->enqueue(redirect);
        m_server->enqueue(ScriptedResponse::sse(helloChunks()));
        auto chat = client();
        QVERIFY(runStream(*chat, simpleRequest()).finished);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).path, QByteArray("/v2/chat/completions"));
        QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
        QCOMPARE(m_server->requests().at(1).headers.value("authorization"),
                 QByteArray("Bearer test-key"));
        QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
    }

    void crossOriginRedirectDropsTheKey()
    {
        LoopbackServer other;
        QVERIFY(other.listen());
        other.enqueue(ScriptedResponse::sse(helloChunks()));
        ScriptedResponse redirect = ScriptedResponse::text(307, "text/plain", {});
        // Same machine, another origin: "localhost" is not "127.0.0.1", and the port differs.
        redirect.headers.append(
            qMakePair(QByteArray("Location"),
                      QByteArray(other.baseUrl(QStringLiteral("localhost")).toEncoded()
                                 + "/chat/completions")));
        m_server->enqueue(redirect);
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests().constFirst().headers.contains("authorization"));
        QCOMPARE(m_server->requests().constFirst().headers.value("authorization"),
                 QByteArray("Bearer test-key"));
    }

    void movedPermanentlyForAPostIsExplained()
    {
        ScriptedResponse redirect = ScriptedResponse::text(301, "text/plain", {});
        redirect.headers.append(qMakePair(
            QByteArray("Location"), QByteArray("https://api.example.com/v1/chat/completions")));
        m_server->enqueue(redirect);
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Redirect);
        QVERIFY(outcome.error.message.contains(
            QLatin1String("https://api.example.com/v1/chat/completions")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void tlsErrorsAreNeverIgnored()
    {
        // https:// to a server that answers in plain text: the handshake must fail, loudly.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(plain.serverPort()));
        ChatClient chat(endpoint, ClientOptions {});
        const StreamOutcome outcome = runStream(chat, simpleRequest());
        QVERIFY(outcome.error.isError());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
        QVERIFY2(outcome.error.message.contains(QLatin1String("secure connection")),
                 qPrintable(outcome.error.message));
        QCOMPARE(outcome.error.exitCode(), 3);
    }

    void refusedConnectionNamesTheServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        ChatClient chat(endpoint, ClientOptions {});
        const StreamOutcome outcome = runStream(chat, simpleRequest());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QVERIFY(outcome.error.message.contains(QLatin1String("refused")));
    }

    void cancelKeepsWhatArrived()
    {
        ScriptedResponse response
            = ScriptedResponse::sse({contentChunk(QStringLiteral("Started"))}, 0, false);
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
        auto chat = client();
        const StreamOutcome outcome
            = runStream(*chat, simpleRequest(), 10'000, 0, [](ChatStream *stream) {
                  QObject::connect(stream, &ChatStream::deltaReceived, stream,
                                   [stream] { stream->cancel(); });
              });
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.finished);
        QVERIFY(!outcome.error.isError());
        QCOMPARE(outcome.message.content, QStringLiteral("Started"));
    }

    void invalidRequestIsNeverSent()
    {
        ChatRequest request = simpleRequest();
        request.parameters.temperature = 5;
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, request);
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(outcome.error.message.contains(QLatin1String("temperature")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void hugeEventArrivesWhole()
    {
        const QString big(2 * 1024 * 1024, QLatin1Char('x'));
        m_server->enqueue(ScriptedResponse::sse({contentChunk(big, "stop")}, 16 * 1024));
        auto chat = client();
        const StreamOutcome outcome = runStream(*chat, simpleRequest());
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.message.content.size(), big.size());
    }

    void severalChoicesAreKeptApart()
    {
        m_server->enqueue(ScriptedResponse::sse(
            {R"({"choices":[{"index":0,"delta":{"content":"A1"}},{"index":1,"delta":{"content":"B1"}}]})",
             R"({"choices":[{"index":1,"delta":{"content":"B2"},"finish_reason":"stop"}]})",
             R"({"choices":[{"index":0,"delta":{"content":"A2"},"finish_reason":"stop"}]})"}));
        auto chat = client();
        const StreamOutcome second = runStream(*chat, simpleRequest(), 10'000, 1);
        QVERIFY(second.finished);
        QCOMPARE(second.message.content, QStringLiteral("B1B2"));
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
