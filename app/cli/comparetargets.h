#pragma once

#include "client/endpoint.h"
#include "clioptions.h"
#include "providerresolver.h"

#include <QList>
#include <QString>

class ProviderRegistry;
class SecretStore;

// Where one column of `confab-cli compare` sends its request, and what it is called.
struct CompareTarget
{
    QString label; // "DeepSeek/deepseek-chat", or the bare model at the default endpoint
    QString providerId; // empty: the default endpoint without --provider
    QString providerName;
    QString model; // as asked for
    Endpoint endpoint; // with its key
    ClientOptions client;
};

// Turns each `-m` of compare into a target. "PROVIDER/MODEL" when the part before the first
// '/' is a provider set up in Confab (id or name, as --provider takes it); anything else,
// "openai/gpt-4o" at OpenRouter's --base-url included, is a model at the default endpoint
// (--provider, else --base-url, $CONFAB_BASE_URL or OpenAI). A provider's column gets the
// key from the keychain; --api-key-env keys only the default endpoint, so that no
// provider's key is ever sent to another.
namespace CompareTargets {

// Nothing is sent when a column cannot be set up (an unknown provider, a missing key):
// the outcome says why, with the exit code of `ask`.
ProviderResolver::Outcome resolve(const CliOptions &options, const ProviderRegistry &registry,
                                  SecretStore &secrets, QList<CompareTarget> *targets);

} // namespace CompareTargets
