#pragma once

#include "mcpclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

struct McpImportedServer;

// One MCP server as the person configured it: the program to start, its arguments and
// environment. Variables named in secretEnv have their values in the keychain, never here.
struct McpServerConfig
{
    static constexpr int maxNameLength = 32;

    QString name; // [A-Za-z0-9_-], unique ignoring case; tools come from "mcp_<name>"
    QString command; // a program on PATH or a path to one
    QStringList args;
    QMap<QString, QString> env; // plain values, kept in the settings
    QStringList secretEnv; // variables whose values are in the keychain
    bool enabled = true;
    int requestTimeoutMs = McpClient::defaultRequestTimeoutMs;

    // The command and its arguments as a shell would show them (quoted where needed).
    QString commandLine() const;
    // Every variable the server gets from Confab: the plain ones, then the secret ones.
    QStringList variableNames() const;

    // `base` (the system environment by default), then the plain values, then the secrets.
    QProcessEnvironment environment(const QHash<QString, QString> &secretValues,
                                    const QProcessEnvironment &base
                                    = QProcessEnvironment::systemEnvironment()) const;

    // The settings form: never a secret value (there is none in this struct).
    QJsonObject toJson() const;
    // Unknown fields are ignored; needs a valid name and a command.
    static std::optional<McpServerConfig> fromJson(const QJsonObject &json,
                                                   QString *error = nullptr);

    static bool isValidName(const QString &name);
    static bool isValidVariableName(const QString &name); // [A-Za-z_][A-Za-z0-9_]*
    // A valid name made from `wanted` (other characters become '-'), or empty when nothing
    // of it is usable.
    static QString sanitizedName(const QString &wanted);

    // One entry of the `mcpServers` JSON format other clients use (Claude Desktop, Cursor,
    // Cline, VS Code): {"command", "args", "env", "disabled"}. Every env value is meant for
    // the keychain: it comes back in secretValues and its name in config.secretEnv.
    static McpImportedServer fromMcpServersEntry(const QString &name, const QJsonValue &value);

    bool operator==(const McpServerConfig &) const = default;

    Q_DECLARE_TR_FUNCTIONS(McpServerConfig) // last: it leaves the rest private
};

// A server read from another client's `mcpServers` file, before it is saved.
struct McpImportedServer
{
    McpServerConfig config; // env empty: every variable is in secretEnv
    QHash<QString, QString> secretValues; // for the keychain
    QString error; // why this entry cannot be used; empty when it can
    bool remote = false; // a "url" or an http/sse "type": not supported yet
    QStringList ignoredKeys; // fields Confab does not take over (autoApprove, cwd, …)
};
