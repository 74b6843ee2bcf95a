#pragma once

#include "mcpclient.h"
#include "mcpserverconfig.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QProcessEnvironment>
#include <QtQml/qqmlregistration.h>

#include <vector>

class McpServerSettings;
class ToolRegistry;

// The running MCP servers: one McpClient per enabled server, whose tools it keeps in a
// ToolRegistry under "mcp_<name>" while the server is ready (added when it is, again when
// its list changes, gone when it stops or fails). A list model of the servers' status for
// the settings page.
class McpServers : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the MCP servers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        NameRole = Qt::UserRole + 1, // QString
        CommandLineRole, // QString: the command and its arguments
        StateRole, // QString: "disabled", "stopped", "starting", "ready", "failed"
        StateTextRole, // QString: the state for people ("Ready: 14 tools", "Restarting…")
        ErrorRole, // QString: the last failure, for people; empty when none
        ToolCountRole, // int: tools in the registry from this server
        EnabledRole, // bool
    };
    Q_ENUM(Roles)

    // `registry` (may be null) must outlive this object, or be unset first.
    explicit McpServers(ToolRegistry *registry, QObject *parent = nullptr);
    ~McpServers() override; // stops every server; their tools leave the registry

    void setRegistry(ToolRegistry *registry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Lists the server and, when it is enabled, starts it in `environment` (a running one
    // of that name is stopped first). A disabled one is listed, not started.
    void start(const McpServerConfig &config, const QProcessEnvironment &environment);
    // The same for each of the settings' servers (all of them when `names` is empty), with
    // their secrets read from the keychain first; one whose secrets cannot be read is
    // listed as failed, with the reason.
    void startFrom(McpServerSettings *settings, const QStringList &names = {});
    Q_INVOKABLE void stop(const QString &name); // listed as stopped; tools gone
    Q_INVOKABLE void remove(const QString &name); // stopped and no longer listed
    void stopAll();

    QStringList names() const;
    McpClient *client(const QString &name) const; // null when not listed or not started
    // "disabled", "stopped", "starting", "ready" or "failed"; empty when not listed.
    Q_INVOKABLE QString state(const QString &name) const;
    Q_INVOKABLE QString errorString(const QString &name) const;
    Q_INVOKABLE int toolCount(const QString &name) const;
    Q_INVOKABLE QStringList log(const QString &name) const; // its stderr, a line each
    // True when no server is starting (or reading its secrets). settled() may come before
    // start() returns (a program that does not exist), so check this before waiting for it.
    bool isSettled() const;

Q_SIGNALS:
    void countChanged();
    void serverChanged(const QString &name); // state, error or tool count
    void toolsChanged(); // the registry gained or lost tools
    void settled(); // isSettled() became true

private:
    struct Server
    {
        McpServerConfig config;
        QProcessEnvironment environment;
        McpClient *client = nullptr;
        bool resolving = false; // reading its secrets
        QString error;
        int toolCount = 0;
        int droppedTools = 0; // tools whose names the registry could not take
        quint64 generation = 0; // which start a secret lookup belongs to
    };

    int rowOf(const QString &name) const;
    int addRow(const McpServerConfig &config);
    int rowOfClient(const McpClient *client) const;
    void launch(int row);
    void stopRow(int row);
    void syncTools(McpClient *client);
    void onFailed(McpClient *client, const QString &message);
    bool dropTools(int row); // true when the registry lost tools
    void changedRow(int row, const QList<int> &roles = {});
    void checkSettled();
    QString stateOf(const Server &server) const;
    QString stateTextOf(const Server &server) const;

    ToolRegistry *m_registry;
    std::vector<Server> m_servers;
    bool m_wasSettled = true;
};
