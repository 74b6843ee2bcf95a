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
}

void CompareColumn::setLetter(const QString &letter)
{
    if (m_letter == letter)
        return;
    m_letter = letter;
    Q_EMIT letterChanged();
}
