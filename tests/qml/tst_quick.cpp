// Runs the Qt Quick Tests (tst_*.qml in this folder) against the real Confab QML module,
// with the Workspace talking to a real loopback HTTP server.
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
        m_workspace = new Workspace(this);
        ClientOptions options;
        options.maxRetries = 0;
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = QStringLiteral("sk-test");
        m_workspace->configure(endpoint, QStringLiteral("test-model"));
        m_workspace->client()->setOptions(options);
        // Straight to the loopback server: the system proxy lookup (libproxy on Debian)
        // answers queries one at a time on its own thread and can keep a request waiting.
        NetworkOptions direct;
        direct.proxyMode = NetworkOptions::ProxyMode::None;
        m_workspace->client()->setNetworkOptions(direct);
        Workspace::setInstance(m_workspace);
        // The model list is the first request; it must not take an answer a test queues.
        if (!QTest::qWaitFor([this] { return m_server->requestCount() >= 1; }, 5000))
            qWarning("The model list was never requested.");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->setNetworkAccessManagerFactory(&m_localOnly);
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
