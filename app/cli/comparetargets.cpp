#include "comparetargets.h"

#include "providers/providerregistry.h"
#include "providers/secretstore.h"

#include <QCoreApplication>

#include <optional>

namespace CompareTargets {

namespace {

// The provider's departures from plain OpenAI, as the app applies them.
void applyQuirks(const Provider &provider, ClientOptions &client)
{
    client.maxCompletionTokensOnly = provider.quirks.maxCompletionTokens;
    client.streamUsage = !provider.quirks.rejectsStreamUsage;
}

// The same model twice is a fair comparison (how much do answers vary?); the labels differ.
void numberRepeatedLabels(QList<CompareTarget> &targets)
{
    QStringList labels;
    for (const CompareTarget &target : std::as_const(targets))
        labels << target.label;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (labels.count(labels.at(i)) > 1)
            targets[i].label
                += QStringLiteral(" (%1)").arg(labels.first(i + 1).count(labels.at(i)));
    }
}

} // namespace

ProviderResolver::Outcome resolve(const CliOptions &options, const ProviderRegistry &registry,
                                  SecretStore &secrets, QList<CompareTarget> *targets)
{
    targets->clear();
    std::optional<CliOptions> defaultEndpoint; // resolved once, when a column needs it
    for (const QString &spec : options.models) {
        const qsizetype slash = spec.indexOf(QLatin1Char('/'));
        const std::optional<Provider> provider
            = slash > 0 ? registry.find(spec.left(slash).trimmed()) : std::nullopt;
        CompareTarget target;
        if (provider) {
            target.model = spec.mid(slash + 1).trimmed();
            if (target.model.isEmpty())
                return {2,
                        QCoreApplication::translate("CompareTargets",
                                                    "\"%1\" names no model after the provider.")
                            .arg(spec)};
            CliOptions column = options;
            column.provider = provider->id;
            column.model = target.model;
            column.apiKeyGiven = false; // the keychain's key for this provider, never another's
            column.endpoint.apiKey.clear();
            const ProviderResolver::Outcome outcome
                = ProviderResolver::apply(column, registry, secrets);
            if (outcome.exitCode != 0)
                return outcome;
            target.providerId = provider->id;
            target.providerName = provider->name;
            target.endpoint = column.endpoint;
            target.client = column.client;
            applyQuirks(*provider, target.client);
        } else {
            target.model = spec.trimmed();
            if (!defaultEndpoint) {
                CliOptions resolved = options;
                resolved.model = target.model;
                const ProviderResolver::Outcome outcome
                    = ProviderResolver::apply(resolved, registry, secrets);
                if (outcome.exitCode != 0)
                    return outcome;
                defaultEndpoint = resolved;
            }
            target.endpoint = defaultEndpoint->endpoint;
            target.client = defaultEndpoint->client;
            if (const std::optional<Provider> chosen
                = options.provider.isEmpty() ? std::nullopt : registry.find(options.provider)) {
                target.providerId = chosen->id;
                target.providerName = chosen->name;
                applyQuirks(*chosen, target.client);
            }
        }
        target.label = target.providerName.isEmpty()
            ? target.model
            : target.providerName + QLatin1Char('/') + target.model;
        targets->append(target);
    }
    numberRepeatedLabels(*targets);
    return {};
}

} // namespace CompareTargets
