#pragma once

#include "chatdelta.h"

#include <QByteArrayView>
#include <QString>

// Parses the JSON of one `chat.completion.chunk` event, or of a whole non-streamed
// `chat.completion`, into a ChatDelta. Tolerates every provider variant in PROTOCOL.md:
// null fields, empty or missing choices, reasoning under several names, content as parts.
struct ChunkParseResult
{
    ChatDelta delta;
    QString error; // set when the text is not a JSON object; delta is then empty
    bool ok() const { return error.isEmpty(); }
};

ChunkParseResult parseChunk(QByteArrayView json);

// `data: [DONE]` (with optional surrounding whitespace) ends a stream.
bool isDoneMarker(QByteArrayView data);
