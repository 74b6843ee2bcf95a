#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;
class ToolRegistry;

// Finds Confab tool plugins (confabtoolplugin.h) in folders, loads them with QPluginLoader
// and adds their tools to a registry. A file that is not a usable plugin is reported by name
// with the reason, and the rest still load: nothing a plugin folder holds stops the app.
// Plugins stay loaded until the application exits, also after this object is gone. Use it
// on the main thread, where the plugins' tools will run.
class ToolPluginLoader
{
    Q_DECLARE_TR_FUNCTIONS(ToolPluginLoader)

public:
    struct LoadedPlugin
    {
        QString name; // the plugin's own; the source() of its tools
        QString version;
        QString filePath;
        QStringList toolNames; // as the model sees them, in the registry
        QStringList skippedTools; // why each tool that was left out was left out
    };
    struct Failure
    {
        QString filePath;
        QString reason; // for people: "not a Qt plugin (…)", "built for version 2 of …"
        QString fileName() const;
    };

    ToolPluginLoader();
    ~ToolPluginLoader();
    ToolPluginLoader(const ToolPluginLoader &) = delete;
    ToolPluginLoader &operator=(const ToolPluginLoader &) = delete;

    // The app's plugin folders (<app>/../lib/confab/plugins, <app>/plugins; in a macOS
    // bundle also Contents/PlugIns/confab), then "plugins" in the user's data folder
    // (QStandardPaths::AppDataLocation). Needs a QCoreApplication with its names set.
    static QStringList defaultFolders();

    // Tries every library file in `folders`, in order, and adds the tools of each plugin
    // that loads to `registry`. Folders that do not exist are skipped. A file reached twice
    // (a link, a folder listed twice, a second call) is tried once; of two plugins with one
    // name, the first found wins. Returns the number of plugins loaded by this call.
    int load(const QStringList &folders, ToolRegistry &registry);
    // Tries one file; false when it was not loaded (see failures()) or was tried before.
    bool loadFile(const QString &filePath, ToolRegistry &registry);

    const QList<LoadedPlugin> &plugins() const { return m_plugins; }
    const QList<Failure> &failures() const { return m_failures; }

private:
    bool fail(const QString &filePath, const QString &reason);

    QList<LoadedPlugin> m_plugins;
    QList<Failure> m_failures;
    QSet<QString> m_triedFiles; // canonical paths
    std::vector<std::shared_ptr<QPluginLoader>> m_loaders; // shared with the plugins' tools
};
