#include "toolpluginloader.h"

#include "confabtoolplugin.h"
#include "plugintool.h"
#include "tools/toolregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QStandardPaths>

#include <exception>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView interfaceId {ConfabToolPlugin_iid};
constexpr QLatin1StringView interfaceFamily {"app.confab.ToolPlugin/"};

// A string of our own: one a plugin made from a literal points into the plugin's library.
QString ownCopy(const QString &text)
{
    return QString(text.constData(), text.size());
}

// Runs a call into a plugin; an exception it lets out becomes `error`.
template<typename Call>
bool guarded(Call call, QString *error)
{
    try {
        call();
        return true;
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        *error = u"?"_s;
    }
    return false;
}

// Qt's reason, with the file's name where Qt repeats its whole path.
QString qtReason(const QPluginLoader &loader, const QFileInfo &file)
{
    return loader.errorString().replace(file.absoluteFilePath(), file.fileName());
}

} // namespace

QString ToolPluginLoader::Failure::fileName() const
{
    return QFileInfo(filePath).fileName();
}

ToolPluginLoader::ToolPluginLoader() = default;

// The QPluginLoaders are dropped, never unloaded: tools of the plugins may still be in use,
// and a library whose code ran can rarely be unloaded safely.
ToolPluginLoader::~ToolPluginLoader() = default;

QStringList ToolPluginLoader::defaultFolders()
{
    QStringList folders;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        folders.append(QDir::cleanPath(app + u"/../lib/confab/plugins"_s));
        folders.append(QDir::cleanPath(app + u"/plugins"_s));
#ifdef Q_OS_MACOS
        folders.append(QDir::cleanPath(app + u"/../PlugIns/confab"_s));
#endif
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        folders.append(data + u"/plugins"_s);
    folders.removeDuplicates();
    return folders;
}

int ToolPluginLoader::load(const QStringList &folders, ToolRegistry &registry)
{
    int loaded = 0;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (folder.isEmpty() || !dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files)
            if (QLibrary::isLibrary(file.fileName()) && loadFile(file.filePath(), registry))
                ++loaded;
    }
    return loaded;
}

bool ToolPluginLoader::fail(const QString &filePath, const QString &reason)
{
    m_failures.append({filePath, reason});
    return false;
}

bool ToolPluginLoader::loadFile(const QString &filePath, ToolRegistry &registry)
{
    const QFileInfo info(filePath);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return fail(filePath, tr("the file does not exist"));
    if (m_triedFiles.contains(canonical))
        return false;
    m_triedFiles.insert(canonical);

    // The metadata is read without loading the library, so a plugin of another kind or
    // interface version never runs any code here.
    auto loader = std::make_shared<QPluginLoader>(info.absoluteFilePath());
    const QJsonObject metaData = loader->metaData();
    if (metaData.isEmpty())
        return fail(filePath, tr("not a Qt plugin (%1)").arg(qtReason(*loader, info)));
    const QString iid = metaData.value(u"IID"_s).toString();
    if (iid.startsWith(interfaceFamily) && iid != interfaceId) {
        return fail(filePath,
                    tr("built for version %1 of Confab's tool plugin interface; this Confab "
                       "loads version %2")
                        .arg(iid.mid(interfaceFamily.size()),
                             QString(interfaceId).mid(interfaceFamily.size())));
    }
    if (iid != interfaceId)
        return fail(filePath,
                    tr("a Qt plugin of another kind (%1), not a Confab tool plugin")
                        .arg(iid.isEmpty() ? tr("no interface id") : iid));

    QObject *root = loader->instance();
    if (!root)
        return fail(filePath, tr("could not be loaded: %1").arg(qtReason(*loader, info)));
    ConfabToolPlugin *plugin = qobject_cast<ConfabToolPlugin *>(root);
    if (!plugin)
        return fail(filePath, tr("its plugin object does not implement ConfabToolPlugin"));

    QString name;
    QString version;
    std::vector<std::unique_ptr<ConfabPluginTool>> created;
    QString error;
    if (!guarded([&] { name = ownCopy(plugin->pluginName()).trimmed(); }, &error)
        || !guarded([&] { version = ownCopy(plugin->pluginVersion()); }, &error))
        return fail(filePath, tr("failed to give its name and version: %1").arg(error));
    if (name.isEmpty())
        return fail(filePath, tr("the plugin has no name"));
    if (name == u"builtin" || name.startsWith(u"mcp_"))
        return fail(filePath,
                    tr("the plugin's name \"%1\" is reserved for Confab's own tools").arg(name));
    for (const LoadedPlugin &other : std::as_const(m_plugins))
        if (other.name == name)
            return fail(filePath,
                        tr("another plugin named \"%1\" was already loaded from %2")
                            .arg(name, other.filePath));
    if (!guarded([&] { created = plugin->createTools(); }, &error))
        return fail(filePath, tr("failed to create its tools: %1").arg(error));

    LoadedPlugin loaded {name, version, filePath, {}, {}};
    for (std::unique_ptr<ConfabPluginTool> &tool : created) {
        std::unique_ptr<PluginTool> adapted;
        if (!guarded([&] { adapted = std::make_unique<PluginTool>(std::move(tool), name, loader); },
                     &error)) {
            loaded.skippedTools.append(tr("a tool failed to describe itself: %1").arg(error));
            continue;
        }
        if (const QString problem = adapted->problem(); !problem.isEmpty()) {
            loaded.skippedTools.append(problem);
            continue;
        }
        const QString toolName = adapted->name();
        const QString exposed = registry.add(std::move(adapted));
        if (exposed.isEmpty())
            loaded.skippedTools.append(tr("the name %1 is already taken").arg(toolName));
        else
            loaded.toolNames.append(exposed);
    }
    if (loaded.toolNames.isEmpty()) {
        const QString why = loaded.skippedTools.isEmpty()
            ? tr("the plugin \"%1\" offers no tools").arg(name)
            : tr("the plugin \"%1\" offers no usable tool: %2")
                  .arg(name, loaded.skippedTools.join(u"; "_s));
        return fail(filePath, why);
    }
    m_loaders.push_back(std::move(loader));
    m_plugins.append(loaded);
    return true;
}
