#include "protocol/apierror.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using Kind = ApiError::Kind;

static const QString host = QStringLiteral("api.example.com");

static QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kindName");
        QTest::newRow("400") << 400 << Kind::BadRequest << 5 << QStringLiteral("bad_request");
        QTest::newRow("401") << 401 << Kind::Auth << 4 << QStringLiteral("auth");
        QTest::newRow("403") << 403 << Kind::Forbidden << 4 << QStringLiteral("forbidden");
        QTest::newRow("404") << 404 << Kind::NotFound << 5 << QStringLiteral("not_found");
        QTest::newRow("413") << 413 << Kind::BadRequest << 5 << QStringLiteral("bad_request");
        QTest::newRow("422") << 422 << Kind::BadRequest << 5 << QStringLiteral("bad_request");
        QTest::newRow("429") << 429 << Kind::RateLimited << 5 << QStringLiteral("rate_limited");
        QTest::newRow("500") << 500 << Kind::Server << 5 << QStringLiteral("server");
        QTest::newRow("502") << 502 << Kind::Server << 5 << QStringLiteral("server");
        QTest::newRow("503") << 503 << Kind::Server << 5 << QStringLiteral("server");
        QTest::newRow("418") << 418 << Kind::Server << 5 << QStringLiteral("server");
    }

    void statusKinds()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, kindName);
        const ApiError error = ApiError::fromHttpResponse(status, QByteArray(), host);
        QVERIFY(error.isError());
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.exitCode(), exitCode);
        QCOMPARE(error.kindName(), kindName);
        QVERIFY2(error.message.startsWith(host), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
        // An empty body adds nothing from the server.
        QVERIFY(error.providerMessage.isEmpty());
        QVERIFY(error.providerCode.isEmpty());
        QVERIFY(!error.message.contains(QLatin1String("The server said")));
        QCOMPARE(error.retryAfterSeconds, -1);
    }

    void messagesSayWhatToDo()
    {
        QVERIFY(
            ApiError::fromHttpResponse(401, {}, host).message.contains(QLatin1String("API key")));
        QVERIFY(ApiError::fromHttpResponse(404, {}, host).message.contains(QLatin1String("/v1")));
        QVERIFY(
            ApiError::fromHttpResponse(400, {}, host).message.contains(QLatin1String("context")));
        QVERIFY(ApiError::fromHttpResponse(503, {}, host)
                    .message.contains(QLatin1String("server error (503)")));
        QVERIFY(ApiError::fromHttpResponse(418, {}, host)
                    .message.contains(QLatin1String("unexpected HTTP status 418")));
    }

    void unknownHostIsTheServer()
    {
        const ApiError error = ApiError::fromHttpResponse(401, QByteArray(), QString());
        QVERIFY2(error.message.startsWith(QLatin1String("The server did not accept")),
                 qPrintable(error.message));
    }

    void rateLimit()
    {
        const ApiError waiting = ApiError::fromHttpResponse(429, QByteArray(), host, 30);
        QCOMPARE(waiting.kind, Kind::RateLimited);
        QCOMPARE(waiting.retryAfterSeconds, 30);
        QVERIFY2(waiting.message.contains(QLatin1String("wait 30 s")), qPrintable(waiting.message));
        QVERIFY(waiting.message.startsWith(host));

        const ApiError quota = ApiError::fromHttpResponse(
            429,
            R"({"error":{"message":"You exceeded your current quota.","type":"insufficient_quota",)"
            R"("param":null,"code":"insufficient_quota"}})",
            host);
        QCOMPARE(quota.retryAfterSeconds, -1);
        QVERIFY(quota.message.contains(QLatin1String("quota")));
        QVERIFY(!quota.message.contains(QLatin1String("wait")));
        QCOMPARE(quota.providerCode, QStringLiteral("insufficient_quota"));
        QVERIFY(quota.message.contains(QLatin1String("You exceeded your current quota.")));

        const ApiError now = ApiError::fromHttpResponse(429, QByteArray(), host, 0);
        QVERIFY(now.message.contains(QLatin1String("wait 0 s")));
    }

    void bodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("providerMessage");
        QTest::addColumn<QString>("providerCode");

        QTest::newRow("OpenAI 401")
            << 401
            << QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-abc***.",)"
                          R"("type":"invalid_request_error","param":null,)"
                          R"("code":"invalid_api_key"}})")
            << QStringLiteral("Incorrect API key provided: sk-abc***.")
            << QStringLiteral("invalid_api_key");
        QTest::newRow("OpenAI 404 pretty-printed")
            << 404
            << QByteArray("\n{\n  \"error\": {\n    \"message\": \"The model `gpt-9` does not "
                          "exist\",\n    \"type\": \"invalid_request_error\",\n    \"code\": "
                          "\"model_not_found\"\n  }\n}\n")
            << QStringLiteral("The model `gpt-9` does not exist")
            << QStringLiteral("model_not_found");
        QTest::newRow("OpenRouter numeric code and metadata")
            << 403
            << QByteArray(R"({"error":{"code":403,"message":"Your key is not allowed.",)"
                          R"("metadata":{"reasons":["region"],"provider_name":null}},)"
                          R"("user_id":"user_1"})")
            << QStringLiteral("Your key is not allowed.") << QStringLiteral("403");
        QTest::newRow("Mistral unwrapped")
            << 400
            << QByteArray(R"({"object":"error","message":"Unexpected role 'user' after )"
                          R"(role 'tool'","type":"invalid_request_error","param":null,)"
                          R"("code":null})")
            << QStringLiteral("Unexpected role 'user' after role 'tool'") << QString();
        QTest::newRow("llama.cpp extra keys")
            << 400
            << QByteArray(R"({"error":{"code":400,"message":"the request exceeds the )"
                          R"(available context size","type":"exceed_context_size_error",)"
                          R"("n_prompt_tokens":5000,"n_ctx":4096}})")
            << QStringLiteral("the request exceeds the available context size")
            << QStringLiteral("400");
        QTest::newRow("error as string") << 500 << QByteArray(R"({"error":"Internal error"})")
                                         << QStringLiteral("Internal error") << QString();
        QTest::newRow("nginx 502 page")
            << 502
            << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                          "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx"
                          "</center>\r\n</body>\r\n</html>\r\n")
            << QStringLiteral("502 Bad Gateway") << QString();
        QTest::newRow("Cloudflare page, title over lines")
            << 502
            << QByteArray("<!DOCTYPE html><html><head><TITLE>\n  api.example.com | 502: Bad "
                          "gateway\n</TITLE><style>body{}</style></head><body>x</body></html>")
            << QStringLiteral("api.example.com | 502: Bad gateway") << QString();
        QTest::newRow("HTML without title")
            << 503 << QByteArray("<html><body><h1>Service <b>Unavailable</b></h1></body></html>")
            << QStringLiteral("Service Unavailable") << QString();
        QTest::newRow("HTML blocks, script and style")
            << 503
            << QByteArray("<html><head><style>p{color:red}</style><script>var a=1;</script>"
                          "</head><body><h1>Down</h1><p>Back soon</p></body></html>")
            << QStringLiteral("Down Back soon") << QString();
        QTest::newRow("plain text")
            << 503 << QByteArray("upstream connect error or disconnect/reset before headers\n")
            << QStringLiteral("upstream connect error or disconnect/reset before headers")
            << QString();
        QTest::newRow("JSON without an error")
            << 404 << QByteArray(R"({"detail":"Not Found"})")
            << QStringLiteral(R"({"detail":"Not Found"})") << QString();
        QTest::newRow("whitespace only") << 500 << QByteArray(" \r\n ") << QString() << QString();
    }

    void bodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, providerMessage);
        QFETCH(QString, providerCode);
        const ApiError error = ApiError::fromHttpResponse(status, body, host);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.providerMessage, providerMessage);
        QCOMPARE(error.providerCode, providerCode);
        QVERIFY2(error.message.startsWith(host), qPrintable(error.message));
        if (providerMessage.isEmpty()) {
            QVERIFY(!error.message.contains(QLatin1String("The server said")));
        } else {
            QVERIFY2(error.message.endsWith(
                         QStringLiteral("The server said: \"%1\"").arg(providerMessage)),
                     qPrintable(error.message));
        }
        // Markup never reaches the person.
        QVERIFY2(!error.message.contains(QLatin1Char('<')), qPrintable(error.message));
    }

    void mistralValidationDetailIsShown()
    {
        const ApiError error = ApiError::fromHttpResponse(
            422,
            R"({"object":"error","message":{"detail":[{"type":"extra_forbidden",)"
            R"("loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted",)"
            R"("input":32000}]},"type":"invalid_request_error","param":null,"code":null})",
            host);
        QCOMPARE(error.kind, Kind::BadRequest);
        QVERIFY2(error.providerMessage.contains(QLatin1String("Extra inputs are not permitted")),
                 qPrintable(error.providerMessage));
        QVERIFY(error.message.contains(QLatin1String("max_completion_tokens")));
    }

    void openRouterUpstreamMessageIsShown()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400,
            QByteArray("{\"error\":{\"message\":\"Provider returned error\",\"code\":400,"
                       "\"metadata\":{\"raw\":\"max_tokens is too large: 999999\","
                       "\"provider_name\":\"DeepInfra\"}}}"),
            host);
        QVERIFY2(error.providerMessage.startsWith(QLatin1String("Provider returned error")),
                 qPrintable(error.providerMessage));
        QVERIFY2(error.providerMessage.contains(QLatin1String("max_tokens is too large: 999999")),
                 qPrintable(error.providerMessage));
    }

    void longBodiesAreShortened()
    {
        const QByteArray body = QByteArray(5000, 'x');
        const ApiError error = ApiError::fromHttpResponse(500, body, host);
        QCOMPARE(error.providerMessage.size(), 201);
        QCOMPARE(error.providerMessage.back(), QChar(0x2026));
        QVERIFY(error.providerMessage.startsWith(QLatin1String("xxxx")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("none") << Kind::None << 0;
        QTest::newRow("cancelled") << Kind::Cancelled << 0;
        QTest::newRow("invalid request") << Kind::InvalidRequest << 2;
        QTest::newRow("network") << Kind::Network << 3;
        QTest::newRow("timeout") << Kind::Timeout << 3;
        QTest::newRow("tls") << Kind::Tls << 3;
        QTest::newRow("interrupted") << Kind::Interrupted << 3;
        QTest::newRow("auth") << Kind::Auth << 4;
        QTest::newRow("forbidden") << Kind::Forbidden << 4;
        QTest::newRow("redirect") << Kind::Redirect << 5;
        QTest::newRow("not found") << Kind::NotFound << 5;
        QTest::newRow("bad request") << Kind::BadRequest << 5;
        QTest::newRow("rate limited") << Kind::RateLimited << 5;
        QTest::newRow("server") << Kind::Server << 5;
        QTest::newRow("stream error") << Kind::StreamError << 5;
        QTest::newRow("protocol") << Kind::Protocol << 6;
        QTest::newRow("empty response") << Kind::EmptyResponse << 6;
    }

    void exitCodes()
    {
        QFETCH(Kind, kind);
        QFETCH(int, exitCode);
        const ApiError error = ApiError::make(kind, QStringLiteral("text"));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.message, QStringLiteral("text"));
        QCOMPARE(error.exitCode(), exitCode);
        QCOMPARE(error.isError(), kind != Kind::None);
        QVERIFY(!error.kindName().isEmpty());
    }

    void kindNamesAreDistinct()
    {
        QStringList names;
        for (int kind = int(Kind::None); kind <= int(Kind::Cancelled); ++kind)
            names << ApiError::make(Kind(kind), {}).kindName();
        QCOMPARE(names.size(), 17);
        QCOMPARE(names.constFirst(), QStringLiteral("none"));
        QCOMPARE(names.constLast(), QStringLiteral("cancelled"));
        names.removeDuplicates();
        QCOMPARE(names.size(), 17);
        QVERIFY(!names.contains(QString()));
    }

    void defaultIsNoError()
    {
        const ApiError error;
        QVERIFY(!error.isError());
        QCOMPARE(error.exitCode(), 0);
        QCOMPARE(error.retryAfterSeconds, -1);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray("  7 ") << 7;
        QTest::newRow("decimal rounds up") << QByteArray("1.5") << 2;
        QTest::newRow("small decimal") << QByteArray("0.2") << 1;
        QTest::newRow("whole decimal") << QByteArray("3.0") << 3;
        QTest::newRow("huge is capped") << QByteArray("1e12") << 1000000;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("blank") << QByteArray("   ") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("number with unit") << QByteArray("10s") << -1;
        QTest::newRow("nan") << QByteArray("nan") << -1;
        QTest::newRow("bad date") << QByteArray("Fri, 32 Foo 2025 25:00:00 GMT") << -1;
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        QCOMPARE(ApiError::parseRetryAfter(header), seconds);
    }

    void parseRetryAfterFutureDate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray header = httpDate(now.addSecs(120));
        const int seconds = ApiError::parseRetryAfter(header);
        // The date has whole seconds, and a second may tick while the test runs.
        QVERIFY2(
            seconds >= 118 && seconds <= 120,
            qPrintable(QStringLiteral("%1 -> %2").arg(QString::fromLatin1(header)).arg(seconds)));

        const int hours = ApiError::parseRetryAfter(httpDate(now.addSecs(3 * 3600)));
        QVERIFY2(hours >= 3 * 3600 - 2 && hours <= 3 * 3600, qPrintable(QString::number(hours)));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
