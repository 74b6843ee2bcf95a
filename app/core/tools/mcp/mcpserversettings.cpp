#include "mcpserversettings.h"

#include "providers/jsonsettingsarray.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSettings>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcMcpSettings, "confab.tools.mcp.settings")

// Fields of other clients that would change what Confab asks the person: never taken over.
bool isApprovalKey(const QString &key)
{
    return key == u"autoApprove" || key == u"alwaysAllow";
}

// Runs `start` and spins a local event loop until it calls back.
template<typename Result, typename Start>
Result waitFor(Start start)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

int McpImportReport::importedCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const Entry &entry) {
        return entry.outcome == Outcome::Imported || entry.outcome == Outcome::Renamed;
    }));
}

QString McpImportReport::summary() const
{
    if (!error.isEmpty())
        return error;
    QStringList lines;
    for (const Entry &entry : entries) {
        QString line;
        switch (entry.outcome) {
        case Outcome::Imported:
            line = McpServerSettings::tr("%1: imported.").arg(entry.name);
            break;
        case Outcome::Renamed:
            line = McpServerSettings::tr("%1: imported as %2.").arg(entry.name, entry.importedAs);
            break;
        case Outcome::AlreadyExists:
        case Outcome::Invalid:
        case Outcome::Unsupported:
            line = McpServerSettings::tr("%1: not imported.").arg(entry.name);
            break;
        }
        if (!entry.message.isEmpty())
            line += u' ' + entry.message;
        lines.append(line);
    }
    return lines.join(u'\n');
}

McpServerSettings::McpServerSettings(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    load();
}

QString McpServerSettings::secretKey(const QString &server, const QString &variable)
{
    return u"mcp/%1/%2"_s.arg(server, variable);
}

std::optional<McpServerConfig> McpServerSettings::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_servers.at(index);
}

QStringList McpServerSettings::names() const
{
    QStringList names;
    for (const McpServerConfig &server : m_servers)
        names.append(server.name);
    return names;
}

qsizetype McpServerSettings::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_servers.size(); ++i)
        if (m_servers.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString McpServerSettings::freeName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; indexOf(name) >= 0; ++n) {
        const QString suffix = u"-%1"_s.arg(n);
        name = wanted.left(McpServerConfig::maxNameLength - suffix.size()) + suffix;
    }
    return name;
}

namespace {

QString problemWith(const McpServerConfig &config)
{
    if (!McpServerConfig::isValidName(config.name))
        return McpServerSettings::tr("A server's name may have letters, digits, \"-\" and \"_\", "
                                     "at most %1 of them.")
            .arg(McpServerConfig::maxNameLength);
    if (config.command.trimmed().isEmpty())
        return McpServerSettings::tr("Enter the command that starts the server.");
    for (const QString &variable : config.variableNames())
        if (!McpServerConfig::isValidVariableName(variable))
            return McpServerSettings::tr("\"%1\" cannot be the name of an environment variable.")
                .arg(variable);
    if (config.requestTimeoutMs <= 0)
        return McpServerSettings::tr("The time limit for an answer must be more than zero.");
    return {};
}

} // namespace

QString McpServerSettings::add(const McpServerConfig &config)
{
    if (const QString problem = problemWith(config); !problem.isEmpty())
        return problem;
    if (indexOf(config.name) >= 0)
        return tr("Another server is already called \"%1\".").arg(config.name);
    m_servers.append(config);
    save();
    return {};
}

QString McpServerSettings::update(const McpServerConfig &config)
{
    const qsizetype index = indexOf(config.name);
    if (index < 0)
        return tr("There is no server called \"%1\".").arg(config.name);
    if (const QString problem = problemWith(config); !problem.isEmpty())
        return problem;
    const McpServerConfig before = m_servers.at(index);
    // The name keeps its first spelling: the keychain entries are filed under it.
    McpServerConfig updated = config;
    updated.name = before.name;
    if (updated == before)
        return {};
    m_servers[index] = updated;
    save();
    // A variable that is no longer secret leaves the keychain.
    for (const QString &variable : before.secretEnv)
        if (!updated.secretEnv.contains(variable) && m_secrets)
            m_secrets->remove(secretKey(before.name, variable), {});
    return {};
}

