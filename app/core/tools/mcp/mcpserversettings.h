#pragma once

#include "mcpserverconfig.h"
#include "providers/secretstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QSettings;

// What an import did with each server of the file, for people.
struct McpImportReport
{
    enum class Outcome {
        Imported,
        Renamed, // imported under another name (a clash, or characters a name cannot have)
        AlreadyExists, // a server of that name is configured: left as it is, nothing imported
        Invalid, // the entry is wrong (no command, a wrong type…): see message
        Unsupported, // a remote (url, http, sse) server: not supported yet
    };
    struct Entry
    {
        QString name; // as in the file
        QString importedAs; // empty when nothing was imported
        Outcome outcome = Outcome::Imported;
        QString message; // what went wrong, or what a person should know about it
    };

    QString error; // the file as a whole cannot be read; then there are no entries
    QList<Entry> entries; // in the file's order (alphabetical: JSON objects have no order)

    int importedCount() const;
    // One line per entry, for a dialog or a terminal.
    QString summary() const;
};

// The secret variables of a server, read from the keychain and joined to its environment.
struct McpEnvironment
{
    QProcessEnvironment environment;
    QStringList missing; // secret variables without a value in the keychain
    QString error; // for people: why the server cannot be started; empty when it can

    bool isComplete() const { return error.isEmpty(); }
};

// The person's MCP servers, kept in the settings (array "mcpServers" of {json}; never a
// secret value). Secret environment values go to the keychain through SecretStore under
// "mcp/<server>/<VARIABLE>". Also imports the `mcpServers` JSON other clients use.
class McpServerSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the MCP server settings.")

public:
    // What an import does with a server whose name is already configured.
    enum class OnClash {
        Skip, // report it and leave the configured one as it is (the default)
        Rename, // import it as "<name>-2" (or -3, …)
    };

    static constexpr QLatin1StringView settingsGroup {"mcpServers"};

    McpServerSettings(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QList<McpServerConfig> servers() const { return m_servers; }
    std::optional<McpServerConfig> find(const QString &name) const; // ignoring case
    Q_INVOKABLE QStringList names() const;

    // Each returns a message for people when nothing was saved, else an empty string.
    QString add(const McpServerConfig &config); // its name must be valid and free
    QString update(const McpServerConfig &config); // by name (ignoring case)
    Q_INVOKABLE QString setEnabled(const QString &name, bool enabled);
    // Drops the server and deletes its secrets from the keychain.
    Q_INVOKABLE bool remove(const QString &name);

    // Stores a secret variable's value in the keychain and lists the variable in the
    // server's secretEnv (dropping a plain value of that name). When the keychain is
    // unavailable the value is kept in memory for this run only. `done` is always called,
    // later: ok when the server can use the value, and a message for people either way.
    using StoreDone = std::function<void(bool ok, const QString &message)>;
    void storeSecret(const QString &server, const QString &variable, const QString &value,
                     StoreDone done);

    // The server's environment with its secrets from the keychain.
    using EnvironmentDone = std::function<void(const McpEnvironment &)>;
    void resolveEnvironment(const McpServerConfig &config, EnvironmentDone done);
    McpEnvironment resolveEnvironmentNow(const McpServerConfig &config); // for confab-cli

    // Imports a file of the `mcpServers` format ({"mcpServers": {…}}, VS Code's
    // {"servers": {…}}, or the servers object alone). Every env value goes to the keychain,
    // whatever its name: credentials hide in names no rule foresees (DATABASE_URL with a
    // password in it), and env in these files is mostly credentials. A name already
    // configured is handled as `onClash` says. The servers are saved at once; `done` gets
    // the report later, when every secret was written.
    using ImportDone = std::function<void(const McpImportReport &)>;
    void importJson(const QByteArray &json, OnClash onClash, ImportDone done);
    McpImportReport importJsonNow(const QByteArray &json, OnClash onClash = OnClash::Skip);

    // For the settings page: imports a file (a file: URL or a path); importFinished says
    // how it went.
    Q_INVOKABLE void importFile(const QUrl &file, bool renameClashes = false);

    static QString secretKey(const QString &server, const QString &variable);

Q_SIGNALS:
    void changed();
    void importFinished(int imported, const QString &summary); // summary: a line per server

private:
    void load();
    void save();
    qsizetype indexOf(const QString &name) const;
    QString freeName(const QString &wanted) const;

    QPointer<QSettings> m_settings;
    QPointer<SecretStore> m_secrets;
    QList<McpServerConfig> m_servers;
};
