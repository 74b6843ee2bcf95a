#pragma once

#include "message.h"
#include "protocol/chatdelta.h"

#include <QHash>
#include <QString>

// Applies streamed deltas of one choice to a Message: appends text and reasoning, moves
// inline <think>…</think> (or text before a lone </think>) into the reasoning, merges
// tool-call fragments, and records usage (choice 0 only: it covers the whole request), the
// model, the finish reason and timings.
// Cost per delta is independent of how long the message already is.
class StreamAccumulator
{
public:
    explicit StreamAccumulator(int choiceIndex = 0);

    Message::Fields apply(Message &message, const ChatDelta &delta, qint64 nowMs);

    // The stream ended: releases text held back as a possible partial tag and gives
    // tool calls without an id one that every provider accepts.
    Message::Fields finish(Message &message, qint64 nowMs);

private:
    enum class ThinkState {
        AtStart, // nothing decided yet: an opening <think> may come
        InsideTag, // after <think>, before </think>
        Plain, // ordinary text; a lone </think> may still turn it into reasoning
        Done, // no tag handling any more
    };

    Message::Fields appendContent(Message &message, const QString &text, qint64 now);
    Message::Fields appendReasoning(Message &message, const QString &text, qint64 now);
    Message::Fields appendAnswer(Message &message, const QString &text, qint64 now);
    Message::Fields appendAnswerAfterThinking(Message &message, QString text, qint64 now);
    Message::Fields mergeToolCall(Message &message, const ToolCallFragment &fragment);

    int m_choiceIndex;
    ThinkState m_thinkState = ThinkState::AtStart;
    QString m_heldBack; // text that may be the start of a tag
    bool m_dropAnswerBlanks = false; // after </think>, until the answer's first visible text
    QHash<int, int> m_callByIndex; // stream index -> position in message.toolCalls
};
