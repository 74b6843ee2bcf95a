#include "providerclients.h"

#include "client/chatclient.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"

ProviderClients::ProviderClients(ProviderRegistry *registry, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_secrets(secrets)
{ }

ChatClient *ProviderClients::clientFor(const QString &providerId)
{
    if (ChatClient *client = m_clients.value(providerId))
        return client;
    const std::optional<Provider> provider
        = m_registry ? m_registry->find(providerId) : std::nullopt;
    if (!provider)
        return nullptr;
    auto *client = new ChatClient(this);
    client->setNetworkOptions(m_network);
    client->setEndpoint(provider->endpoint({}));
    ClientOptions options = client->options();
    options.maxCompletionTokensOnly = provider->quirks.maxCompletionTokens;
    options.streamUsage = !provider->quirks.rejectsStreamUsage;
    client->setOptions(options);
    m_clients.insert(providerId, client);
    if (m_secrets)
        m_secrets->read(
            providerId,
            [client = QPointer<ChatClient>(client), provider = *provider](const SecretResult &key) {
                if (client && key.status == SecretResult::Status::Ok)
                    client->setEndpoint(provider.endpoint(key.key));
            });
    return client;
}

void ProviderClients::setNetworkOptions(const NetworkOptions &options)
{
    m_network = options;
    for (ChatClient *client : std::as_const(m_clients))
        client->setNetworkOptions(options);
}
