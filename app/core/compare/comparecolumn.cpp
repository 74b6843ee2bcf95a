#include "comparecolumn.h"

#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "modelprices.h"

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
        if (it->role == Message::Role::Assistant) {
            AnswerMetrics::Context context;
            if (m_prices)
                context.price = m_prices->find(
                    m_providerId, it->model.isEmpty() ? m_session->model() : it->model);
            return AnswerMetrics::compute(*it, context);
        }
    return {};
}

void CompareColumn::setPrices(const ModelPrices *prices)
{
    if (m_prices)
        disconnect(m_prices, nullptr, this, nullptr);
    m_prices = prices;
    if (prices)
        connect(prices, &ModelPrices::changed, this, &CompareColumn::metricsChanged);
    Q_EMIT metricsChanged();
}

void CompareColumn::setLetter(const QString &letter)
{
    if (m_letter == letter)
        return;
    m_letter = letter;
    Q_EMIT letterChanged();
}
