#include "toolbox.h"

#include "chat/chatsession.h"
#include "client/networkoptions.h"
#include "storage/conversationstore.h"
#include "tools/calculatortool.h"
#include "tools/currenttimetool.h"
#include "tools/fetchurltool.h"
#include "tools/filetools.h"
#include "tools/mcp/mcpservers.h"
#include "tools/mcp/mcpserversettings.h"
#include "tools/mcp/mcptool.h"
#include "tools/plugins/toolpluginloader.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

ToolBox::ToolBox(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_folders(std::make_shared<GrantedFolders>())
    , m_network(new QNetworkAccessManager(this))
    , m_serverSettings(new McpServerSettings(settings, secrets, this))
    , m_servers(new McpServers(&m_registry, this))
    , m_plugins(std::make_unique<ToolPluginLoader>())
    , m_maxRounds(ChatSession::defaultMaxToolRounds)
{
    m_registry.add(std::make_unique<CurrentTimeTool>());
    m_registry.add(std::make_unique<CalculatorTool>());
    m_registry.add(std::make_unique<ReadTextFileTool>(m_folders));
    m_registry.add(std::make_unique<ListFolderTool>(m_folders));
    m_registry.add(std::make_unique<FetchUrlTool>(m_network));
    if (settings) {
        for (const QString &folder : settings->value(foldersKey).toStringList())
            m_folders->grant(folder); // one that is gone stays out
        m_savedAlways = settings->value(alwaysAllowedKey).toStringList();
        m_approvals.setAlwaysAllowed(m_savedAlways);
        m_approvals.setReadOnlyBuiltinsPreApproved(settings->value(readOnlyKey, true).toBool());
        m_maxRounds = std::clamp(settings->value(maxRoundsKey, m_maxRounds).toInt(), 1, 100);
    }
    connect(m_servers, &McpServers::toolsChanged, this, &ToolBox::toolsChanged);
    connect(m_serverSettings, &McpServerSettings::importFinished, this,
            [this](int imported, const QString &summary) {
                if (imported > 0)
                    startServers();
                Q_EMIT importFinished(summary);
            });
}

ToolBox::~ToolBox()
{
    delete m_servers; // its tools leave the registry before the registry goes
    m_servers = nullptr;
}

void ToolBox::attach(ChatSession *session)
{
    session->setTools(&m_registry);
    session->setApprovals(&m_approvals);
    session->setMaxToolRounds(m_maxRounds);
    m_sessions.removeAll(nullptr);
    m_sessions.append(session);
    // "Always allow" answered in a conversation is kept for the next run.
    connect(session, &ChatSession::approvalsChanged, this, &ToolBox::saveApprovals);
}

void ToolBox::loadPlugins(const QStringList &folders)
{
    if (m_plugins->load(folders, m_registry) > 0)
        Q_EMIT toolsChanged();
    Q_EMIT pluginsChanged();
}

void ToolBox::startServers()
{
    m_servers->startFrom(m_serverSettings);
}

void ToolBox::setNetworkOptions(const NetworkOptions &options)
{
    options.applyProxyTo(m_network);
}

QVariantList ToolBox::tools() const
{
    QVariantList list;
    for (const QString &name : m_registry.names()) {
        const Tool *tool = m_registry.find(name);
        list.append(
            QVariantMap {{u"name"_s, name},
                         {u"source"_s, tool->source()},
                         {u"effect"_s, Tool::effectName(tool->effect())},
                         {u"description"_s, tool->description()},
                         {u"parameters"_s,
                          QString::fromUtf8(QJsonDocument(tool->parameters()).toJson()).trimmed()},
                         {u"key"_s, ToolApprovals::keyOf(*tool)}});
    }
    return list;
}

bool ToolBox::shareFolder(const QUrl &folder)
{
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    const QStringList before = m_folders->folders();
    if (!m_folders->grant(path))
        return false;
    if (m_folders->folders() != before) {
        if (m_settings)
            m_settings->setValue(foldersKey, m_folders->folders());
        Q_EMIT foldersChanged();
    }
    return true;
}

void ToolBox::unshareFolder(const QString &folder)
{
    m_folders->revoke(folder);
    if (m_settings)
        m_settings->setValue(foldersKey, m_folders->folders());
    Q_EMIT foldersChanged();
}

void ToolBox::setReadOnlyPreApproved(bool preApproved)
{
    if (preApproved == readOnlyPreApproved())
        return;
    m_approvals.setReadOnlyBuiltinsPreApproved(preApproved);
    if (m_settings)
        m_settings->setValue(readOnlyKey, preApproved);
    Q_EMIT approvalsChanged();
}

void ToolBox::setMaxRounds(int rounds)
{
    rounds = std::clamp(rounds, 1, 100);
    if (rounds == m_maxRounds)
        return;
    m_maxRounds = rounds;
    if (m_settings)
        m_settings->setValue(maxRoundsKey, rounds);
    for (ChatSession *session : std::as_const(m_sessions))
        if (session)
            session->setMaxToolRounds(rounds);
    Q_EMIT maxRoundsChanged();
}

bool ToolBox::isServerTrusted(const QString &name) const
{
    return m_approvals.alwaysAllowed().contains(
        ToolApprovals::wholeSourceKey(McpTool::sourceName(name)));
}

void ToolBox::setServerTrusted(const QString &name, bool trusted)
{
    const QString key = ToolApprovals::wholeSourceKey(McpTool::sourceName(name));
    QStringList keys = m_approvals.alwaysAllowed();
    keys.removeAll(key);
    if (trusted)
        keys.append(key);
    m_approvals.setAlwaysAllowed(keys);
    saveApprovals();
}

QStringList ToolBox::alwaysAllowed() const
{
    QStringList keys = m_approvals.alwaysAllowed();
    keys.sort();
    return keys;
}

void ToolBox::revokeAlways(const QString &key)
{
    QStringList keys = m_approvals.alwaysAllowed();
    keys.removeAll(key);
    m_approvals.setAlwaysAllowed(keys);
    saveApprovals();
}

void ToolBox::saveApprovals()
{
    const QStringList keys = alwaysAllowed();
    if (keys == m_savedAlways)
        return;
    m_savedAlways = keys;
    if (m_settings)
        m_settings->setValue(alwaysAllowedKey, keys);
    Q_EMIT approvalsChanged();
}

QVariantList ToolBox::plugins() const
{
    QVariantList list;
    for (const ToolPluginLoader::LoadedPlugin &plugin : m_plugins->plugins())
        list.append(QVariantMap {{u"name"_s, plugin.name},
                                 {u"version"_s, plugin.version},
                                 {u"file"_s, plugin.filePath},
                                 {u"tools"_s, plugin.toolNames}});
    return list;
}

QVariantList ToolBox::pluginFailures() const
{
    QVariantList list;
    for (const ToolPluginLoader::Failure &failure : m_plugins->failures())
        list.append(QVariantMap {{u"file"_s, failure.filePath}, {u"reason"_s, failure.reason}});
    return list;
}

QString ToolBox::saveServer(const QString &name, const QString &command, const QString &arguments,
                            const QString &environment)
{
    // Never a changed program under a name the person already let run: another server is
    // added under a name of its own.
    if (m_serverSettings->find(name.trimmed()))
        return tr("There is already a server named %1; remove it first, or pick another name.")
            .arg(name.trimmed());
    McpServerConfig config;
    config.name = name.trimmed();
    config.command = command.trimmed();
    config.args.clear();
    for (const QString &line : arguments.split(u'\n'))
        if (!line.trimmed().isEmpty())
            config.args.append(line.trimmed());
    QList<std::pair<QString, QString>> secrets;
    const QStringList lines = environment.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString variable = line.left(equals).trimmed();
        if (equals < 1 || !McpServerConfig::isValidVariableName(variable)) // never echo a value
            return tr("Line %1 of the environment is not NAME=value.").arg(i + 1);
        secrets.append({variable, line.mid(equals + 1)});
    }
    for (const auto &[variable, value] : secrets)
        config.secretEnv.append(variable);
    const QString problem = m_serverSettings->add(config);
    if (!problem.isEmpty())
        return problem;
    // Each value goes to the keychain; the server starts once they are all there.
    auto left = std::make_shared<qsizetype>(secrets.size());
    const QString server = config.name;
    const auto startWhenDone = [this, left, server] {
        if (--*left <= 0)
            m_servers->startFrom(m_serverSettings, {server});
    };
    if (secrets.isEmpty()) {
        *left = 1;
        startWhenDone();
    }
    for (const auto &[variable, value] : secrets)
        m_serverSettings->storeSecret(server, variable, value,
                                      [startWhenDone](bool, const QString &) { startWhenDone(); });
    return {};
}

