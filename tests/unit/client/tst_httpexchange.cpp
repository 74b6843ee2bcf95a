#include "client/httpexchange.h"
#include "loopbackserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// HttpExchange on its own: GET requests, redirect rules, and its single ending.
class TestHttpExchange : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    struct Result
    {
        QByteArray body;
        int completed = 0;
        int failed = 0;
        int cancelled = 0;
        ApiError error;
    };

    Result get(HttpExchange &exchange, const QString &path)
    {
        Result result;
        connect(&exchange, &HttpExchange::dataReceived, this,
                [&](const QByteArray &b) { result.body += b; });
        connect(&exchange, &HttpExchange::completed, this, [&] { ++result.completed; });
        connect(&exchange, &HttpExchange::cancelled, this, [&] { ++result.cancelled; });
        connect(&exchange, &HttpExchange::failed, this, [&](const ApiError &e) {
            ++result.failed;
            result.error = e;
        });
        exchange.get(path);
        (void)QTest::qWaitFor(
            [&] { return result.completed + result.failed + result.cancelled > 0; }, 10'000);
        QTest::qWait(30); // nothing may follow the ending
        return result;
    }

    Endpoint endpoint() const
    {
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = QStringLiteral("k");
        endpoint.extraHeaders = {{"X-Title", "Confab"}};
        return endpoint;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        delete m_server;
        delete m_network;
    }

    void getSendsKeyAndExtraHeaders()
    {
        m_server->enqueue(ScriptedResponse::json(200, R"({"ok":true})"));
        HttpExchange exchange(m_network, endpoint(), ClientOptions {});
        const Result result = get(exchange, QStringLiteral("models"));
        QCOMPARE(result.completed, 1);
        QCOMPARE(result.failed, 0);
        QCOMPARE(result.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(m_server->requests().constFirst().headers.value("authorization"),
                 QByteArray("Bearer k"));
        QCOMPARE(m_server->requests().constFirst().headers.value("x-title"), QByteArray("Confab"));
        QVERIFY(
            m_server->requests().constFirst().headers.value("user-agent").startsWith("Confab/"));
    }

    void getFollowsAFoundRedirectToAnotherOriginWithoutCredentials()
    {
        LoopbackServer other;
        QVERIFY(other.listen());
        other.enqueue(ScriptedResponse::json(200, R"({"data":[]})"));
        ScriptedResponse found = ScriptedResponse::text(302, "text/plain", {});
        found.headers.append(
            qMakePair(QByteArray("Location"),
                      other.baseUrl(QStringLiteral("localhost")).toEncoded() + "/models"));
        m_server->enqueue(found);
        HttpExchange exchange(m_network, endpoint(), ClientOptions {});
        const Result result = get(exchange, QStringLiteral("models"));
        QCOMPARE(result.completed, 1);
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().constFirst().method, QByteArray("GET"));
        QVERIFY(!other.requests().constFirst().headers.contains("authorization"));
        QVERIFY(!other.requests().constFirst().headers.contains("x-title"));
    }

    void redirectLoopsEnd()
    {
        ScriptedResponse loop = ScriptedResponse::text(302, "text/plain", {});
        loop.headers.append(qMakePair(QByteArray("Location"), QByteArray("/v1/models")));
        m_server->setFallback(loop);
        HttpExchange exchange(m_network, endpoint(), ClientOptions {});
        const Result result = get(exchange, QStringLiteral("models"));
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
        QVERIFY(result.error.message.contains(QLatin1String("more than")));
        QCOMPARE(m_server->requests().size(), 6);
    }

    void redirectWithoutLocationFails()
    {
        m_server->enqueue(ScriptedResponse::text(302, "text/plain", {}));
        HttpExchange exchange(m_network, endpoint(), ClientOptions {});
        const Result result = get(exchange, QStringLiteral("models"));
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
    }

    void cancelEndsOnceWithCancelled()
    {
        ScriptedResponse slow = ScriptedResponse::json(200, "{}");
        slow.headersDelayMs = 2'000;
        m_server->enqueue(slow);
        HttpExchange exchange(m_network, endpoint(), ClientOptions {});
        QTimer::singleShot(50, &exchange, &HttpExchange::cancel);
        const Result result = get(exchange, QStringLiteral("models"));
        QCOMPARE(result.cancelled, 1);
        QCOMPARE(result.completed + result.failed, 0);
        QVERIFY(!exchange.isActive());
    }
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "tst_httpexchange.moc"
