#pragma once

#include "message.h"
#include "streamaccumulator.h"

#include <QList>
#include <QString>
#include <QStringList>

class ConversationModel;
class MessageTree;

// The answers of one request, one per choice (the parameter n asks for several). Choice 0
// is the answer the session added; each other choice becomes a sibling of it when its
// first delta arrives. Every choice streams through its own StreamAccumulator into its
// message: the model's row while the row shows it, else the tree's copy, so that the person
// can switch between the versions while they arrive.
class ChoiceBranches
{
public:
    // Requests ask for at most this many (see ModelParameters::validate()); a server that
    // sends higher indices does not get to fill the tree.
    static constexpr int maxChoices = 128;

    ChoiceBranches(MessageTree &tree, ConversationModel &conversation);

    // A request starts: its choice 0 answer (in the tree) is shown at `row`.
    void start(const QString &answerId, int row);
    void clear();

    // Applies a delta to every choice; returns the ids of the siblings it added to the tree
    // (not selected: the row keeps showing what it showed).
    QStringList apply(const ChatDelta &delta, qint64 nowMs);
    // The stream ended in `state`: every choice gets it, and the error, unless it had
    // reached its finish reason (then it is complete). The tree gets the final messages;
    // returns their ids, choice 0 first.
    QStringList finish(Message::State state, const ApiError &error, qint64 nowMs);

    // How a choice ends when the stream ended in `streamState`: complete when it had reached
    // its finish reason (another choice's dropped connection, or Stop while the others still
    // arrived, does not undo that), else as the stream ended.
    static Message::State endState(const Message &answer, Message::State streamState);

    bool contains(const QString &messageId) const;
    // A choice's message as it stands; nullptr when that choice has none (yet).
    Message *message(int choiceIndex);
    const Message *message(int choiceIndex) const;
    QList<const Message *> messages() const; // in the order the choices started

private:
    struct Choice
    {
        int index = 0;
        QString messageId;
        StreamAccumulator accumulator;
    };

    // The tree and the model are not part of this object's state: a const object still
    // hands out the messages they hold.
    Message *liveMessage(const QString &messageId, bool *shown = nullptr) const;
    const Choice *findChoice(int index) const;
    QString addSibling(int index); // its message id; empty without choice 0

    MessageTree &m_tree;
    ConversationModel &m_conversation;
    QList<Choice> m_choices; // choice 0 first, then in the order their first delta came
    int m_row = -1;
};
