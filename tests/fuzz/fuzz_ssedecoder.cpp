// Fuzzes SseDecoder: any bytes, cut into pieces chosen by the input itself. The oracle:
// the events must not depend on where the stream was cut.
#include "protocol/ssedecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {

QList<SseDecoder::Event> decode(QByteArrayView stream, uint8_t step, bool &failed)
{
    SseDecoder decoder(4096);
    QList<SseDecoder::Event> events;
    failed = false;
    qsizetype at = 0;
    while (at < stream.size() && !failed) {
        const qsizetype length
            = step == 0 ? stream.size() : std::min<qsizetype>(step, stream.size() - at);
        failed = !decoder.feed(stream.sliced(at, length), events);
        at += length;
    }
    if (!failed)
        decoder.finish(events);
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t step = data[0] % 17;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    bool wholeFailed = false;
    bool piecesFailed = false;
    const auto whole = decode(stream, 0, wholeFailed);
    const auto pieces = decode(stream, step, piecesFailed);
    if (wholeFailed || piecesFailed)
        return 0; // the line limit may trip at different moments; both must fail cleanly
    if (whole.size() != pieces.size())
        std::abort();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole.at(i).data != pieces.at(i).data || whole.at(i).type != pieces.at(i).type)
            std::abort();
    }
    return 0;
}
