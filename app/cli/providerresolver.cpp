#include "providerresolver.h"

#include "providers/providerregistry.h"
#include "providers/secretstore.h"

#include <QCoreApplication>

namespace ProviderResolver {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProviderResolver", text);
}

QString knownNames(const ProviderRegistry &registry)
{
    QStringList names;
    for (const Provider &provider : registry.providers())
        names << provider.name;
    return names.isEmpty() ? tr("none yet; add one in Confab's settings")
                           : names.join(QStringLiteral(", "));
}

} // namespace

Outcome apply(CliOptions &options, const ProviderRegistry &registry, SecretStore &secrets)
{
    if (options.provider.isEmpty())
        return {};
    const std::optional<Provider> provider = registry.find(options.provider);
    if (!provider)
        return {2,
                tr("There is no provider \"%1\". Set up: %2.")
                    .arg(options.provider, knownNames(registry))};
    if (provider->baseUrl.isEmpty())
        return {2, tr("The provider \"%1\" has no base URL yet.").arg(provider->name)};

    QString key = options.endpoint.apiKey;
    if (!options.apiKeyGiven) {
        const SecretResult stored = secrets.readNow(provider->id);
        switch (stored.status) {
        case SecretResult::Status::Ok:
            key = stored.key;
            break;
        case SecretResult::Status::NotFound:
            if (provider->keyRequired)
                return {4,
                        tr("No API key is stored for %1. Store one with: confab-cli keys set "
                           "\"%1\" (it reads the key from stdin).")
                            .arg(provider->name)};
            break;
        case SecretResult::Status::Unavailable:
            return {4,
                    tr("The keychain cannot be reached (%1). Give the key for this run with "
                       "--api-key-env VARIABLE.")
                        .arg(stored.message)};
        }
    }
    const ClientOptions client = options.client;
    options.endpoint = provider->endpoint(key);
    options.client = client;
    if (options.model.isEmpty())
        options.model = provider->defaultModel;
    if (options.command == CliOptions::Command::Ask && options.model.isEmpty())
        return {2, tr("%1 has no default model: choose one with --model.").arg(provider->name)};
    return {};
}

} // namespace ProviderResolver
