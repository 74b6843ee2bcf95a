#include "syntheticstream.h"

#include <random>

namespace {

// What a model streams: mostly short words with their leading space, some punctuation,
// paragraph breaks, quotes and non-ASCII text.
constexpr const char *tokens[] = {
    " the", " stream", " of",    " tokens", " is",    " parsed",   " and",     " shown", ",",
    ".",    " a",      " model", " café",   " naïve", " —",        " 東京",    "\n\n",   " \"",
    "ok\"", " 42",     " ü",     " résumé", " code",  " path\\to", " latency", " per",   " chunk"};

constexpr char prefix[]
    = R"({"id":"chatcmpl-AqZ3nWk8XbT5rLmY2vPc9dHs0FgJe","object":"chat.completion.chunk","created":1730000000,"model":"gpt-4o-mini","choices":[)";

QByteArray jsonEscaped(const QByteArray &text)
{
    QByteArray escaped;
    escaped.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '"':
            escaped += "\\\"";
            break;
        case '\\':
            escaped += "\\\\";
            break;
        case '\n':
            escaped += "\\n";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray choiceChunk(const QByteArray &delta, const QByteArray &finishReason)
{
    return prefix + QByteArray(R"({"index":0,"delta":)") + delta
        + R"(,"logprobs":null,"finish_reason":)" + finishReason + "}]}";
}

} // namespace

SyntheticStream SyntheticStream::generate(int chunkCount)
{
    chunkCount = std::max(chunkCount, 4);
    SyntheticStream stream;
    stream.payloads.reserve(chunkCount);
    stream.payloads.append(
        choiceChunk(R"({"role":"assistant","content":"","refusal":null})", "null"));

    std::mt19937 random(20240601);
    std::uniform_int_distribution<int> pick(0, int(std::size(tokens)) - 1);
    const int contentChunks = chunkCount - 3;
    for (int i = 0; i < contentChunks; ++i) {
        // The answer starts with a word, so that no inline <think> handling is involved.
        const QByteArray token = i == 0 ? QByteArray("The") : QByteArray(tokens[pick(random)]);
        stream.content += token;
        stream.payloads.append(
            choiceChunk(R"({"content":")" + jsonEscaped(token) + R"("})", "null"));
    }

    stream.payloads.append(choiceChunk("{}", R"("stop")"));
    stream.payloads.append(prefix
                           + QByteArray(R"(],"usage":{"prompt_tokens":12,"completion_tokens":)")
                           + QByteArray::number(contentChunks) + R"(,"total_tokens":)"
                           + QByteArray::number(contentChunks + 12)
                           + R"(,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},)"
                           + R"("completion_tokens_details":{"reasoning_tokens":0}}})");
    return stream;
}

QByteArray SyntheticStream::sseBody() const
{
    qsizetype size = 16;
    for (const QByteArray &payload : payloads)
        size += payload.size() + 8;
    QByteArray body;
    body.reserve(size);
    for (const QByteArray &payload : payloads)
        body += "data: " + payload + "\n\n";
    body += "data: [DONE]\n\n";
    return body;
}