QString McpServerSettings::setEnabled(const QString &name, bool enabled)
{
    std::optional<McpServerConfig> config = find(name);
    if (!config)
        return tr("There is no server called \"%1\".").arg(name);
    config->enabled = enabled;
    return update(*config);
}

bool McpServerSettings::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return false;
    const McpServerConfig removed = m_servers.takeAt(index);
    save();
    if (m_secrets)
        for (const QString &variable : removed.secretEnv)
            m_secrets->remove(secretKey(removed.name, variable), {});
    return true;
}

void McpServerSettings::storeSecret(const QString &server, const QString &variable,
                                    const QString &value, StoreDone done)
{
    const auto later = [this, done](bool ok, const QString &message) {
        QMetaObject::invokeMethod(
            this, [done, ok, message] { done(ok, message); }, Qt::QueuedConnection);
    };
    const std::optional<McpServerConfig> config = find(server);
    if (!config)
        return later(false, tr("There is no server called \"%1\".").arg(server));
    if (!McpServerConfig::isValidVariableName(variable))
        return later(false,
                     tr("\"%1\" cannot be the name of an environment variable.").arg(variable));
    if (!m_secrets)
        return later(false, tr("The keychain is not available."));
    const QString name = config->name;
    const QString key = secretKey(name, variable);
    m_secrets->write(key, value,
                     [this, guard = QPointer<McpServerSettings>(this), name, variable, value, key,
                      done](const SecretResult &result) {
                         if (!guard)
                             return;
                         QString message = tr("%1 is stored in the system keychain.").arg(variable);
                         if (result.status != SecretResult::Status::Ok) {
                             if (!m_secrets)
                                 return done(false, tr("The keychain is not available."));
                             m_secrets->keepForThisRun(key, value);
                             message = tr("The system keychain could not be used, so %1 is kept "
                                          "in memory until Confab quits; it is not saved. The "
                                          "keychain said: %2")
                                           .arg(variable, result.message);
                         }
                         const qsizetype index = indexOf(name);
                         if (index < 0)
                             return done(false, tr("The server was removed meanwhile."));
                         McpServerConfig &config = m_servers[index];
                         config.env.remove(variable);
                         if (!config.secretEnv.contains(variable))
                             config.secretEnv.append(variable);
                         save();
                         done(true, message);
                     });
}

