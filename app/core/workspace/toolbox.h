#pragma once

#include "tools/grantedfolders.h"
#include "tools/toolapprovals.h"
#include "tools/toolregistry.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class ChatSession;
class ConversationStore;
class McpServerSettings;
class McpServers;
class QNetworkAccessManager;
class QSettings;
class SecretStore;
class ToolPluginLoader;
struct NetworkOptions;

// Every tool the conversations can offer, and who may run them: the built-ins (clock,
// calculator, reading the folders the person shared, fetching a page), the tools of Qt
// plugins and those of the MCP servers in the settings. Keeps the person's choices (shared
// folders, "always allow", whether read-only built-ins ask) in the settings file; never a
// secret.
class ToolBox : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the tools.")
    // [{name, source, effect, description, parameters (indented JSON Schema)}], in the
    // order the model sees them.
    Q_PROPERTY(QVariantList tools READ tools NOTIFY toolsChanged)
    Q_PROPERTY(QStringList folders READ folders NOTIFY foldersChanged)
    Q_PROPERTY(bool readOnlyPreApproved READ readOnlyPreApproved WRITE setReadOnlyPreApproved NOTIFY
                   approvalsChanged)
    // "<source>/<tool>" of the tools that run without asking, everywhere.
    Q_PROPERTY(QStringList alwaysAllowed READ alwaysAllowed NOTIFY approvalsChanged)
    // Rounds of tool calls an answer may go through before Confab stops and asks.
    Q_PROPERTY(int maxRounds READ maxRounds WRITE setMaxRounds NOTIFY maxRoundsChanged)
    Q_PROPERTY(McpServers *servers READ servers CONSTANT)
    Q_PROPERTY(McpServerSettings *serverSettings READ serverSettings CONSTANT)
    // [{name, version, file, tools}] and [{file, reason}].
    Q_PROPERTY(QVariantList plugins READ plugins NOTIFY pluginsChanged)
    Q_PROPERTY(QVariantList pluginFailures READ pluginFailures NOTIFY pluginsChanged)

public:
    // Settings keys.
    static constexpr QLatin1StringView foldersKey {"tools/sharedFolders"};
    static constexpr QLatin1StringView alwaysAllowedKey {"tools/alwaysAllowed"};
    static constexpr QLatin1StringView readOnlyKey {"tools/readOnlyBuiltinsPreApproved"};
    static constexpr QLatin1StringView maxRoundsKey {"tools/maxRounds"};

    ToolBox(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~ToolBox() override;

    // Offers this box's tools to the session and asks through its approvals.
    void attach(ChatSession *session);

    ToolRegistry *registry() { return &m_registry; }
    ToolApprovals *approvals() { return &m_approvals; }
    McpServers *servers() const { return m_servers; }
    McpServerSettings *serverSettings() const { return m_serverSettings; }

    // Loads the plugins of these folders (ToolPluginLoader::defaultFolders() in the app).
    void loadPlugins(const QStringList &folders);
    // Starts the enabled MCP servers of the settings.
    Q_INVOKABLE void startServers();
    // fetch_url goes out the way the person chose in the network settings.
    void setNetworkOptions(const NetworkOptions &options);

    QVariantList tools() const;
    QStringList folders() const { return m_folders->folders(); }
    // False (and nothing changes) when it is not a folder.
    Q_INVOKABLE bool shareFolder(const QUrl &folder);
    Q_INVOKABLE void unshareFolder(const QString &folder);
    bool readOnlyPreApproved() const { return m_approvals.readOnlyBuiltinsPreApproved(); }
    void setReadOnlyPreApproved(bool preApproved);
    QStringList alwaysAllowed() const;
    Q_INVOKABLE void revokeAlways(const QString &key);
    int maxRounds() const { return m_maxRounds; }
    void setMaxRounds(int rounds); // 1 to 100
    // Every tool of the server runs without asking (a policy for the whole server).
    Q_INVOKABLE bool isServerTrusted(const QString &name) const;
    Q_INVOKABLE void setServerTrusted(const QString &name, bool trusted);
    QVariantList plugins() const;
    QVariantList pluginFailures() const;

    // Adds an MCP server from the settings form (a name already taken is refused): arguments
    // one per line, environment NAME=value per line (values go to the keychain). Returns
    // what went wrong, for people; empty when it was saved and started.
    Q_INVOKABLE QString saveServer(const QString &name, const QString &command,
                                   const QString &arguments, const QString &environment);
    // Stops it, forgets it and its secrets, and the tools of it that were always allowed.
    Q_INVOKABLE void removeServer(const QString &name);
    Q_INVOKABLE void setServerEnabled(const QString &name, bool enabled);
    // Imports a file of the `mcpServers` format; importFinished() says what it did.
    Q_INVOKABLE void importServers(const QUrl &file);

    // The log of tool runs, from the history.
    void setStore(ConversationStore *store) { m_store = store; }
    // Newest first: [{tool, source, arguments, result, status, approval, startedAt,
    // finishedAt (ms since the epoch), conversationId}].
    Q_INVOKABLE QVariantList recentRuns(int limit = 200) const;
    Q_INVOKABLE void clearRunLog();

Q_SIGNALS:
    void toolsChanged();
    void foldersChanged();
    void approvalsChanged();
    void maxRoundsChanged();
    void pluginsChanged();
    void importFinished(const QString &summary);
    void runLogChanged();

private:
    void saveApprovals();

    QPointer<QSettings> m_settings;
    ConversationStore *m_store = nullptr;
    ToolRegistry m_registry;
    ToolApprovals m_approvals;
    std::shared_ptr<GrantedFolders> m_folders;
    QNetworkAccessManager *m_network;
    McpServerSettings *m_serverSettings;
    McpServers *m_servers;
    std::unique_ptr<ToolPluginLoader> m_plugins;
    QStringList m_savedAlways;
    int m_maxRounds;
    QList<QPointer<ChatSession>> m_sessions;
};
