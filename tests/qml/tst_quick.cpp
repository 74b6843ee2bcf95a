// Runs the Qt Quick Tests (tst_*.qml in this folder) against the real Confab QML module,
// with the Workspace talking to a real loopback HTTP server.
#include "attachmentimageprovider.h"
#include "localonlynetwork.h"
#include "testserver.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

class QuickTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // The settings file (providers, network) goes to a folder of this run, never the
        // person's own; the Workspace reads it as it is made.
        if (m_config.isValid())
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        m_server = new TestServer(this);
        // configure() asks for the model list at once, with the client's default options:
        // a failed answer would be retried 1 s and 3 s later, in the middle of whichever
        // test runs then, taking the answer it queued. So the list gets a real answer.
        m_server->queueJson(QStringLiteral(R"({"data":[{"id":"test-model"}]})"));
        m_workspace = new Workspace(this);
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = QStringLiteral("sk-test");
        m_workspace->configure(endpoint, QStringLiteral("test-model"));
        // For every later request: one attempt, so that no test's request is sent twice.
        ClientOptions options;
        options.maxRetries = 0;
        m_workspace->client()->setOptions(options);
        // Straight to the loopback server, whatever this machine's proxy settings.
        NetworkOptions direct;
        direct.proxyMode = NetworkOptions::ProxyMode::None;
        m_workspace->client()->setNetworkOptions(direct);
        Workspace::setInstance(m_workspace);
        // The tests start once the model list is over: nothing of it is left to reach the
        // server while they queue their answers.
        if (!QTest::qWaitFor([this] { return !m_workspace->models().isEmpty(); }, 5000))
            qWarning("The model list did not arrive: %s", qPrintable(m_workspace->modelsError()));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->setNetworkAccessManagerFactory(&m_localOnly);
        engine->addImageProvider(u"attachment"_s,
                                 new AttachmentImageProvider([this](const QString &sha256) {
                                     return m_workspace->attachmentBytes(sha256);
                                 }));
        engine->rootContext()->setContextProperty(QStringLiteral("testServer"), m_server);
    }

private:
    QTemporaryDir m_config;
    LocalOnlyNetworkFactory m_localOnly;
    TestServer *m_server = nullptr;
    Workspace *m_workspace = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(confab_quick, QuickTestSetup)

#include "tst_quick.moc"
