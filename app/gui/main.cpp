#include "launchoptions.h"
#include "localonlynetwork.h"
#include "protocol/redaction.h"
#include "startupprobe.h"
#include "storage/conversationstore.h"
#include "theme.h"
#include "tools/plugins/toolpluginloader.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

int main(int argc, char *argv[])
{
    Redaction::installLogRedaction();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Confab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Confab"));
    QApplication::setOrganizationName(QStringLiteral("Confab"));
    QApplication::setOrganizationDomain(QStringLiteral("confab.app"));
    QApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    // Desktops find the window's icon and name through its desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.confab.Confab"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // follows the system palette

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "confab: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.colorScheme == LaunchOptions::ColorScheme::Dark)
        Theme::applyDarkPalette();
    else if (options.colorScheme == LaunchOptions::ColorScheme::Light)
        QApplication::setPalette(QApplication::style()->standardPalette());

    Workspace workspace(nullptr);
    Workspace::setInstance(&workspace);
    // A history that cannot be opened is reported in the window, which still starts.
    workspace.openHistory(options.historyPath.isEmpty() ? ConversationStore::defaultPath()
                                                        : options.historyPath);
    if (options.demo) {
        if (!workspace.startDemo()) {
            std::fprintf(stderr, "confab: %s\n", qPrintable(workspace.providerProblem()));
            return 1;
        }
    } else if (!options.baseUrl.isEmpty()) {
        Endpoint endpoint;
        endpoint.baseUrl = options.baseUrl;
        endpoint.apiKey = qEnvironmentVariable(qPrintable(options.apiKeyVariable));
        workspace.configure(endpoint, options.model);
    } else {
        workspace.restoreLastProvider(); // or, with none yet, the first-run screen
    }

    LocalOnlyNetworkFactory localOnly; // outlives the engine, as Qt requires
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&localOnly);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Confab/Main.qml")));
    StartupProbe startupProbe(engine, workspace); // only with CONFAB_STARTUP_PROBE set
    // Tools from plugins and MCP servers once the window is up: they never delay it.
    QTimer::singleShot(0, &workspace, [&workspace] {
        workspace.tools()->loadPlugins(ToolPluginLoader::defaultFolders());
        workspace.tools()->startServers();
    });
    return app.exec();
}
