#pragma once

// Helpers shared by the ChunkParser tests.

#include "protocol/chunkparser.h"

#include <QTest>

// Parses `json`, which must be accepted, and returns what it says.
inline ChatDelta parsed(const QByteArray &json)
{
    const ChunkParseResult result = parseChunk(json);
    if (!result.ok())
        QTest::qFail(qPrintable(QString(QStringLiteral("unexpected parse error: ") + result.error)),
                     __FILE__, __LINE__);
    return result.delta;
}

// The only choice of a chunk that must have exactly one.
inline ChoiceDelta onlyChoice(const QByteArray &json)
{
    const ChatDelta delta = parsed(json);
    if (delta.choices.size() != 1) {
        QTest::qFail("expected exactly one choice", __FILE__, __LINE__);
        return {};
    }
    return delta.choices.constFirst();
}

// A streamed chunk with one choice around `delta`.
inline QByteArray chunk(const QByteArray &delta, const QByteArray &finishReason = "null")
{
    return QByteArray(R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1774177466,)"
                      R"("model":"gpt-5.4","choices":[{"index":0,"delta":)"
                      + delta + R"(,"finish_reason":)" + finishReason + "}]}");
}
