// Fuzzes parseChunk (every JSON shape a server might send) and the HTTP error mapping.
#include "protocol/apierror.h"
#include "protocol/chunkparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    const ChunkParseResult result = parseChunk(json);
    if (result.ok()) {
        for (const ChoiceDelta &choice : result.delta.choices) {
            for (const ToolCallFragment &call : choice.toolCalls)
                (void)call.arguments.size();
        }
        if (result.delta.usage)
            (void)result.delta.usage->toJson();
    }
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const ApiError error
        = ApiError::fromHttpResponse(status, json.toByteArray(), QStringLiteral("fuzz"));
    (void)error.exitCode();
    (void)ApiError::parseRetryAfter(json.toByteArray());
    return 0;
}
