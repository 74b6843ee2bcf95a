#pragma once

#include "client/networkoptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ChatClient;
class ProviderRegistry;
class SecretStore;

// A ChatClient for each provider a comparison uses besides the one in use: its address,
// headers and quirks from the registry, its key read from the keychain (the client is
// ready at once; the key joins it as soon as the keychain answers). Clients are kept for
// the run and follow the network settings.
class ProviderClients : public QObject
{
    Q_OBJECT

public:
    ProviderClients(ProviderRegistry *registry, SecretStore *secrets, QObject *parent = nullptr);

    // Null when there is no provider with that id.
    ChatClient *clientFor(const QString &providerId);
    QString providerIdOf(const ChatClient *client) const
    {
        return m_clients.key(const_cast<ChatClient *>(client));
    }
    void setNetworkOptions(const NetworkOptions &options);

private:
    QPointer<ProviderRegistry> m_registry;
    QPointer<SecretStore> m_secrets;
    QHash<QString, ChatClient *> m_clients;
    NetworkOptions m_network;
};
