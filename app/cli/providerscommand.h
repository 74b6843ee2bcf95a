#pragma once

#include <QString>

class ProviderRegistry;
class SecretStore;

// `confab-cli providers`: the providers set up in Confab, with whether a key is stored.
// `keys set NAME` / `keys delete NAME`: the key of one provider in the keychain; set
// reads it from stdin (without echo on a terminal), never from the command line.
namespace ProvidersCommand {

// Each returns the exit code; output goes to stdout, problems to stderr.
int list(const ProviderRegistry &registry, SecretStore &secrets, bool json);
int setKey(const ProviderRegistry &registry, SecretStore &secrets, const QString &name);
int deleteKey(const ProviderRegistry &registry, SecretStore &secrets, const QString &name);

// The key as typed or piped: the first line, without surrounding spaces.
QString keyFromInput(const QByteArray &input);

} // namespace ProvidersCommand
