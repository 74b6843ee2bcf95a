// TLS against a real local HTTPS server whose certificate comes from a test CA made with
// openssl: refused (and explained) until that CA is trusted through NetworkOptions.
#include "client/chatclient.h"
#include "client/modelcatalog.h"

#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Answers every request with a model list, over TLS.
class TlsModelsServer : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = "{\"data\":[{\"id\":\"tls-model\"}]}";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                          + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::errorOccurred, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

bool openssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(u"openssl"_s, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

// {ok, models or the error message}
QPair<bool, QString> listModels(ChatClient &client)
{
    ModelCatalog *catalog = client.listModels();
    QPair<bool, QString> outcome;
    bool done = false;
    QObject::connect(catalog, &ModelCatalog::loaded, catalog, [&](const QList<ModelInfo> &models) {
        outcome = {true, models.value(0).id};
        done = true;
    });
    QObject::connect(catalog, &ModelCatalog::failed, catalog, [&](const ApiError &error) {
        outcome = {false, error.message};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        return {false, u"timed out"_s};
    return outcome;
}

} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend.");
        const QString dir = m_dir.path();
        QVERIFY(openssl(dir,
                        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                         u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s,
                         u"-subj"_s, u"/CN=Confab Test CA"_s}));
        QVERIFY(
            openssl(dir,
                    {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                     u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QFile extensions(m_dir.filePath(u"san.ext"_s));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\n");
        extensions.close();
        QVERIFY(openssl(dir,
                        {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                         u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                         u"-days"_s, u"2"_s, u"-extfile"_s, u"san.ext"_s}));
        QFile certificate(m_dir.filePath(u"server.pem"_s));
        QFile key(m_dir.filePath(u"server.key"_s));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_server.certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
        m_server.key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_server.certificate.isNull() && !m_server.key.isNull());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void untrustedCertificateIsRefusedWithTheReason()
    {
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
        ChatClient client(endpoint, ClientOptions {});
        const auto [ok, message] = listModels(client);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"certificate", Qt::CaseInsensitive), qPrintable(message));
    }

    void trustedThroughTheCaFile()
    {
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
        ChatClient client(endpoint, ClientOptions {});
        NetworkOptions options;
        options.caCertificateFile = m_dir.filePath(u"ca.pem"_s);
        QCOMPARE(client.setNetworkOptions(options), QString());
        const auto [ok, model] = listModels(client);
        QVERIFY2(ok, qPrintable(model));
        QCOMPARE(model, u"tls-model"_s);
    }

private:
    QTemporaryDir m_dir;
    TlsModelsServer m_server;
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
