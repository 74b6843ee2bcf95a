#pragma once

#include "chat/chatsession.h"
#include "protocol/modelcapabilities.h"
#include "providers/providerregistry.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// What is known of the model the conversation on screen uses, with its provider: the
// composer warns before an image goes to a model marked text-only, and says when tools are
// not offered. Follows the model, the provider and what the registry learns.
class SessionCapabilities : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns it.")
    Q_PROPERTY(QString model READ model NOTIFY changed)
    // "yes", "no" or "unknown".
    Q_PROPERTY(QString vision READ vision NOTIFY changed)
    Q_PROPERTY(QString tools READ tools NOTIFY changed)
    Q_PROPERTY(QString reasoning READ reasoning NOTIFY changed)
    // There is a provider to keep a choice for (not the demo).
    Q_PROPERTY(bool editable READ isEditable NOTIFY changed)

public:
    explicit SessionCapabilities(ProviderRegistry *registry, QObject *parent = nullptr);

    // The session on screen and its provider's id (empty: none).
    void follow(ChatSession *session, const QString &providerId);

    QString model() const { return m_model; }
    QString vision() const;
    QString tools() const;
    QString reasoning() const;
    bool isEditable() const { return m_registry && !m_providerId.isEmpty() && !m_model.isEmpty(); }

    // The person's choice for the model on screen: capability "vision", "tools" or
    // "reasoning"; support "yes", "no" or "unknown" (forget). False when it cannot be kept.
    Q_INVOKABLE bool set(const QString &capability, const QString &support);

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QPointer<ProviderRegistry> m_registry;
    QPointer<ChatSession> m_session;
    QMetaObject::Connection m_modelConnection;
    QString m_providerId;
    QString m_model;
    ModelCapabilities m_known;
};
