#include "mcpservers.h"

#include "mcpserversettings.h"
#include "mcptool.h"
#include "tools/toolregistry.h"

#include <QPointer>

#include <algorithm>

namespace {

const QString disabledState = QStringLiteral("disabled");
const QString stoppedState = QStringLiteral("stopped");
const QString startingState = QStringLiteral("starting");
const QString readyState = QStringLiteral("ready");
const QString failedState = QStringLiteral("failed");

} // namespace

McpServers::McpServers(ToolRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{ }

McpServers::~McpServers()
{
    // Quietly: nobody should hear from an object that is going away.
    for (Server &server : m_servers) {
        if (!server.client)
            continue;
        server.client->disconnect(this);
        server.client->stop();
        if (m_registry)
            m_registry->removeSource(McpTool::sourceName(server.config.name));
    }
}

void McpServers::setRegistry(ToolRegistry *registry)
{
    if (registry == m_registry)
        return;
    if (m_registry)
        for (int row = 0; row < int(m_servers.size()); ++row)
            dropTools(row);
    m_registry = registry;
    for (const Server &server : m_servers)
        if (server.client && server.client->state() == McpClient::State::Ready)
            syncTools(server.client);
}

int McpServers::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

QHash<int, QByteArray> McpServers::roleNames() const
{
    return {{NameRole, "name"},      {CommandLineRole, "commandLine"},
            {StateRole, "state"},    {StateTextRole, "stateText"},
            {ErrorRole, "error"},    {ToolCountRole, "toolCount"},
            {EnabledRole, "enabled"}};
}

QVariant McpServers::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &server = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return server.config.name;
    case CommandLineRole:
        return server.config.commandLine();
    case StateRole:
        return stateOf(server);
    case StateTextRole:
        return stateTextOf(server);
    case ErrorRole:
        return server.error;
    case ToolCountRole:
        return server.toolCount;
    case EnabledRole:
        return server.config.enabled;
    default:
        return {};
    }
}

QString McpServers::stateOf(const Server &server) const
{
    if (!server.config.enabled)
        return disabledState;
    if (server.resolving)
        return startingState;
    if (!server.client)
        return server.error.isEmpty() ? stoppedState : failedState;
    switch (server.client->state()) {
    case McpClient::State::Stopped:
        return stoppedState;
    case McpClient::State::Starting:
        return startingState;
    case McpClient::State::Ready:
        return readyState;
    case McpClient::State::Failed:
        return failedState;
    }
    return stoppedState;
}

QString McpServers::stateTextOf(const Server &server) const
{
    const QString state = stateOf(server);
    if (state == disabledState)
        return tr("Disabled");
    if (state == stoppedState)
        return tr("Stopped");
    if (state == failedState)
        return tr("Failed");
    if (server.resolving)
        return tr("Reading its secrets…");
    const int restarts = server.client->restarts();
    if (state == startingState)
        return restarts == 0
            ? tr("Starting…")
            : tr("Starting again (%1 of %2)…").arg(restarts).arg(McpClient::maxRestarts);
    QString text = tr("Ready: %n tool(s)", nullptr, server.toolCount);
    if (server.droppedTools > 0)
        text += u' '
            + tr("(%n more could not be offered: names taken or too long)", nullptr,
                 server.droppedTools);
    if (restarts > 0)
        text += u' ' + tr("(restarted %n time(s))", nullptr, restarts);
    return text;
}

int McpServers::rowOf(const QString &name) const
{
    for (int row = 0; row < int(m_servers.size()); ++row)
        if (m_servers.at(row).config.name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

int McpServers::rowOfClient(const McpClient *client) const
{
    for (int row = 0; row < int(m_servers.size()); ++row)
        if (m_servers.at(row).client == client)
            return row;
    return -1;
}

QStringList McpServers::names() const
{
    QStringList names;
    for (const Server &server : m_servers)
        names.append(server.config.name);
    return names;
}

McpClient *McpServers::client(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : m_servers.at(row).client;
}

QString McpServers::state(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : stateOf(m_servers.at(row));
}

QString McpServers::errorString(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : m_servers.at(row).error;
}

int McpServers::toolCount(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? 0 : m_servers.at(row).toolCount;
}

QStringList McpServers::log(const QString &name) const
{
    const McpClient *client = this->client(name);
    return client ? client->log() : QStringList();
}

bool McpServers::isSettled() const
{
    return std::none_of(m_servers.cbegin(), m_servers.cend(), [](const Server &server) {
        return server.resolving
            || (server.client && server.client->state() == McpClient::State::Starting);
    });
}

void McpServers::checkSettled()
{
    const bool settledNow = isSettled();
    const bool becameSettled = settledNow && !m_wasSettled;
    m_wasSettled = settledNow;
    if (becameSettled)
        Q_EMIT settled();
}

void McpServers::changedRow(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row), index(row), roles);
    Q_EMIT serverChanged(m_servers.at(row).config.name);
}

