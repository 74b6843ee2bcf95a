#pragma once

#include "chat/chatsession.h"
#include "client/endpoint.h"
#include "conversationlist.h"
#include "providersettings.h"

#include <memory>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class DemoServer;
class ProviderRegistry;
class QSettings;
class SecretStore;
class QJSEngine;
class QQmlEngine;

// What the window works on: the endpoint in use, its models, the conversations of this
// run and the one on screen. main() configures the one instance before QML starts.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ConversationList *conversations READ conversations CONSTANT)
    Q_PROPERTY(ChatSession *current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY endpointChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY endpointChanged)
    Q_PROPERTY(QString endpointName READ endpointName NOTIFY endpointChanged)
    Q_PROPERTY(QStringList models READ models NOTIFY modelsChanged)
    Q_PROPERTY(QString modelsError READ modelsError NOTIFY modelsChanged)
    Q_PROPERTY(ProviderSettings *providers READ providers CONSTANT)
    Q_PROPERTY(QString currentProviderId READ currentProviderId NOTIFY endpointChanged)
    // Nothing to talk to yet and no provider set up: the first-run screen shows.
    Q_PROPERTY(bool needsSetup READ needsSetup NOTIFY endpointChanged)
    // Why the provider in use may not answer (no key stored, keychain unavailable…).
    Q_PROPERTY(QString providerProblem READ providerProblem NOTIFY endpointChanged)

public:
    // No default argument on purpose: Qt 6.4 prefers a default constructor over create().
    explicit Workspace(QObject *parent);
    ~Workspace() override;

    // QML's instance: the one main() or a test made, else a fresh one without an endpoint.
    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Workspace *workspace);

    void configure(const Endpoint &endpoint, const QString &defaultModel, bool demo = false);

    ConversationList *conversations() const { return m_conversations; }
    ChatSession *current() const { return m_current; }
    ChatClient *client() const { return m_client; }
    bool isReady() const { return m_client != nullptr; }
    bool isDemo() const { return m_demo; }
    QString endpointName() const;
    QStringList models() const { return m_models; }
    QString modelsError() const { return m_modelsError; }
    ProviderSettings *providers() const { return m_providerSettings; }
    ProviderRegistry *registry() const { return m_registry; }
    SecretStore *secrets() const { return m_secrets; }
    QString currentProviderId() const { return m_currentProviderId; }
    bool needsSetup() const;
    QString providerProblem() const { return m_providerProblem; }

    // Uses the provider with this id: its address and headers, its key from the keychain
    // (read asynchronously), its models. Remembered for the next start.
    Q_INVOKABLE void useProvider(const QString &id);
    // The provider used last time, else the first one; nothing when there is none.
    void restoreLastProvider();
    // Starts the built-in offline demo server and talks to it.
    Q_INVOKABLE bool startDemo();

    Q_INVOKABLE ChatSession *newConversation();
    Q_INVOKABLE void select(ChatSession *session);
    Q_INVOKABLE void refreshModels();

Q_SIGNALS:
    void currentChanged();
    void endpointChanged();
    void modelsChanged();

private:
    void applyProviderModels();
    void noteModelUsed(ChatSession *session);

    std::unique_ptr<QSettings> m_settings;
    ProviderRegistry *m_registry;
    SecretStore *m_secrets;
    ProviderSettings *m_providerSettings;
    DemoServer *m_demoServer = nullptr;
    QString m_currentProviderId;
    QString m_providerProblem;
    ConversationList *m_conversations;
    QPointer<ChatSession> m_current;
    ChatClient *m_client = nullptr;
    QString m_defaultModel;
    bool m_demo = false;
    QStringList m_models;
    QString m_modelsError;
};
