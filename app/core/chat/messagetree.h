#pragma once

#include "message.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Every version of every message of one conversation. Regenerated answers and edited
// questions are siblings under the same parent, and each parent remembers which of its
// children is shown, so that the branch on screen can be rebuilt from any point.
class MessageTree
{
public:
    // Adds the message (roots have an empty parentId) and makes it the selected child of
    // its parent. A message whose id is already known is updated instead.
    void add(const Message &message);
    // Replaces the stored message with the same id, keeping its parent (a message never
    // moves between parents). False when the id is unknown.
    bool update(const Message &message);
    void clear();

    bool isEmpty() const { return m_messages.isEmpty(); }
    int size() const { return int(m_messages.size()); }
    bool contains(const QString &id) const { return m_messages.contains(id); }
    const Message *find(const QString &id) const; // nullptr when unknown
    // The stored message itself, to change in place (an answer streaming off screen); its
    // id and parentId must stay as they are. nullptr when unknown.
    Message *edit(const QString &id);

    QStringList childrenOf(const QString &parentId) const; // in creation order
    QString selectedChildOf(const QString &parentId) const; // empty when there are none
    void select(const QString &messageId); // makes it the selected child of its parent

    int siblingIndex(const QString &messageId) const; // 0-based; -1 when unknown
    int siblingCount(const QString &messageId) const; // itself included; 0 when unknown

    // The branch on screen: from the selected root, following selected children.
    QList<Message> activePath() const;
    // That message and its descendants along the selected children.
    QList<Message> activePathFrom(const QString &messageId) const;
    // The branch on screen as a copy with fresh ids (ids are unique in the history), each
    // message's parent renamed with it.
    QList<Message> copyOfActivePath() const;

private:
    QHash<QString, Message> m_messages;
    QHash<QString, QStringList> m_children; // by parent id ("" for the roots)
    QHash<QString, QString> m_selected; // parent id -> selected child id
};
