#pragma once

#include "chat/chatsession.h"
#include "client/endpoint.h"
#include "conversationlist.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class ChatClient;
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

    Q_INVOKABLE ChatSession *newConversation();
    Q_INVOKABLE void select(ChatSession *session);
    Q_INVOKABLE void refreshModels();

Q_SIGNALS:
    void currentChanged();
    void endpointChanged();
    void modelsChanged();

private:
    ConversationList *m_conversations;
    QPointer<ChatSession> m_current;
    ChatClient *m_client = nullptr;
    QString m_defaultModel;
    bool m_demo = false;
    QStringList m_models;
    QString m_modelsError;
};
