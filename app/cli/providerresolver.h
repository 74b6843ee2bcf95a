#pragma once

#include "clioptions.h"

class ProviderRegistry;
class SecretStore;

// Turns `--provider NAME` into the endpoint to use: the provider's address and headers
// from Confab's settings, its default model when none was asked for, and its key from
// the keychain (unless --api-key-env gave one).
namespace ProviderResolver {

struct Outcome
{
    int exitCode = 0; // 0, or what confab-cli should exit with
    QString error; // for people, on stderr
};

Outcome apply(CliOptions &options, const ProviderRegistry &registry, SecretStore &secrets);

} // namespace ProviderResolver
