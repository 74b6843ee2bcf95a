#include "answerscript.h"
#include "client/chatclient.h"
#include "client/chatstream.h"
#include "client/modelcatalog.h"
#include "loopbackserver.h"
#include "protocol/chatrequest.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChatRequest hello()
{
    ChatRequest request;
    request.model = u"m"_s;
    request.messages.append(RequestMessage::user(u"Hello"_s));
    return request;
}

// Streams one request to its end and says how it ended.
QString run(ChatClient &client)
{
    ChatStream *stream = client.start(hello());
    QString outcome;
    QObject::connect(stream, &ChatStream::finished, stream,
                     [&outcome] { outcome = u"finished"_s; });
    QObject::connect(stream, &ChatStream::failed, stream, [&outcome](const ApiError &error) {
        outcome = u"failed: "_s + error.message;
    });
    if (!QTest::qWaitFor([&outcome] { return !outcome.isEmpty(); }, 10000))
        return u"timed out"_s;
    return outcome;
}

} // namespace

class TestNetworkOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // With an HTTP proxy set, the request goes to the proxy, which forwards by the full
    // address (here the loopback server plays the proxy and answers itself).
    void httpProxyCarriesTheRequest()
    {
        LoopbackServer proxy;
        QVERIFY(proxy.listen());
        AnswerScript answer;
        answer.content = {u"Via proxy."_s};
        proxy.enqueue(answer.response());

        Endpoint endpoint;
        endpoint.baseUrl = QUrl(u"http://api.confab.invalid/v1"_s);
        endpoint.apiKey = u"sk-proxy-test-123456"_s;
        ChatClient client(endpoint, ClientOptions {});
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::Http;
        options.proxyHost = u"127.0.0.1"_s;
        options.proxyPort = proxy.port();
        QCOMPARE(client.setNetworkOptions(options), QString());

        QCOMPARE(run(client), u"finished"_s);
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().constFirst().path,
                 QByteArray("http://api.confab.invalid/v1/chat/completions"));
        QCOMPARE(proxy.requests().constFirst().headers.value("authorization"),
                 QByteArray("Bearer sk-proxy-test-123456"));
    }

    void noProxyGoesDirect()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        AnswerScript answer;
        answer.content = {u"Direct."_s};
        server.enqueue(answer.response());
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        ChatClient client(endpoint, ClientOptions {});
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::None;
        QCOMPARE(client.setNetworkOptions(options), QString());
        QCOMPARE(run(client), u"finished"_s);
        QCOMPARE(server.requests().constFirst().path, QByteArray("/v1/chat/completions"));
    }

    // Answers one after another on kept-alive connections: none may wait for a connection
    // an earlier answer left behind (Qt allows six per host).
    void manyAnswersInARow()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        ChatClient client(endpoint, ClientOptions {});
        for (int i = 0; i < 12; ++i) {
            AnswerScript answer;
            answer.content = {u"Answer "_s, QString::number(i)};
            server.enqueue(answer.response());
            QCOMPARE(run(client), u"finished"_s);
        }
        QCOMPARE(server.requests().size(), 12);

        // Errors, model lists and a stopped stall in between must not use up connections.
        for (int round = 0; round < 4; ++round) {
            server.enqueue(ScriptedResponse::json(
                401, "{\"error\":{\"message\":\"bad key\",\"type\":\"auth\"}}"));
            QVERIFY(run(client).startsWith(u"failed"_s));
            server.enqueue(ScriptedResponse::json(200, "{\"data\":[{\"id\":\"m\"}]}"));
            ModelCatalog *catalog = client.listModels();
            QSignalSpy loaded(catalog, &ModelCatalog::loaded);
            QVERIFY(loaded.wait(5000));
            AnswerScript stalled;
            stalled.content = {u"Half"_s};
            ScriptedResponse response = stalled.response();
            response.pieces.resize(1);
            response.ending = ScriptedResponse::Ending::Stall;
            server.enqueue(response);
            ChatStream *stream = client.start(hello());
            QSignalSpy delta(stream, &ChatStream::deltaReceived);
            QVERIFY(delta.wait(5000));
            QSignalSpy cancelled(stream, &ChatStream::cancelled);
            stream->cancel();
            QVERIFY(cancelled.count() == 1 || cancelled.wait(5000));
            AnswerScript answer;
            answer.content = {u"Still here."_s};
            server.enqueue(answer.response());
            QCOMPARE(run(client), u"finished"_s);
        }
    }

    void proxyModesByName()
    {
        using Mode = NetworkOptions::ProxyMode;
        for (Mode mode : {Mode::System, Mode::None, Mode::Http, Mode::Socks5})
            QCOMPARE(NetworkOptions::proxyModeNamed(NetworkOptions::nameOf(mode)), mode);
        QCOMPARE(NetworkOptions::proxyModeNamed(u"carrier pigeon"_s), Mode::System);
        NetworkOptions socks;
        socks.proxyMode = Mode::Socks5;
        socks.proxyHost = u"proxy.example"_s;
        socks.proxyPort = 1080;
        QCOMPARE(socks.proxy().type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks.proxy().port(), 1080);
    }

    void caFileProblemsAreExplained()
    {
        QTemporaryDir dir;
        NetworkOptions options;
        QList<QSslCertificate> certificates;
        QCOMPARE(options.loadCaCertificates(&certificates), QString()); // none set: fine

        options.caCertificateFile = dir.filePath(u"missing.pem"_s);
        QVERIFY(options.loadCaCertificates(&certificates).contains(u"missing.pem"));
        QVERIFY(certificates.isEmpty());

        QFile garbage(dir.filePath(u"garbage.pem"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a certificate");
        garbage.close();
        options.caCertificateFile = garbage.fileName();
        QVERIFY(options.loadCaCertificates(&certificates).contains(u"PEM"));
        QVERIFY(certificates.isEmpty());

        ChatClient client;
        QVERIFY(!client.setNetworkOptions(options).isEmpty());
        QVERIFY(client.options().extraCaCertificates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkOptions)
#include "tst_networkoptions.moc"