int McpServers::addRow(const McpServerConfig &config)
{
    if (const int row = rowOf(config.name); row >= 0) {
        m_servers[row].config = config;
        return row;
    }
    const int row = int(m_servers.size());
    beginInsertRows({}, row, row);
    m_servers.push_back({config, {}, nullptr, false, {}, 0, 0, 0});
    endInsertRows();
    Q_EMIT countChanged();
    return row;
}

void McpServers::start(const McpServerConfig &config, const QProcessEnvironment &environment)
{
    const int row = addRow(config);
    Server &server = m_servers[row];
    ++server.generation;
    server.resolving = false;
    server.environment = environment;
    launch(row);
}

void McpServers::startFrom(McpServerSettings *settings, const QStringList &names)
{
    if (!settings)
        return;
    for (const McpServerConfig &config : settings->servers()) {
        if (!names.isEmpty() && !names.contains(config.name, Qt::CaseInsensitive))
            continue;
        const int row = addRow(config);
        Server &server = m_servers[row];
        const quint64 generation = ++server.generation;
        if (!config.enabled) {
            server.resolving = false;
            launch(row); // stops a running one; listed as disabled
            continue;
        }
        server.resolving = true;
        changedRow(row);
        settings->resolveEnvironment(config,
                                     [this, guard = QPointer<McpServers>(this), name = config.name,
                                      generation](const McpEnvironment &resolved) {
                                         if (!guard)
                                             return;
                                         const int row = rowOf(name);
                                         if (row < 0 || m_servers.at(row).generation != generation)
                                             return; // stopped, removed or started again meanwhile
                                         Server &server = m_servers[row];
                                         server.resolving = false;
                                         if (!resolved.isComplete()) {
                                             stopRow(row);
                                             m_servers[row].error = resolved.error;
                                             changedRow(row);
                                             checkSettled();
                                             return;
                                         }
                                         server.environment = resolved.environment;
                                         launch(row);
                                     });
    }
    checkSettled();
}

void McpServers::launch(int row)
{
    m_wasSettled = false; // so that settled() follows even when this fails at once
    stopRow(row);
    Server &server = m_servers[row];
    if (!server.config.enabled) {
        changedRow(row);
        checkSettled();
        return;
    }
    auto *client = new McpClient(this);
    client->setRequestTimeoutMs(server.config.requestTimeoutMs);
    connect(client, &McpClient::toolsChanged, this, [this, client] { syncTools(client); });
    connect(client, &McpClient::failed, this,
            [this, client](const QString &message) { onFailed(client, message); });
    server.client = client;
    client->start(server.config.command, server.config.args, server.environment);
    changedRow(row);
    checkSettled();
}

void McpServers::stopRow(int row)
{
    Server &server = m_servers[row];
    const bool lostTools = dropTools(row);
    server.error.clear();
    if (McpClient *client = std::exchange(server.client, nullptr)) {
        client->disconnect(this);
        client->stop();
        client->deleteLater(); // this may run inside one of its signals
    }
    if (lostTools)
        Q_EMIT toolsChanged();
}

void McpServers::stop(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    ++m_servers[row].generation;
    m_servers[row].resolving = false;
    stopRow(row);
    changedRow(row);
    checkSettled();
}

void McpServers::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    stopRow(row);
    beginRemoveRows({}, row, row);
    m_servers.erase(m_servers.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    checkSettled();
}

void McpServers::stopAll()
{
    for (const QString &name : names())
        stop(name);
}

bool McpServers::dropTools(int row)
{
    Server &server = m_servers[row];
    const bool had = server.toolCount > 0;
    if (m_registry)
        m_registry->removeSource(McpTool::sourceName(server.config.name));
    server.toolCount = 0;
    server.droppedTools = 0;
    return had && m_registry;
}

void McpServers::syncTools(McpClient *client)
{
    const int row = rowOfClient(client);
    if (row < 0)
        return;
    Server &server = m_servers[row];
    server.error.clear(); // ready (again)
    if (m_registry) {
        // Again from the start: the list may have changed in any way.
        m_registry->removeSource(McpTool::sourceName(server.config.name));
        server.toolCount = 0;
        server.droppedTools = 0;
        for (const McpClient::ServerTool &tool : client->tools()) {
            if (m_registry->add(std::make_unique<McpTool>(client, server.config.name, tool))
                    .isEmpty())
                ++server.droppedTools;
            else
                ++server.toolCount;
        }
    } else {
        server.toolCount = int(client->tools().size());
    }
    changedRow(row);
    if (m_registry)
        Q_EMIT toolsChanged();
    checkSettled();
}

void McpServers::onFailed(McpClient *client, const QString &message)
{
    const int row = rowOfClient(client);
    if (row < 0)
        return;
    const bool lostTools = dropTools(row);
    m_servers[row].error = message;
    changedRow(row);
    if (lostTools)
        Q_EMIT toolsChanged();
    checkSettled();
}
