#pragma once

#include <QJsonObject>
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
    // The output format: "text" (nothing sent), "json_object" or "json_schema".
    Q_PROPERTY(QString outputFormat READ outputFormat NOTIFY valuesChanged)
    // json_schema: the schema sent, indented, and its name; else "".
    Q_PROPERTY(QString outputSchema READ outputSchema NOTIFY valuesChanged)
    Q_PROPERTY(QString outputSchemaName READ outputSchemaName NOTIFY valuesChanged)
    // The response_format sent, {} for none: what the transcript checks answers against.
    // (A map, not a QJsonObject: Qt 6.4's qmllint does not know that type.)
    Q_PROPERTY(QVariantMap responseFormat READ responseFormatMap NOTIFY valuesChanged)

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
    // Chooses the output format; for "json_schema", `schemaText` is the JSON Schema pasted
    // (its title names it). Returns a message for people when it is not valid, and then
    // changes nothing: an invalid schema is never sent.
    Q_INVOKABLE QString setOutputFormat(const QString &format, const QString &schemaText = {});
    QString outputFormat() const;
    QString outputSchema() const;
    QString outputSchemaName() const;
    QJsonObject responseFormat() const;
    QVariantMap responseFormatMap() const { return responseFormat().toVariantMap(); }
    int setCount() const; // how many parameters are set, for the panel's button
    QVariantMap values() const;

    static QString textOf(const ModelParameters &parameters, const QString &key);
    static void clear(ModelParameters &parameters, const QString &key);

Q_SIGNALS:
    void sessionChanged();
    void valuesChanged();

private:
    QPointer<ChatSession> m_session;
    QMetaObject::Connection m_parametersChanged;
};
