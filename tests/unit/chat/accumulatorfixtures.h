#pragma once

// Helpers shared by the StreamAccumulator tests.

#include "chat/streamaccumulator.h"

#include <QJsonObject>
#include <QTest>

#include <iterator>

using M = Message;
using Fields = Message::Fields;

inline ChatDelta contentDelta(const QString &text, int choice = 0)
{
    ChatDelta delta;
    delta.choices.append(ChoiceDelta());
    delta.choices.first().index = choice;
    delta.choices.first().content = text;
    return delta;
}

inline ToolCallFragment fragment(int index, const QString &id, const QString &name,
                                 const QString &arguments, const QJsonObject &extra = {})
{
    ToolCallFragment piece;
    piece.index = index;
    piece.id = id;
    piece.type = id.isEmpty() ? QString() : QStringLiteral("function");
    piece.name = name;
    piece.arguments = arguments;
    piece.extraContent = extra;
    return piece;
}

// One accumulator and the message it fills, as ChatSession holds them.
struct Stream
{
    explicit Stream(int choice = 0)
        : accumulator(choice)
    {
        message.state = M::State::Pending;
    }

    Fields apply(const ChatDelta &delta, qint64 now)
    {
        return accumulator.apply(message, delta, now);
    }
    // Applies a delta whose one choice `fill` sets up.
    template<typename Fill>
    Fields applyChoice(Fill fill, qint64 now)
    {
        ChatDelta delta;
        delta.choices.append(ChoiceDelta());
        fill(delta.choices.first());
        return apply(delta, now);
    }
    Fields content(const QString &text, qint64 now) { return apply(contentDelta(text), now); }
    Fields reasoning(const QString &text, qint64 now)
    {
        return applyChoice([&](ChoiceDelta &choice) { choice.reasoning = text; }, now);
    }
    Fields tools(const QList<ToolCallFragment> &fragments, qint64 now)
    {
        return applyChoice([&](ChoiceDelta &choice) { choice.toolCalls = fragments; }, now);
    }
    Fields finishReason(const QString &reason, qint64 now)
    {
        return applyChoice([&](ChoiceDelta &choice) { choice.finishReason = reason; }, now);
    }
    Fields finish(qint64 now) { return accumulator.finish(message, now); }

    StreamAccumulator accumulator;
    Message message = Message::create(M::Role::Assistant);
};

// Readable failures: "Content|Timings" rather than a number. Found by QCOMPARE through ADL.
inline char *toString(const Message::Fields &fields)
{
    static const char *const names[]
        = {"Content", "Reasoning", "ToolCalls", "Usage",  "FinishReason",
           "Model",   "Timings",   "State",     "Refusal"}; // bit order
    QByteArrayList parts;
    for (int bit = 0; bit < int(std::size(names)); ++bit) {
        if (fields.toInt() & (1 << bit))
            parts << names[bit];
    }
    return qstrdup(parts.isEmpty() ? "NoField" : parts.join('|').constData());
}
