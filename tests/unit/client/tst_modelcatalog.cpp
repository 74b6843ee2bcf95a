#include "client/chatclient.h"
#include "client/modelcatalog.h"
#include "loopbackserver.h"

#include <QSignalSpy>
#include <QTest>

class TestModelCatalog : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;

    std::unique_ptr<ChatClient> client()
    {
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = QStringLiteral("list-key");
        ClientOptions options;
        options.maxRetries = 0;
        return std::make_unique<ChatClient>(endpoint, options);
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

    void listsModelsSortedById()
    {
        m_server->enqueue(ScriptedResponse::json(
            200,
            R"({"object":"list","data":[{"id":"gpt-5.4","object":"model","created":1,"owned_by":"openai"},{"id":"deepseek-chat","object":"model","context_length":65536},{"object":"model"}]})"));
        auto chat = client();
        ModelCatalog *catalog = chat->listModels();
        QSignalSpy loaded(catalog, &ModelCatalog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(catalog->models().size(), 2);
        QCOMPARE(catalog->models().at(0).id, QStringLiteral("deepseek-chat"));
        QCOMPARE(catalog->models().at(0).contextLength, 65536);
        QCOMPARE(catalog->models().at(1).ownedBy, QStringLiteral("openai"));
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/v1/models"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer list-key"));
    }

    void parsesOtherShapes()
    {
        QCOMPARE(ModelCatalog::parse(R"([{"id":"b"},{"id":"a"}])")->size(), 2);
        QCOMPARE(ModelCatalog::parse(R"({"models":[{"name":"llama3"}]})")->constFirst().id,
                 QStringLiteral("llama3"));
        QVERIFY(!ModelCatalog::parse("<html>nope</html>"));
        QVERIFY(!ModelCatalog::parse(R"({"object":"list"})"));
    }

    void reportsFailures()
    {
        m_server->enqueue(ScriptedResponse::json(401, R"({"error":{"message":"bad key"}})"));
        auto chat = client();
        ModelCatalog *catalog = chat->listModels();
        QSignalSpy failed(catalog, &ModelCatalog::failed);
        QVERIFY(failed.wait(5000));
        const auto error = failed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QVERIFY(error.message.contains(QLatin1String("bad key")));
    }

    void garbageIsAProtocolError()
    {
        m_server->enqueue(ScriptedResponse::text(200, "text/html", "<html>login page</html>"));
        auto chat = client();
        ModelCatalog *catalog = chat->listModels();
        QSignalSpy failed(catalog, &ModelCatalog::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
