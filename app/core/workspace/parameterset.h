#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ChatSession;
struct ModelParameters;

// The request-parameters panel's view of one conversation's ModelParameters, as text a
// person edits: an empty field means "not set", so the provider's default applies and
// nothing is sent for it.
class ParameterSet : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ChatSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int setCount READ setCount NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged) // key -> field text

public:
    explicit ParameterSet(QObject *parent = nullptr);

    ChatSession *session() const { return m_session; }
    void setSession(ChatSession *session);

    // The keys the panel offers, in its order.
    Q_INVOKABLE static QStringList panelKeys();
    // The field's text: "" when not set; stop sequences one per line.
    Q_INVOKABLE QString value(const QString &key) const;
    // Sets (or, for empty text, clears) one field. Returns a message for people when the
    // text is not valid, and then changes nothing.
    Q_INVOKABLE QString setValue(const QString &key, const QString &text);
    Q_INVOKABLE void clearAll();
    int setCount() const; // how many parameters are set, for the panel's button
    QVariantMap values() const;

    static QString textOf(const ModelParameters &parameters, const QString &key);
    static void clear(ModelParameters &parameters, const QString &key);

Q_SIGNALS:
    void sessionChanged();
    void valuesChanged();

private:
    QPointer<ChatSession> m_session;
};
