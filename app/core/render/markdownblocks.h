#pragma once

#include <QList>
#include <QString>

// MarkdownBlocks' rules: a simple subset of GitHub's, chosen so that a block never
// changes once another block follows it.
// - Fenced code: a line of 3+ backticks or tildes (up to 3 spaces before it); the rest of
//   the line is the info string, its first word the language. It ends at a line of the
//   same character, at least as long, with nothing else; unclosed it runs to the end.
// - Heading: 1-6 '#' followed by a space or tab. One line.
// - Rule: a line of 3+ equal '-', '*' or '_' (no spaces between), also directly under
//   paragraph text (GitHub would make that a setext heading).
// - Quote: consecutive lines starting with '>' (no lazy continuation lines).
// - List: a line starting with '-', '*', '+' or 1-9 digits and '.' or ')', then a space
//   or tab. It continues with further items, indented lines and, directly after a
//   non-blank line, any text that starts no other block. Blank lines stay inside when
//   the next non-blank line is an item or indented. A numbered item interrupts a
//   paragraph only when it starts with 1.
// - Table: a line with '|' followed by a delimiter row (cells like ---, :--, --:, :-:)
//   with the same number of cells; it continues while lines contain '|'.
// - Paragraph: anything else, up to a blank line or a line that starts another block.
// Indented code blocks, setext headings, HTML blocks and lazy quote lines are not
// recognised; their lines stay in the surrounding block's source.
//
// A line without its newline yet never ends a block unless what it starts cannot change
// (a heading, fence, quote or list item already identified), so a streaming prefix gives
// the same complete blocks as the whole text. Every block but the last is complete; the
// last is complete when a blank line follows it (not a list: what comes next may still
// continue it) or it is fenced code whose closing fence line has ended.

// One top-level block of a Markdown message, rendered by its own delegate.
struct MarkdownBlock
{
    enum class Type { Paragraph, Heading, List, Quote, Code, Table, Rule };

    Type type = Type::Paragraph;
    QString text; // the block's Markdown source; for Code the code without the fences
    QString language; // Code: the info string's first word
    int level = 0; // Heading: 1-6
    bool complete = false; // false only for a last block that may still grow

    friend bool operator==(const MarkdownBlock &, const MarkdownBlock &) = default;
};

// Splits a streaming Markdown message into top-level blocks incrementally, so that while
// the message grows only its last block changes and the view re-lays out only that one.
class MarkdownBlocks
{
public:
    // Blocks [first, first + removed) of the previous list were replaced by blocks
    // [first, first + inserted) of the new one.
    struct Change
    {
        int first = 0;
        int removed = 0;
        int inserted = 0;
    };

    // When text starts with the previous text only the last incomplete block and what
    // follows it are split again; any other text is split from the start.
    Change setText(const QString &text);
    // The streaming path: costs what `more` and the last block cost, not the whole text.
    Change append(QStringView more);
    const QString &text() const;
    const QList<MarkdownBlock> &blocks() const;

private:
    Change splitFrom(qsizetype from, int kept);

    QString m_text;
    QList<MarkdownBlock> m_blocks;
    qsizetype m_resumeOffset = 0; // where splitting resumes after an append
    int m_settledCount = 0; // blocks before m_resumeOffset, which an append never changes
};
