#pragma once

#include <QString>
#include <QStringList>

// A long Markdown answer as a model streams it, for the window benchmark: headings,
// paragraphs of about 60 tokens, bulleted and numbered lists, and a fenced code block
// every few paragraphs. One delta per token (a word with its leading space, a
// punctuation mark, a newline, an indent); the same token count always gives the same
// answer.
struct MarkdownAnswer
{
    QStringList deltas;
    QString text; // the deltas joined

    // Exactly `tokenCount` deltas (at least 1); the last block may be cut short.
    static MarkdownAnswer generate(int tokenCount);
};
