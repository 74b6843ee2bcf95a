#include "messagetree.h"

#include <QUuid>

void MessageTree::add(const Message &message)
{
    if (update(message))
        return;
    m_messages.insert(message.id, message);
    m_children[message.parentId].append(message.id);
    m_selected.insert(message.parentId, message.id);
}

bool MessageTree::update(const Message &message)
{
    const auto it = m_messages.find(message.id);
    if (it == m_messages.end())
        return false;
    // The parent is fixed at creation: moving a message would orphan its sibling position.
    const QString parentId = it->parentId;
    *it = message;
    it->parentId = parentId;
    return true;
}

void MessageTree::clear()
{
    m_messages.clear();
    m_children.clear();
    m_selected.clear();
}

const Message *MessageTree::find(const QString &id) const
{
    const auto it = m_messages.constFind(id);
    return it == m_messages.cend() ? nullptr : &*it;
}

Message *MessageTree::edit(const QString &id)
{
    const auto it = m_messages.find(id);
    return it == m_messages.end() ? nullptr : &*it;
}

QStringList MessageTree::childrenOf(const QString &parentId) const
{
    return m_children.value(parentId);
}

QString MessageTree::selectedChildOf(const QString &parentId) const
{
    return m_selected.value(parentId);
}

void MessageTree::select(const QString &messageId)
{
    if (const Message *message = find(messageId))
        m_selected.insert(message->parentId, messageId);
}

int MessageTree::siblingIndex(const QString &messageId) const
{
    const Message *message = find(messageId);
    return message ? int(m_children.value(message->parentId).indexOf(messageId)) : -1;
}

int MessageTree::siblingCount(const QString &messageId) const
{
    const Message *message = find(messageId);
    return message ? int(m_children.value(message->parentId).size()) : 0;
}

QList<Message> MessageTree::activePath() const
{
    return activePathFrom(selectedChildOf(QString()));
}

QList<Message> MessageTree::copyOfActivePath() const
{
    QList<Message> messages = activePath();
    QHash<QString, QString> renamed;
    for (Message &message : messages) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        renamed.insert(message.id, id);
        message.id = id;
        message.parentId = renamed.value(message.parentId);
    }
    return messages;
}

QList<Message> MessageTree::activePathFrom(const QString &messageId) const
{
    QList<Message> path;
    const Message *message = find(messageId);
    // The size bound stops a cycle that a damaged saved conversation could contain.
    while (message && path.size() < m_messages.size()) {
        path.append(*message);
        message = find(selectedChildOf(message->id));
    }
    return path;
}