// Its "always allow" goes with it: a server added later under that name is another
// program.
void ToolBox::removeServer(const QString &name)
{
    m_servers->remove(name);
    m_serverSettings->remove(name);
    QStringList keys = m_approvals.alwaysAllowed();
    const QString prefix = McpTool::sourceName(name) + u'/';
    keys.removeIf(
        [&prefix](const QString &key) { return key.startsWith(prefix, Qt::CaseInsensitive); });
    m_approvals.setAlwaysAllowed(keys);
    saveApprovals();
}

void ToolBox::setServerEnabled(const QString &name, bool enabled)
{
    if (!m_serverSettings->setEnabled(name, enabled).isEmpty())
        return;
    if (enabled)
        m_servers->startFrom(m_serverSettings, {name});
    else
        m_servers->stop(name);
}

void ToolBox::importServers(const QUrl &file)
{
    m_serverSettings->importFile(file);
}

QVariantList ToolBox::recentRuns(int limit) const
{
    QVariantList list;
    if (!m_store)
        return list;
    for (const ToolRunRecord &run : m_store->toolRuns(limit))
        list.append(QVariantMap {{u"tool"_s, run.tool},
                                 {u"source"_s, run.source},
                                 {u"arguments"_s, run.arguments},
                                 {u"result"_s, run.result},
                                 {u"status"_s, run.status},
                                 {u"approval"_s, run.approval},
                                 {u"startedAt"_s, run.startedAt},
                                 {u"finishedAt"_s, run.finishedAt},
                                 {u"conversationId"_s, run.conversationId}});
    return list;
}

void ToolBox::clearRunLog()
{
    if (m_store && m_store->clearToolRuns())
        Q_EMIT runLogChanged();
}