void McpServerSettings::resolveEnvironment(const McpServerConfig &config, EnvironmentDone done)
{
    struct Resolution
    {
        QHash<QString, QString> values;
        QStringList missing;
        QString keychainProblem;
        qsizetype pending = 0;
    };
    auto state = std::make_shared<Resolution>();
    const auto finish = [config, state, done] {
        McpEnvironment result;
        result.environment = config.environment(state->values);
        result.missing = state->missing;
        if (!state->keychainProblem.isEmpty())
            result.error = tr("The secrets of %1 could not be read from the system keychain: %2")
                               .arg(config.name, state->keychainProblem);
        else if (!state->missing.isEmpty())
            result.error = tr("%1 cannot start: the system keychain has no value for %2. Enter "
                              "it in the server's settings.")
                               .arg(config.name, state->missing.join(u", "_s));
        done(result);
    };
    state->pending = config.secretEnv.size();
    if (state->pending == 0 || !m_secrets) {
        if (m_secrets == nullptr && state->pending > 0)
            state->keychainProblem = tr("the keychain is not available.");
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    for (const QString &variable : config.secretEnv) {
        m_secrets->read(secretKey(config.name, variable),
                        [state, variable, finish](const SecretResult &result) {
                            if (result.status == SecretResult::Status::Ok)
                                state->values.insert(variable, result.key);
                            else if (result.status == SecretResult::Status::NotFound)
                                state->missing.append(variable);
                            else
                                state->keychainProblem = result.message;
                            if (--state->pending == 0)
                                finish();
                        });
    }
}

McpEnvironment McpServerSettings::resolveEnvironmentNow(const McpServerConfig &config)
{
    return waitFor<McpEnvironment>(
        [&](const EnvironmentDone &done) { resolveEnvironment(config, done); });
}

McpImportReport McpServerSettings::importJsonNow(const QByteArray &json, OnClash onClash)
{
    return waitFor<McpImportReport>(
        [&](const ImportDone &done) { importJson(json, onClash, done); });
}

void McpServerSettings::importJson(const QByteArray &json, OnClash onClash, ImportDone done)
{
    auto report = std::make_shared<McpImportReport>();
    const auto deliver = [this, report, done] {
        QMetaObject::invokeMethod(
            this, [report, done] { done(*report); }, Qt::QueuedConnection);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report->error = tr("This is not valid JSON: %1 (at character %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return deliver();
    }
    if (!document.isObject()) {
        report->error = tr("The file should hold a JSON object with \"mcpServers\".");
        return deliver();
    }
    const QJsonObject root = document.object();
    QJsonObject servers = root;
    const auto looksLikeServer = [](const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        return object.contains(u"command"_s) || object.contains(u"url"_s);
    };
    if (root.contains(u"mcpServers"_s)) {
        if (!root.value(u"mcpServers"_s).isObject()) {
            report->error = tr("\"mcpServers\" should be an object of servers by name.");
            return deliver();
        }
        servers = root.value(u"mcpServers"_s).toObject();
    } else if (root.value(u"servers"_s).isObject() && !looksLikeServer(root.value(u"servers"_s))) {
        servers = root.value(u"servers"_s).toObject(); // VS Code's mcp.json
    }
    if (servers.isEmpty()) {
        report->error = tr("The file lists no servers.");
        return deliver();
    }

    // Written after the settings, so a server never waits for a keychain prompt to be listed.
    struct Secret
    {
        qsizetype entry;
        QString key;
        QString value;
    };
    QList<Secret> secrets;
    QStringList takenInFile;
    bool added = false;
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        McpImportReport::Entry entry;
        entry.name = it.key();
        McpImportedServer imported = McpServerConfig::fromMcpServersEntry(it.key(), it.value());
        if (imported.remote) {
            entry.outcome = McpImportReport::Outcome::Unsupported;
            entry.message = imported.error;
        } else if (!imported.error.isEmpty()) {
            entry.outcome = McpImportReport::Outcome::Invalid;
            entry.message = imported.error;
        } else {
            QString name = imported.config.name;
            QStringList notes;
            const bool clash = indexOf(name) >= 0;
            if (clash && onClash == OnClash::Skip) {
                entry.outcome = McpImportReport::Outcome::AlreadyExists;
                entry.message = takenInFile.contains(name, Qt::CaseInsensitive)
                    ? tr("Another server of this file already took the name %1.").arg(name)
                    : tr("A server called %1 is already configured; it was left as it is.")
                          .arg(m_servers.at(indexOf(name)).name);
                report->entries.append(entry);
                continue;
            }
            if (clash) {
                name = freeName(name);
                notes.append(tr("The name %1 was taken.").arg(imported.config.name));
            } else if (name != it.key()) {
                notes.append(tr("A server's name may have only letters, digits, \"-\" and \"_\"."));
            }
            entry.outcome = name == it.key() ? McpImportReport::Outcome::Imported
                                             : McpImportReport::Outcome::Renamed;
            entry.importedAs = name;
            imported.config.name = name;
            if (!imported.config.enabled)
                notes.append(tr("It is disabled, as in the file."));
            QStringList approvals, ignored;
            for (const QString &key : std::as_const(imported.ignoredKeys))
                (isApprovalKey(key) ? approvals : ignored).append(key);
            if (!approvals.isEmpty())
                notes.append(tr("Its tool approvals (%1) were not taken over: Confab asks you "
                                "itself.")
                                 .arg(approvals.join(u", "_s)));
            if (!ignored.isEmpty())
                notes.append(tr("Not taken over: %1.").arg(ignored.join(u", "_s)));
            entry.message = notes.join(u' ');
            for (auto value = imported.secretValues.cbegin(); value != imported.secretValues.cend();
                 ++value)
                secrets.append({report->entries.size(), secretKey(name, value.key()), *value});
            m_servers.append(imported.config);
            takenInFile.append(name);
            added = true;
        }
        report->entries.append(entry);
    }
    if (added)
        save();

    if (secrets.isEmpty() || !m_secrets) {
        QSet<qsizetype> withSecrets;
        for (const Secret &secret : std::as_const(secrets))
            withSecrets.insert(secret.entry);
        for (const qsizetype entry : std::as_const(withSecrets))
            report->entries[entry].message += u' '
                + tr("Its environment values could not be stored: the keychain is not "
                     "available.");
        return deliver();
    }
    auto pending = std::make_shared<qsizetype>(secrets.size());
    auto warned = std::make_shared<QSet<qsizetype>>();
    for (const Secret &secret : std::as_const(secrets)) {
        m_secrets->write(
            secret.key, secret.value,
            [this, guard = QPointer<McpServerSettings>(this), secret, report, pending, warned,
             done](const SecretResult &result) {
                if (result.status != SecretResult::Status::Ok && guard && m_secrets) {
                    m_secrets->keepForThisRun(secret.key, secret.value);
                    if (!warned->contains(secret.entry)) {
                        warned->insert(secret.entry);
                        QString &message = report->entries[secret.entry].message;
                        message += (message.isEmpty() ? u""_s : u" "_s)
                            + tr("The system keychain could not be used, so its environment "
                                 "values are kept in memory until Confab quits; they are not "
                                 "saved. The keychain said: %1")
                                  .arg(result.message);
                    }
                }
                if (--*pending == 0)
                    done(*report); // SecretStore already calls back from the event loop
            });
    }
}

void McpServerSettings::importFile(const QUrl &file, bool renameClashes)
{
    QFile input(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!input.open(QIODevice::ReadOnly)) {
        const QString message
            = tr("%1 could not be read: %2")
                  .arg(QDir::toNativeSeparators(input.fileName()), input.errorString());
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT importFinished(0, message); }, Qt::QueuedConnection);
        return;
    }
    importJson(input.readAll(), renameClashes ? OnClash::Rename : OnClash::Skip,
               [this, guard = QPointer<McpServerSettings>(this)](const McpImportReport &report) {
                   if (guard)
                       Q_EMIT importFinished(report.importedCount(), report.summary());
               });
}

void McpServerSettings::load()
{
    m_servers.clear();
    if (!m_settings)
        return;
    const auto take = [this](const QJsonObject &json, QString *error) {
        const std::optional<McpServerConfig> config = McpServerConfig::fromJson(json, error);
        if (!config)
            return false;
        if (indexOf(config->name) >= 0) {
            qCWarning(lcMcpSettings) << "Skipping a second MCP server called" << config->name;
            return true; // valid, but the name is taken: warned here, not as an invalid entry
        }
        m_servers.append(*config);
        return true;
    };
    JsonSettingsArray::read(*m_settings, settingsGroup, lcMcpSettings, "MCP server", take);
}

void McpServerSettings::save()
{
    if (m_settings) {
        QList<QJsonObject> objects;
        for (const McpServerConfig &config : std::as_const(m_servers))
            objects.append(config.toJson());
        JsonSettingsArray::write(*m_settings, settingsGroup, objects);
    }
    Q_EMIT changed();
}
