#include "choicebranches.h"

#include "conversationmodel.h"
#include "messagetree.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ChoiceBranches::ChoiceBranches(MessageTree &tree, ConversationModel &conversation)
    : m_tree(tree)
    , m_conversation(conversation)
{ }

void ChoiceBranches::start(const QString &answerId, int row)
{
    m_choices = {{0, answerId, StreamAccumulator(0)}};
    m_row = row;
}

void ChoiceBranches::clear()
{
    m_choices.clear();
    m_row = -1;
}

QStringList ChoiceBranches::apply(const ChatDelta &delta, qint64 nowMs)
{
    if (m_choices.isEmpty())
        return {};
    QStringList added;
    for (const ChoiceDelta &choice : delta.choices) {
        if (choice.index > 0 && choice.index < maxChoices && !findChoice(choice.index)) {
            if (const QString id = addSibling(choice.index); !id.isEmpty())
                added.append(id);
        }
    }
    // Every choice sees every delta: each accumulator takes its own choice's part, and
    // choice 0 also what belongs to the request (usage, in chunks without choices).
    for (Choice &choice : m_choices) {
        bool shown = false;
        Message *message = liveMessage(choice.messageId, &shown);
        if (!message)
            continue;
        const Message::Fields changed = choice.accumulator.apply(*message, delta, nowMs);
        if (shown && changed)
            m_conversation.noteChanged(m_row, changed);
    }
    return added;
}

QStringList ChoiceBranches::finish(Message::State state, const ApiError &error, qint64 nowMs)
{
    QStringList ended;
    for (Choice &choice : m_choices) {
        bool shown = false;
        Message *message = liveMessage(choice.messageId, &shown);
        if (!message)
            continue;
        Message::Fields changed = choice.accumulator.finish(*message, nowMs) | Message::StateField;
        message->state = endState(*message, state);
        message->error = message->state == Message::State::Complete ? ApiError() : error;
        if (shown) {
            m_conversation.noteChanged(m_row, changed);
            m_conversation.flushChanges();
            m_tree.update(*message); // the tree keeps the final version for the other branches
        }
        ended.append(choice.messageId);
    }
    return ended;
}

Message::State ChoiceBranches::endState(const Message &answer, Message::State streamState)
{
    const bool whole = !answer.finishReason.isEmpty() && answer.finishReason != "error"_L1;
    return whole ? Message::State::Complete : streamState;
}

bool ChoiceBranches::contains(const QString &messageId) const
{
    return std::any_of(m_choices.cbegin(), m_choices.cend(), [&messageId](const Choice &choice) {
        return choice.messageId == messageId;
    });
}

Message *ChoiceBranches::message(int choiceIndex)
{
    const Choice *choice = findChoice(choiceIndex);
    return choice ? liveMessage(choice->messageId) : nullptr;
}

const Message *ChoiceBranches::message(int choiceIndex) const
{
    const Choice *choice = findChoice(choiceIndex);
    return choice ? liveMessage(choice->messageId) : nullptr;
}

QList<const Message *> ChoiceBranches::messages() const
{
    QList<const Message *> messages;
    for (const Choice &choice : m_choices) {
        if (const Message *message = liveMessage(choice.messageId))
            messages.append(message);
    }
    return messages;
}

// The row holds the version a person sees (and views update from); the tree holds the
// others until they are shown.
Message *ChoiceBranches::liveMessage(const QString &messageId, bool *shown) const
{
    const bool onRow = m_row >= 0 && m_row < m_conversation.rowCount()
        && m_conversation.at(m_row).id == messageId;
    if (shown)
        *shown = onRow;
    return onRow ? &m_conversation.edit(m_row) : m_tree.edit(messageId);
}

const ChoiceBranches::Choice *ChoiceBranches::findChoice(int index) const
{
    const auto it = std::find_if(m_choices.cbegin(), m_choices.cend(),
                                 [index](const Choice &choice) { return choice.index == index; });
    return it == m_choices.cend() ? nullptr : &*it;
}

QString ChoiceBranches::addSibling(int index)
{
    const Message *first = message(0);
    if (!first)
        return {};
    Message sibling = Message::create(Message::Role::Assistant);
    sibling.parentId = first->parentId;
    sibling.state = Message::State::Pending;
    sibling.timings.sentAt = first->timings.sentAt;
    sibling.timings.firstByteAt = first->timings.firstByteAt;
    const QString shown = m_tree.selectedChildOf(sibling.parentId);
    m_tree.add(sibling);
    m_tree.select(shown);
    m_choices.append({index, sibling.id, StreamAccumulator(index)});
    return sibling.id;
}
