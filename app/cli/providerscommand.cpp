#include "providerscommand.h"

#include "providers/providerregistry.h"
#include "providers/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ProvidersCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProvidersCommand", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "confab-cli: %s\n", qPrintable(message));
}

QString keyState(SecretStore &secrets, const Provider &provider)
{
    const SecretResult stored = secrets.readNow(provider.id);
    switch (stored.status) {
    case SecretResult::Status::Ok:
        return QStringLiteral("stored");
    case SecretResult::Status::NotFound:
        return provider.keyRequired ? QStringLiteral("missing") : QStringLiteral("not needed");
    case SecretResult::Status::Unavailable:
        break;
    }
    return QStringLiteral("keychain unavailable");
}

// Reads standard input; on a terminal, without echoing what is typed.
QByteArray readSecretInput()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::fputs(qPrintable(tr("API key (not shown): ")), stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QFile input;
    QByteArray bytes;
    if (input.open(stdin, QIODevice::ReadOnly))
        bytes = terminal ? input.readLine() : input.readAll();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return bytes;
}

std::optional<Provider> findOrComplain(const ProviderRegistry &registry, const QString &name)
{
    const std::optional<Provider> provider = registry.find(name);
    if (!provider)
        printError(tr("There is no provider \"%1\". See: confab-cli providers").arg(name));
    return provider;
}

} // namespace

QString keyFromInput(const QByteArray &input)
{
    return QString::fromUtf8(input).section(u'\n', 0, 0).trimmed();
}

int list(const ProviderRegistry &registry, SecretStore &secrets, bool json)
{
    QJsonArray rows;
    QString table;
    for (const Provider &provider : registry.providers()) {
        const QString key = keyState(secrets, provider);
        rows.append(QJsonObject {{QStringLiteral("id"), provider.id},
                                 {QStringLiteral("name"), provider.name},
                                 {QStringLiteral("base_url"), provider.baseUrl.toString()},
                                 {QStringLiteral("default_model"), provider.defaultModel},
                                 {QStringLiteral("key"), key}});
        table += QStringLiteral("%1  %2  %3  key: %4\n")
                     .arg(provider.name, -20)
                     .arg(provider.baseUrl.toString(), -45)
                     .arg(provider.defaultModel.isEmpty() ? QStringLiteral("-")
                                                          : provider.defaultModel,
                          -22)
                     .arg(key);
    }
    if (json) {
        std::fputs(QJsonDocument(rows).toJson(QJsonDocument::Compact).append('\n').constData(),
                   stdout);
    } else if (registry.providers().isEmpty()) {
        std::fputs(qPrintable(tr("No providers yet. Add one in Confab's settings.\n")), stdout);
    } else {
        std::fputs(table.toUtf8().constData(), stdout);
    }
    return 0;
}

int setKey(const ProviderRegistry &registry, SecretStore &secrets, const QString &name)
{
    const std::optional<Provider> provider = findOrComplain(registry, name);
    if (!provider)
        return 2;
    const QString key = keyFromInput(readSecretInput());
    if (key.isEmpty()) {
        printError(tr("No key arrived on stdin; nothing was stored."));
        return 2;
    }
    const SecretResult written = secrets.writeNow(provider->id, key);
    if (written.status != SecretResult::Status::Ok) {
        printError(tr("The key was not stored: %1").arg(written.message));
        return 4;
    }
    std::fputs(qPrintable(tr("Stored the key for %1 in the keychain.\n").arg(provider->name)),
               stderr);
    return 0;
}

int deleteKey(const ProviderRegistry &registry, SecretStore &secrets, const QString &name)
{
    const std::optional<Provider> provider = findOrComplain(registry, name);
    if (!provider)
        return 2;
    const SecretResult removed = secrets.removeNow(provider->id);
    if (removed.status == SecretResult::Status::Unavailable) {
        printError(tr("The key was not removed: %1").arg(removed.message));
        return 4;
    }
    std::fputs(qPrintable(removed.status == SecretResult::Status::NotFound
                              ? tr("No key was stored for %1.\n").arg(provider->name)
                              : tr("Removed the key for %1.\n").arg(provider->name)),
               stderr);
    return 0;
}

} // namespace ProvidersCommand
