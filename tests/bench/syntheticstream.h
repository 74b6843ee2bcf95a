#pragma once

#include <QByteArray>
#include <QList>

// A realistic OpenAI `chat.completion.chunk` stream for the benchmarks: a role chunk,
// content deltas of a few characters (some non-ASCII, some needing JSON escapes), a
// finish chunk and a usage chunk. The same seed always gives the same stream.
struct SyntheticStream
{
    QList<QByteArray> payloads; // the JSON of each `data:` event, without [DONE]
    QByteArray content; // the answer the deltas add up to, UTF-8

    // `chunkCount` events in all (at least 4).
    static SyntheticStream generate(int chunkCount);

    // The text/event-stream body: "data: …\n\n" per payload, then "data: [DONE]\n\n".
    QByteArray sseBody() const;
};
