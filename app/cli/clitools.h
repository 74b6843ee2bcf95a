#pragma once

#include "clioptions.h"
#include "tools/toolregistry.h"

#include <QObject>

#include <memory>

class McpServers;
class McpServerSettings;
class QNetworkAccessManager;
class QSettings;
class SecretStore;

// The tools of `ask --tools`: the built-ins and the MCP servers asked for, in one registry,
// and the --approve policy that decides which calls run. Nobody is asked while the command
// runs (stdin may be the prompt, and scripts must behave the same with or without a
// terminal): the command line decides before anything starts.
class CliTools : public QObject
{
    Q_OBJECT

public:
    CliTools(const CliOptions &options, QSettings *settings, SecretStore *secrets,
             QObject *parent = nullptr);
    ~CliTools() override;

    // Sets up the sources; ready() or failed() follows from the event loop.
    void start();

    const ToolRegistry &registry() const { return m_registry; }
    bool allows(const Tool &tool) const;
    // Why --approve refuses `tool`, for people; empty when it does not.
    QString refusalReason(const Tool &tool) const;

Q_SIGNALS:
    void ready();
    // `exitCode` is 2 for what the command line got wrong (an unknown server, a missing
    // folder), 1 for a server that would not start.
    void failed(const QString &message, int exitCode);

private:
    QString addBuiltins();
    void startMcpServers(const QStringList &names);
    void checkMcpServers();
    void fail(const QString &message, int exitCode);

    CliOptions m_options;
    QSettings *m_settings;
    SecretStore *m_secrets;
    ToolRegistry m_registry;
    QNetworkAccessManager *m_network = nullptr;
    McpServerSettings *m_mcpSettings = nullptr;
    QStringList m_mcpNames; // as configured
    bool m_reported = false; // ready() or failed() was sent
    // After m_registry, so that it goes first: stopping a server takes its tools out.
    std::unique_ptr<McpServers> m_mcp;
};
