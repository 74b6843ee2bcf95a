#include "answernotifier.h"
#include "attachmentimageprovider.h"
#include "launchoptions.h"
#include "localonlynetwork.h"
#include "protocol/redaction.h"
#include "singleinstance.h"
#include "startupprobe.h"
#include "storage/conversationstore.h"
#include "theme.h"
#include "tools/plugins/toolpluginloader.h"
#include "uilanguage.h"
#include "windowmemory.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

using namespace Qt::StringLiterals;

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

    UiLanguage language(nullptr); // before anything shows text
    language.apply();
    UiLanguage::setInstance(&language);

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "confab: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.colorScheme == LaunchOptions::ColorScheme::Dark)
        Theme::applyDarkPalette();
    else if (options.colorScheme == LaunchOptions::ColorScheme::Light)
        QApplication::setPalette(QApplication::style()->standardPalette());

    // A Confab already open on this history comes to the front instead.
    const QString historyPath
        = options.historyPath.isEmpty() ? ConversationStore::defaultPath() : options.historyPath;
    SingleInstance instance(historyPath);
    if (instance.handOver()) {
        std::fprintf(stderr, "confab: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main",
                         "Confab is already open on this history; its window was "
                         "brought to the front.")));
        return 0;
    }
    instance.listen();

    Workspace workspace(nullptr);
    Workspace::setInstance(&workspace);
    // A history that cannot be opened is reported in the window, which still starts.
    workspace.openHistory(historyPath);
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
    language.setEngine(&engine);
    engine.setNetworkAccessManagerFactory(&localOnly);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // The engine owns it.
    engine.addImageProvider(QStringLiteral("attachment"),
                            new AttachmentImageProvider([&workspace](const QString &sha256) {
                                return workspace.attachmentBytes(sha256);
                            }));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Confab/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    // Where it was last time, unless the command line says where (-qwindowgeometry).
    WindowMemory memory(window);
    const QStringList arguments = QApplication::arguments();
    if (!arguments.contains(u"-qwindowgeometry"_s) && !arguments.contains(u"-geometry"_s))
        memory.restore();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &memory, &WindowMemory::save);
    QObject::connect(&instance, &SingleInstance::showRequested, window, [window] {
        window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
        window->show();
        window->raise();
        window->requestActivate();
    });
    AnswerNotifier notifier(workspace.conversations(), window);
    StartupProbe startupProbe(engine, workspace); // only with CONFAB_STARTUP_PROBE set
    // Tools from plugins and MCP servers once the window is up: they never delay it.
    QTimer::singleShot(0, &workspace, [&workspace] {
        workspace.tools()->loadPlugins(ToolPluginLoader::defaultFolders());
        workspace.tools()->startServers();
    });
    return app.exec();
}
