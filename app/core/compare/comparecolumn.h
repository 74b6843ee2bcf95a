#pragma once

#include "answermetrics.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class ChatSession;
class ModelPrices;

// One column of a comparison: its own conversation (history, model, parameters) talking
// to its own provider. Nothing in it depends on the other columns.
class CompareColumn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A CompareSession makes its columns.")
    Q_PROPERTY(ChatSession *session READ session CONSTANT)
    Q_PROPERTY(QString providerId READ providerId CONSTANT)
    Q_PROPERTY(QString providerName READ providerName CONSTANT)
    // "A", "B", … : what the column is called while the comparison is blind.
    Q_PROPERTY(QString letter READ letter NOTIFY letterChanged)
    // How its newest answer did (so far, while it streams).
    Q_PROPERTY(AnswerMetrics metrics READ metrics NOTIFY metricsChanged)

public:
    // The session becomes the column's child; the client is not owned.
    CompareColumn(ChatSession *session, ChatClient *client, const QString &providerId,
                  const QString &providerName, QObject *parent = nullptr);

    ChatSession *session() const { return m_session; }
    ChatClient *client() const { return m_client; }
    QString providerId() const { return m_providerId; }
    QString providerName() const { return m_providerName; }
    QString letter() const { return m_letter; }
    void setLetter(const QString &letter);
    AnswerMetrics metrics() const;
    // Where the cost comes from when the provider does not report it. Not owned.
    void setPrices(const ModelPrices *prices);

Q_SIGNALS:
    void letterChanged();
    void metricsChanged();

private:
    ChatSession *m_session;
    QPointer<ChatClient> m_client;
    QString m_providerId;
    QString m_providerName;
    QString m_letter;
    QPointer<const ModelPrices> m_prices;
};
