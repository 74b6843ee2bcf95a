// Fuzzes MarkdownBlocks: any text, fed in pieces chosen by the input itself. The oracle:
// the blocks must not depend on how the text streamed in (setText or append), and a block once
// complete must never change.
#include "render/markdownblocks.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t step = data[0] % 13 + 1;
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    MarkdownBlocks whole;
    whole.setText(text);

    MarkdownBlocks streaming;
    QList<MarkdownBlock> previous;
    // Odd steps stream through append(), even ones through setText(): both must agree.
    const bool viaAppend = step % 2 == 1;
    for (qsizetype length = 0; length < text.size() + step; length += step) {
        const qsizetype upTo = std::min(length, text.size());
        const auto change = viaAppend ? streaming.append(QStringView(text).sliced(
                                streaming.text().size(), upTo - streaming.text().size()))
                                      : streaming.setText(text.first(upTo));
        const QList<MarkdownBlock> &current = streaming.blocks();
        if (change.first < 0 || change.removed < 0 || change.inserted < 0
            || change.first + change.removed > previous.size()
            || change.first + change.inserted != current.size())
            std::abort();
        for (qsizetype i = 0; i < previous.size(); ++i) {
            if (previous.at(i).complete
                && (i >= current.size() || !(current.at(i) == previous.at(i))))
                std::abort();
        }
        for (qsizetype i = 0; i + 1 < current.size(); ++i) {
            if (!current.at(i).complete)
                std::abort();
        }
        for (qsizetype i = 0; i < change.first; ++i) {
            if (!(current.at(i) == previous.at(i)))
                std::abort();
        }
        previous = current;
    }
    if (!(streaming.blocks() == whole.blocks()))
        std::abort();
    return 0;
}
