// Fuzzes StreamAccumulator with a sequence of deltas built from the input: each line is
// either a chunk's JSON or, when it starts with a control byte, a hand-made delta (text
// that may hold <think> tags, tool-call fragments with odd indices and ids).
#include "chat/streamaccumulator.h"
#include "protocol/chunkparser.h"

#include <cstdint>
#include <cstdlib>

namespace {

ChatDelta handMade(QByteArrayView line)
{
    ChatDelta delta;
    ChoiceDelta choice;
    const uint8_t kind = uint8_t(line.front());
    const QString text = QString::fromUtf8(line.sliced(1));
    switch (kind % 5) {
    case 0:
        choice.content = text;
        break;
    case 1:
        choice.reasoning = text;
        break;
    case 2: {
        ToolCallFragment fragment;
        fragment.index = (kind / 5) % 4 - 1; // -1 (no index) to 2
        if (kind & 0x40)
            fragment.id = text.left(3);
        fragment.name = text.left(2);
        fragment.arguments = text;
        choice.toolCalls.append(fragment);
        break;
    }
    case 3:
        choice.finishReason = text;
        break;
    case 4:
        choice.content = QStringLiteral("<think>") + text;
        break;
    }
    delta.choices.append(choice);
    return delta;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    StreamAccumulator accumulator;
    Message message = Message::create(Message::Role::Assistant);
    message.state = Message::State::Pending;
    qint64 now = 1;
    qsizetype deliveredText = 0;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        if (line.isEmpty())
            continue;
        ChatDelta delta;
        if (uint8_t(line.front()) < 0x20) {
            delta = handMade(line);
        } else {
            const ChunkParseResult parsed = parseChunk(line);
            if (!parsed.ok())
                continue;
            delta = parsed.delta;
        }
        for (const ChoiceDelta &choice : delta.choices)
            deliveredText += choice.content.size() + choice.reasoning.size();
        accumulator.apply(message, delta, ++now);
    }
    accumulator.finish(message, ++now);
    // Tags are removed and leading blanks of an answer after </think> are dropped, so the
    // message can hold less text than was delivered, never more.
    if (message.content.size() + message.reasoning.size() > deliveredText)
        std::abort();
    for (const ToolCall &call : message.toolCalls) {
        if (call.id.isEmpty())
            std::abort();
    }
    return 0;
}
