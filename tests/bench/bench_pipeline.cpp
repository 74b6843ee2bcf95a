// The streaming core without the network: SseDecoder::feed, parseChunk and
// StreamAccumulator::apply over an in-memory chat.completion.chunk stream, fed in
// TCP-sized reads, as ChatStream and confab-cli's AskCommand run them.

#include "chat/message.h"
#include "chat/streamaccumulator.h"
#include "protocol/chunkparser.h"
#include "protocol/ssedecoder.h"
#include "syntheticstream.h"

#include <QDateTime>
#include <QHash>

#include <benchmark/benchmark.h>

#include <ctime>

namespace {

constexpr qsizetype readSize = 1500; // about one Ethernet segment's payload per read

struct PreparedStream
{
    QByteArray body;
    QByteArray content;
};

const PreparedStream &preparedStream(int chunkCount)
{
    static QHash<int, PreparedStream> cache;
    auto it = cache.find(chunkCount);
    if (it == cache.end()) {
        const SyntheticStream stream = SyntheticStream::generate(chunkCount);
        it = cache.insert(chunkCount, PreparedStream {stream.sseBody(), stream.content});
    }
    return *it;
}

// The same clock Google Benchmark's CPU time uses.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CPU time of the reads that delivered the first tenth of the chunks, and of those that
// delivered the last tenth.
struct TenthTimings
{
    qint64 firstNs = 0;
    qint64 firstChunks = 0;
    qint64 lastNs = 0;
    qint64 lastChunks = 0;
};

// Runs one whole stream into `message`; returns the number of chunks applied.
qint64 runPipeline(const QByteArray &body, Message &message, qint64 expectedChunks = 0,
                   TenthTimings *tenths = nullptr)
{
    SseDecoder decoder;
    StreamAccumulator accumulator;
    QList<SseDecoder::Event> events;
    const qint64 tenth = expectedChunks / 10;
    qint64 chunks = 0;
    qint64 firstStarted = tenths ? threadCpuNs() : 0;
    qint64 lastStarted = -1;
    qint64 lastStartChunks = 0;
    bool firstMeasured = false;
    bool done = false;

    for (qsizetype at = 0; at < body.size() && !done; at += readSize) {
        if (tenths && lastStarted < 0 && chunks >= expectedChunks - tenth) {
            lastStarted = threadCpuNs();
            lastStartChunks = chunks;
        }
        const QByteArrayView piece
            = QByteArrayView(body).sliced(at, std::min(readSize, body.size() - at));
        if (!decoder.feed(piece, events))
            return -1;
        for (const SseDecoder::Event &event : std::as_const(events)) {
            if (isDoneMarker(event.data)) {
                done = true;
                break;
            }
            const ChunkParseResult parsed = parseChunk(event.data);
            if (!parsed.ok())
                return -1;
            accumulator.apply(message, parsed.delta, QDateTime::currentMSecsSinceEpoch());
            ++chunks;
        }
        events.resize(0);
        if (tenths && !firstMeasured && chunks >= tenth) {
            tenths->firstNs += threadCpuNs() - firstStarted;
            tenths->firstChunks += chunks;
            firstMeasured = true;
        }
    }
    accumulator.finish(message, QDateTime::currentMSecsSinceEpoch());
    if (tenths && lastStarted >= 0) {
        tenths->lastNs += threadCpuNs() - lastStarted;
        tenths->lastChunks += chunks - lastStartChunks;
    }
    return chunks;
}

Message freshAnswer()
{
    Message message;
    message.role = Message::Role::Assistant;
    message.state = Message::State::Pending;
    return message;
}

// One untimed run that checks the pipeline really produces the whole answer.
bool verify(benchmark::State &state, const PreparedStream &stream, int chunkCount)
{
    Message message = freshAnswer();
    const qint64 chunks = runPipeline(stream.body, message);
    if (chunks != chunkCount || message.content.toUtf8() != stream.content
        || message.finishReason != QLatin1String("stop") || !message.usage.isValid()) {
        state.SkipWithError("the pipeline did not reproduce the streamed answer");
        return false;
    }
    return true;
}

// `cpuNs`: the thread CPU time of all iterations, measured with the clock Google Benchmark
// uses for its CPU column.
void setThroughputCounters(benchmark::State &state, const PreparedStream &stream, int chunkCount,
                           qint64 cpuNs)
{
    state.SetBytesProcessed(state.iterations() * stream.body.size());
    state.counters["chunks"] = chunkCount;
    state.counters["MB"] = double(stream.body.size()) / 1e6;
    state.counters["ns_per_chunk"] = double(cpuNs) / double(state.iterations() * chunkCount);
}

void BM_Pipeline(benchmark::State &state)
{
    const int chunkCount = int(state.range(0));
    const PreparedStream &stream = preparedStream(chunkCount);
    if (!verify(state, stream, chunkCount))
        return;
    const qint64 started = threadCpuNs();
    for (auto _ : state) {
        Message message = freshAnswer();
        benchmark::DoNotOptimize(runPipeline(stream.body, message));
        benchmark::DoNotOptimize(message.content.size());
    }
    setThroughputCounters(state, stream, chunkCount, threadCpuNs() - started);
}

// Per-chunk cost of the first and the last tenth of one long stream: equal costs mean
// appending to a long answer costs no more than appending to a short one (no O(n²)).
void BM_PipelineFirstVsLastTenth(benchmark::State &state)
{
    const int chunkCount = int(state.range(0));
    const PreparedStream &stream = preparedStream(chunkCount);
    if (!verify(state, stream, chunkCount))
        return;
    TenthTimings tenths;
    const qint64 started = threadCpuNs();
    for (auto _ : state) {
        Message message = freshAnswer();
        benchmark::DoNotOptimize(runPipeline(stream.body, message, chunkCount, &tenths));
        benchmark::DoNotOptimize(message.content.size());
    }
    setThroughputCounters(state, stream, chunkCount, threadCpuNs() - started);
    if (tenths.firstChunks == 0 || tenths.lastChunks == 0) {
        state.SkipWithError("no chunks were timed");
        return;
    }
    const double first = double(tenths.firstNs) / double(tenths.firstChunks);
    const double last = double(tenths.lastNs) / double(tenths.lastChunks);
    state.counters["first10_ns_per_chunk"] = first;
    state.counters["last10_ns_per_chunk"] = last;
    state.counters["last_over_first"] = last / first;
}

} // namespace

BENCHMARK(BM_Pipeline)->Arg(10'000)->Arg(100'000)->Arg(200'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PipelineFirstVsLastTenth)->Arg(200'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
