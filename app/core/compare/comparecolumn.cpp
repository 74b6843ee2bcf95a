#include "comparecolumn.h"

#include "chat/chatsession.h"
#include "client/chatclient.h"

CompareColumn::CompareColumn(ChatSession *session, ChatClient *client, const QString &providerId,
                             const QString &providerName, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_providerId(providerId)
    , m_providerName(providerName)
{
    session->setParent(this);
    session->setClient(client);
    const ConversationModel *rows = session->conversation();
    connect(rows, &QAbstractItemModel::dataChanged, this, &CompareColumn::metricsChanged);
    connect(rows, &QAbstractItemModel::rowsInserted, this, &CompareColumn::metricsChanged);
    connect(rows, &QAbstractItemModel::modelReset, this, &CompareColumn::metricsChanged);
    connect(session, &ChatSession::busyChanged, this, &CompareColumn::metricsChanged);
}

AnswerMetrics CompareColumn::metrics() const
{
    const QList<Message> &messages = m_session->conversation()->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it)
        if (it->role == Message::Role::Assistant)
            return AnswerMetrics::compute(*it);
    return {};
}

void CompareColumn::setLetter(const QString &letter)
{
    if (m_letter == letter)
        return;
    m_letter = letter;
    Q_EMIT letterChanged();
}
