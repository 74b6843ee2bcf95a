#include "mcpserverconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return McpServerConfig::tr("null");
    case QJsonValue::Bool:
        return McpServerConfig::tr("a boolean");
    case QJsonValue::Double:
        return McpServerConfig::tr("a number");
    case QJsonValue::String:
        return McpServerConfig::tr("a string");
    case QJsonValue::Array:
        return McpServerConfig::tr("an array");
    case QJsonValue::Object:
        return McpServerConfig::tr("an object");
    default:
        return McpServerConfig::tr("missing");
    }
}

bool isRemoteType(const QString &type)
{
    static const QStringList remote {
        u"http"_s, u"sse"_s, u"streamable-http"_s, u"streamableHttp"_s, u"streamable_http"_s,
        u"ws"_s};
    return remote.contains(type, Qt::CaseInsensitive);
}

} // namespace

QString McpServerConfig::commandLine() const
{
    QStringList words {shellQuoted(command)};
    for (const QString &arg : args)
        words.append(shellQuoted(arg));
    return words.join(u' ');
}

QStringList McpServerConfig::variableNames() const
{
    QStringList names = env.keys();
    for (const QString &name : secretEnv)
        if (!names.contains(name))
            names.append(name);
    return names;
}

QProcessEnvironment McpServerConfig::environment(const QHash<QString, QString> &secretValues,
                                                 const QProcessEnvironment &base) const
{
    QProcessEnvironment result = base;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        result.insert(it.key(), it.value());
    for (const QString &name : secretEnv)
        if (const auto it = secretValues.constFind(name); it != secretValues.cend())
            result.insert(name, *it);
    return result;
}

QJsonObject McpServerConfig::toJson() const
{
    QJsonObject variables;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        variables.insert(it.key(), it.value());
    QJsonObject json {{u"name"_s, name},
                      {u"command"_s, command},
                      {u"args"_s, QJsonArray::fromStringList(args)},
                      {u"env"_s, variables},
                      {u"secretEnv"_s, QJsonArray::fromStringList(secretEnv)},
                      {u"enabled"_s, enabled}};
    if (requestTimeoutMs != McpClient::defaultRequestTimeoutMs)
        json.insert(u"requestTimeoutMs"_s, requestTimeoutMs);
    return json;
}

std::optional<McpServerConfig> McpServerConfig::fromJson(const QJsonObject &json, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<McpServerConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    McpServerConfig config;
    config.name = json.value(u"name"_s).toString();
    if (!isValidName(config.name))
        return failWith(u"invalid server name \"%1\""_s.arg(config.name));
    config.command = json.value(u"command"_s).toString();
    if (config.command.trimmed().isEmpty())
        return failWith(u"server \"%1\" has no command"_s.arg(config.name));
    for (const QJsonValue &arg : json.value(u"args"_s).toArray())
        config.args.append(arg.toString());
    const QJsonObject variables = json.value(u"env"_s).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        if (isValidVariableName(it.key()))
            config.env.insert(it.key(), it.value().toString());
    for (const QJsonValue &variable : json.value(u"secretEnv"_s).toArray())
        if (isValidVariableName(variable.toString())
            && !config.secretEnv.contains(variable.toString()))
            config.secretEnv.append(variable.toString());
    config.enabled = json.value(u"enabled"_s).toBool(true);
    const int timeout = json.value(u"requestTimeoutMs"_s).toInt(0);
    if (timeout > 0)
        config.requestTimeoutMs = timeout;
    return config;
}

bool McpServerConfig::isValidName(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9_-]{1,%1}$"_s.arg(maxNameLength));
    return valid.match(name).hasMatch();
}

bool McpServerConfig::isValidVariableName(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return valid.match(name).hasMatch();
}

