#include "markdownblocks.h"

#include <QStringView>

namespace {

enum class Answer { No, Yes, Undecided };

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // before the newline (and a '\r' before it)
    bool complete = false; // its newline has arrived
};

struct Fence
{
    QChar character;
    qsizetype length = 0;
};

bool isBlank(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// The line without up to three leading spaces; null when it is indented further.
QStringView unindented(QStringView s)
{
    qsizetype spaces = 0;
    while (spaces < s.size() && s.at(spaces) == u' ')
        ++spaces;
    if (spaces > 3 || (spaces < s.size() && s.at(spaces) == u'\t'))
        return {};
    return s.sliced(spaces);
}

qsizetype runLength(QStringView s, QChar c)
{
    qsizetype n = 0;
    while (n < s.size() && s.at(n) == c)
        ++n;
    return n;
}

Fence openingFence(QStringView line)
{
    const QStringView s = unindented(line);
    if (s.isEmpty() || (s.front() != u'`' && s.front() != u'~'))
        return {};
    const qsizetype length = runLength(s, s.front());
    if (length < 3)
        return {};
    return {s.front(), length};
}

QString fenceLanguage(QStringView line, Fence fence)
{
    const QStringView s = unindented(line);
    const QStringView info = s.sliced(runLength(s, fence.character)).trimmed();
    qsizetype end = 0;
    while (end < info.size() && !info.at(end).isSpace())
        ++end;
    return info.first(end).toString();
}

bool closesFence(QStringView line, Fence fence)
{
    const QStringView s = unindented(line);
    const qsizetype length = runLength(s, fence.character);
    return length >= fence.length && isBlank(s.sliced(length));
}

int headingLevel(QStringView line)
{
    const QStringView s = unindented(line);
    const qsizetype level = runLength(s, u'#');
    if (level < 1 || level > 6 || level >= s.size())
        return 0;
    return s.at(level) == u' ' || s.at(level) == u'\t' ? int(level) : 0;
}

bool isRule(QStringView line)
{
    const QStringView s = unindented(line).trimmed();
    if (s.size() < 3 || (s.front() != u'-' && s.front() != u'*' && s.front() != u'_'))
        return false;
    return runLength(s, s.front()) == s.size();
}

bool isQuote(QStringView line)
{
    const QStringView s = unindented(line);
    return !s.isEmpty() && s.front() == u'>';
}

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Whether the line is a list item; a line still streaming may be undecided ("1" may
// become "1. "). orderedNumber receives the number of an ordered item, else -1.
Answer listItem(QStringView line, bool complete, int *orderedNumber = nullptr)
{
    if (orderedNumber)
        *orderedNumber = -1;
    const QStringView s = unindented(line);
    if (s.isNull() && !line.isEmpty())
        return Answer::No;
    const Answer incomplete = complete ? Answer::No : Answer::Undecided;
    if (s.isEmpty())
        return incomplete;
    if (s.front() == u'-' || s.front() == u'*' || s.front() == u'+') {
        if (s.size() == 1)
            return incomplete;
        return isSpaceOrTab(s.at(1)) ? Answer::Yes : Answer::No;
    }
    qsizetype digits = 0;
    while (digits < s.size() && s.at(digits).isDigit() && s.at(digits).unicode() < 128)
        ++digits;
    if (digits == 0 || digits > 9)
        return Answer::No;
    if (digits == s.size())
        return incomplete;
    if (s.at(digits) != u'.' && s.at(digits) != u')')
        return Answer::No;
    if (digits + 1 == s.size())
        return incomplete;
    if (!isSpaceOrTab(s.at(digits + 1)))
        return Answer::No;
    if (orderedNumber)
        *orderedNumber = s.first(digits).toInt();
    return Answer::Yes;
}

// An indented, non-blank line continues a list item.
Answer indentedText(QStringView line, bool complete)
{
    if (line.isEmpty() || !isSpaceOrTab(line.front()))
        return Answer::No;
    if (!isBlank(line))
        return Answer::Yes;
    return complete ? Answer::No : Answer::Undecided;
}

QList<QStringView> tableCells(QStringView line)
{
    QStringView s = line.trimmed();
    if (s.startsWith(u'|'))
        s = s.sliced(1);
    if (s.endsWith(u'|'))
        s.chop(1);
    return s.split(u'|');
}

bool isDelimiterRow(QStringView line, qsizetype headerCells)
{
    if (!line.contains(u'|'))
        return false;
    const QList<QStringView> cells = tableCells(line);
    if (cells.size() != headerCells)
        return false;
    for (QStringView cell : cells) {
        cell = cell.trimmed();
        if (cell.startsWith(u':'))
            cell = cell.sliced(1);
        if (cell.endsWith(u':'))
            cell.chop(1);
        if (cell.isEmpty() || runLength(cell, u'-') != cell.size())
            return false;
    }
    return true;
}

// A streaming line that more characters may still turn into a table's delimiter row.
bool mayBecomeDelimiterRow(QStringView line)
{
    for (const QChar c : line) {
        if (c != u'|' && c != u':' && c != u'-' && !c.isSpace())
            return false;
    }
    return true;
}

class Splitter
{
public:
    Splitter(QStringView text, qsizetype from);

    QList<MarkdownBlock> blocks;
    bool lastComplete = true;
    qsizetype lastStart = 0; // where the last block begins
    qsizetype end = 0; // where splitting stopped: the text's end or a streaming blank

private:
    QStringView content(qsizetype i) const
    {
        return m_text.sliced(m_lines.at(i).start, m_lines.at(i).end - m_lines.at(i).start);
    }
    bool complete(qsizetype i) const { return m_lines.at(i).complete; }
    bool blankAndComplete(qsizetype i) const
    {
        return i < m_lines.size() && complete(i) && isBlank(content(i));
    }
    QString source(qsizetype first, qsizetype last) const
    {
        if (last < first)
            return {};
        const qsizetype start = m_lines.at(first).start;
        return m_text.sliced(start, m_lines.at(last).end - start).toString();
    }

    bool tableStartsAt(qsizetype i) const;
    bool startsOtherBlock(qsizetype i) const;
    qsizetype splitCode(qsizetype i, MarkdownBlock &block, bool &closedLineEnded) const;
    qsizetype splitList(qsizetype i) const;
    qsizetype splitQuote(qsizetype i) const;
    qsizetype splitTable(qsizetype i) const;
    qsizetype splitParagraph(qsizetype i) const;

    QStringView m_text;
    QList<Line> m_lines;
};

Splitter::Splitter(QStringView text, qsizetype from)
    : m_text(text)
{
    for (qsizetype pos = from; pos < text.size();) {
        const qsizetype newline = text.indexOf(u'\n', pos);
        if (newline < 0) {
            m_lines.append({pos, text.size(), false});
            break;
        }
        const qsizetype lineEnd
            = newline > pos && text.at(newline - 1) == u'\r' ? newline - 1 : newline;
        m_lines.append({pos, lineEnd, true});
        pos = newline + 1;
    }
    end = text.size();

    qsizetype i = 0;
    while (i < m_lines.size()) {
        const QStringView line = content(i);
        if (isBlank(line)) {
            if (!complete(i)) {
                end = m_lines.at(i).start; // may still become the start of a block
                break;
            }
            ++i;
            continue;
        }
        MarkdownBlock block;
        qsizetype next = i + 1;
        bool completeAsLast = false;
        if (openingFence(line).length > 0) {
            block.type = MarkdownBlock::Type::Code;
            next = splitCode(i, block, completeAsLast);
        } else if (const int level = headingLevel(line)) {
            block.type = MarkdownBlock::Type::Heading;
            block.level = level;
        } else if (complete(i) && isRule(line)) {
            block.type = MarkdownBlock::Type::Rule;
        } else if (isQuote(line)) {
            block.type = MarkdownBlock::Type::Quote;
            next = splitQuote(i);
        } else if (listItem(line, complete(i)) == Answer::Yes) {
            block.type = MarkdownBlock::Type::List;
            next = splitList(i);
        } else if (tableStartsAt(i)) {
            block.type = MarkdownBlock::Type::Table;
            next = splitTable(i);
        } else {
            block.type = MarkdownBlock::Type::Paragraph;
            next = splitParagraph(i);
        }
        if (block.type != MarkdownBlock::Type::Code)
            block.text = source(i, next - 1);
        if (block.type != MarkdownBlock::Type::Code && block.type != MarkdownBlock::Type::List)
            completeAsLast = blankAndComplete(next);

        if (!blocks.isEmpty())
            blocks.last().complete = true; // another block follows it
        block.complete = completeAsLast;
        blocks.append(block);
        lastStart = m_lines.at(i).start;
        lastComplete = completeAsLast;
        i = next;
    }
}

bool Splitter::tableStartsAt(qsizetype i) const
{
    if (i + 1 >= m_lines.size() || !complete(i + 1) || !content(i).contains(u'|'))
        return false;
    return isDelimiterRow(content(i + 1), tableCells(content(i)).size());
}

// Whether line i, under paragraph text, starts a block of its own. Only answers that
// further characters on a streaming line cannot change may say yes.
bool Splitter::startsOtherBlock(qsizetype i) const
{
    const QStringView line = content(i);
    if (isBlank(line))
        return complete(i);
    if (!complete(i) && i > 0 && content(i - 1).contains(u'|') && mayBecomeDelimiterRow(line))
        return false; // "- " may end as "- | -", which makes the line above a table header
    if (openingFence(line).length > 0 || headingLevel(line) > 0 || isQuote(line))
        return true;
    if (complete(i) && isRule(line))
        return true;
    int number = -1;
    if (listItem(line, complete(i), &number) == Answer::Yes && (number == -1 || number == 1))
        return true;
    return tableStartsAt(i);
}

qsizetype Splitter::splitCode(qsizetype i, MarkdownBlock &block, bool &closedLineEnded) const
{
    const Fence fence = openingFence(content(i));
    block.language = fenceLanguage(content(i), fence);
    qsizetype j = i + 1;
    while (j < m_lines.size() && !closesFence(content(j), fence))
        ++j;
    block.text = source(i + 1, j - 1);
    if (j == m_lines.size()) {
        closedLineEnded = false;
        return j;
    }
    closedLineEnded = complete(j);
    return j + 1;
}

qsizetype Splitter::splitList(qsizetype i) const
{
    qsizetype next = i + 1; // one past the last line that belongs to the list
    qsizetype j = i + 1;
    while (j < m_lines.size()) {
        if (isBlank(content(j))) {
            qsizetype k = j;
            while (k < m_lines.size() && isBlank(content(k)))
                ++k;
            if (k == m_lines.size())
                break; // trailing blank lines are not part of the list
            const Answer item = listItem(content(k), complete(k));
            const Answer indented = indentedText(content(k), complete(k));
            if (item == Answer::No && indented == Answer::No)
                break;
            next = j = k + 1; // an item, indented, or a streaming line that may be either
            continue;
        }
        const Answer item = listItem(content(j), complete(j));
        const Answer indented = indentedText(content(j), complete(j));
        if (item == Answer::No && indented == Answer::No && startsOtherBlock(j))
            break;
        next = ++j; // an item, indented, or lazy continuation text
    }
    return next;
}

qsizetype Splitter::splitQuote(qsizetype i) const
{
    qsizetype j = i + 1;
    while (j < m_lines.size()) {
        const QStringView line = content(j);
        if (isBlank(line) ? complete(j) : !isQuote(line))
            break;
        ++j;
    }
    return j;
}

qsizetype Splitter::splitTable(qsizetype i) const
{
    qsizetype j = i + 2;
    while (j < m_lines.size() && (content(j).contains(u'|') || !complete(j)))
        ++j;
    return j;
}

qsizetype Splitter::splitParagraph(qsizetype i) const
{
    qsizetype j = i + 1;
    while (j < m_lines.size() && !startsOtherBlock(j))
        ++j;
    return j;
}

} // namespace

MarkdownBlocks::Change MarkdownBlocks::setText(const QString &text)
{
    if (text.size() == m_text.size() && text == m_text)
        return {int(m_blocks.size()), 0, 0};

    const bool appended = text.startsWith(m_text);
    const qsizetype from = appended ? m_resumeOffset : 0;
    const int kept = appended ? m_settledCount : 0;
    m_text = text;
    return splitFrom(from, kept);
}

MarkdownBlocks::Change MarkdownBlocks::append(QStringView more)
{
    if (more.isEmpty())
        return {int(m_blocks.size()), 0, 0};
    m_text.append(more);
    return splitFrom(m_resumeOffset, m_settledCount);
}

const QString &MarkdownBlocks::text() const
{
    return m_text;
}

MarkdownBlocks::Change MarkdownBlocks::splitFrom(qsizetype from, int kept)
{
    Splitter splitter(m_text, from);
    const Change change {kept, int(m_blocks.size()) - kept, int(splitter.blocks.size())};
    m_blocks.resize(kept);
    m_blocks.append(splitter.blocks);
    if (splitter.blocks.isEmpty()) {
        m_resumeOffset = splitter.end;
        m_settledCount = kept;
    } else if (splitter.lastComplete) {
        m_resumeOffset = splitter.end;
        m_settledCount = int(m_blocks.size());
    } else {
        m_resumeOffset = splitter.lastStart;
        m_settledCount = int(m_blocks.size()) - 1;
    }
    return change;
}

const QList<MarkdownBlock> &MarkdownBlocks::blocks() const
{
    return m_blocks;
}