QString McpServerConfig::sanitizedName(const QString &wanted)
{
    static const QRegularExpression unusable(u"[^A-Za-z0-9_-]+"_s);
    QString name = wanted.trimmed().replace(unusable, u"-"_s);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    name.truncate(maxNameLength);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

McpImportedServer McpServerConfig::fromMcpServersEntry(const QString &name, const QJsonValue &value)
{
    McpImportedServer imported;
    McpServerConfig &config = imported.config;
    config.name = sanitizedName(name);
    if (!value.isObject()) {
        imported.error = tr("It should be an object with a \"command\", but it is %1.")
                             .arg(jsonTypeName(value));
        return imported;
    }
    const QJsonObject entry = value.toObject();

    const QJsonValue type = entry.value(u"type"_s);
    if (entry.contains(u"url"_s) || entry.contains(u"serverUrl"_s)
        || isRemoteType(type.toString())) {
        imported.remote = true;
        // Without what may hold a credential: user info, query and fragment.
        const QString where
            = QUrl(entry.value(u"url"_s).toString(entry.value(u"serverUrl"_s).toString()))
                  .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                  .toDisplayString();
        imported.error = where.isEmpty()
            ? tr("It is a remote server; Confab supports only servers it starts itself (stdio) "
                 "for now.")
            : tr("It is a remote server (%1); Confab supports only servers it starts itself "
                 "(stdio) for now.")
                  .arg(where);
        return imported;
    }
    if (!type.isUndefined() && type.toString() != u"stdio") {
        imported.error
            = tr("Its \"type\" is %1; Confab knows only \"stdio\".")
                  .arg(type.isString() ? u'"' + type.toString() + u'"' : jsonTypeName(type));
        return imported;
    }

    const QJsonValue command = entry.value(u"command"_s);
    if (command.isUndefined()) {
        imported.error = tr("It has no \"command\" to start.");
        return imported;
    }
    if (!command.isString() || command.toString().trimmed().isEmpty()) {
        imported.error = tr("Its \"command\" should be a program's name or path, but it is %1.")
                             .arg(command.isString() ? tr("empty") : jsonTypeName(command));
        return imported;
    }
    config.command = command.toString().trimmed();

    const QJsonValue args = entry.value(u"args"_s);
    if (!args.isUndefined() && !args.isNull()) {
        if (!args.isArray()) {
            imported.error = tr("Its \"args\" should be an array of strings, but it is %1.")
                                 .arg(jsonTypeName(args));
            return imported;
        }
        const QJsonArray list = args.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString()) {
                imported.error = tr("Its \"args\" should hold only strings, but item %1 is %2.")
                                     .arg(i + 1)
                                     .arg(jsonTypeName(list.at(i)));
                return imported;
            }
            config.args.append(list.at(i).toString());
        }
    }

    const QJsonValue env = entry.value(u"env"_s);
    if (!env.isUndefined() && !env.isNull()) {
        if (!env.isObject()) {
            imported.error = tr("Its \"env\" should be an object of strings, but it is %1.")
                                 .arg(jsonTypeName(env));
            return imported;
        }
        const QJsonObject variables = env.toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            if (!isValidVariableName(it.key())) {
                imported.error = tr("Its \"env\" has \"%1\", which cannot be the name of an "
                                    "environment variable.")
                                     .arg(it.key());
                return imported;
            }
            if (!it.value().isString()) {
                // The value is not repeated: it may be a secret.
                imported.error = tr("Its \"env\" value of %1 should be a string, but it is %2.")
                                     .arg(it.key(), jsonTypeName(it.value()));
                return imported;
            }
            config.secretEnv.append(it.key());
            imported.secretValues.insert(it.key(), it.value().toString());
        }
    }

    const QJsonValue disabled = entry.value(u"disabled"_s);
    if (!disabled.isUndefined() && !disabled.isNull()) {
        if (!disabled.isBool()) {
            imported.error = tr("Its \"disabled\" should be true or false, but it is %1.")
                                 .arg(jsonTypeName(disabled));
            return imported;
        }
        config.enabled = !disabled.toBool();
    }

    static const QStringList known {u"command"_s, u"args"_s, u"env"_s, u"disabled"_s, u"type"_s};
    for (auto it = entry.begin(); it != entry.end(); ++it)
        if (!known.contains(it.key()))
            imported.ignoredKeys.append(it.key());

    if (config.name.isEmpty())
        imported.error = tr("Its name has no letter or digit a server name can use.");
    return imported;
}
