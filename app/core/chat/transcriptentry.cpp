#include "transcriptentry.h"

#include "render/jsonanswer.h"

namespace {

bool isLive(const Message &message)
{
    return message.state == Message::State::Pending || message.state == Message::State::Streaming;
}

} // namespace

TranscriptEntry::TranscriptEntry(const Message &message, bool jsonRequested)
    : m_role(message.role)
    , m_jsonRequested(jsonRequested)
{
    if (m_role != Message::Role::Assistant)
        return;
    m_answer.setText(message.content);
    if (isLive(message)) {
        m_streamsJson = JsonAnswer::startsLikeJson(message.content);
    } else if (const auto json = JsonAnswer::documentOf(message.content, jsonRequested)) {
        m_isJson = true;
        m_jsonText = *json;
    }
    for (const MarkdownBlock &block : m_answer.blocks())
        m_answerTypes.append(block.type);
    m_reasoning.setText(message.reasoning);
    m_hasReasoningHeader = !message.reasoning.isEmpty();
    if (m_hasReasoningHeader && message.isThinking())
        m_reasoningRows = int(m_reasoning.blocks().size());
    m_toolRows = int(message.toolCalls.size());
}

int TranscriptEntry::rowCount() const
{
    switch (m_role) {
    case Message::Role::System:
        return 0; // shown in the request-parameters panel, not in the transcript
    case Message::Role::Tool:
        return 0; // on its call's card
    case Message::Role::User:
        return 1;
    case Message::Role::Assistant:
        break;
    }
    return toolStart() + m_toolRows + 1;
}

TranscriptEntry::Row TranscriptEntry::rowAt(int row) const
{
    if (m_role == Message::Role::User || m_role == Message::Role::System)
        return {Part::Question, 0};
    if (m_hasReasoningHeader && row == 0)
        return {Part::ReasoningHeader, 0};
    if (row < answerStart())
        return {Part::ReasoningBlock, row - reasoningStart()};
    if (row < toolStart())
        return {m_isJson ? Part::JsonAnswer : Part::AnswerBlock, row - answerStart()};
    if (row < toolStart() + m_toolRows)
        return {Part::ToolCall, row - toolStart()};
    return {Part::Footer, 0};
}

std::optional<QString> TranscriptEntry::jsonTextAt(Row row) const
{
    if (row.part == Part::JsonAnswer)
        return m_jsonText;
    if (row.part == Part::AnswerBlock && m_streamsJson)
        return m_answer.blocks().at(row.index).text;
    return std::nullopt;
}

MarkdownBlocks::Change TranscriptEntry::update(MarkdownBlocks &blocks, const QString &text,
                                               bool growing)
{
    const QString &seen = blocks.text();
    // While a message streams its text only grows: hand MarkdownBlocks just the new part.
    const bool grew = growing && text.size() >= seen.size()
        && (seen.isEmpty() || text.at(seen.size() - 1) == seen.back());
    return grew ? blocks.append(QStringView(text).sliced(seen.size())) : blocks.setText(text);
}

// Blocks [first, first + removed) became [first, first + inserted), shown from row `base`.
void TranscriptEntry::announce(const MarkdownBlocks::Change &change, int base, Listener &listener)
{
    const int common = std::min(change.removed, change.inserted);
    if (change.removed > common)
        listener.rowsRemoved(base + change.first + common, change.removed - common);
    if (change.inserted > common)
        listener.rowsInserted(base + change.first + common, change.inserted - common);
    if (common > 0)
        listener.rowsChanged(base + change.first, common, Change::Text);
    // A new last block takes the streaming cursor from the one before it.
    const int oldLast = change.first + change.removed - 1;
    const bool announced = oldLast >= change.first && oldLast < change.first + common;
    if (change.inserted > change.removed && oldLast >= 0 && !announced)
        listener.rowsChanged(base + oldLast, 1, Change::Cursor);
}

// The view picks a row's delegate by its kind when it makes the row, and keeps it: a block
// whose kind changed while it streamed ("``" was a paragraph until "`cpp" made it code) is
// replaced, not changed, so that it is drawn as what it now is.
void TranscriptEntry::announceAnswer(const MarkdownBlocks::Change &change, int base,
                                     Listener &listener)
{
    const QList<MarkdownBlock> &blocks = m_answer.blocks();
    const int common = std::min(change.removed, change.inserted);
    bool retyped = false;
    for (int i = 0; i < common && !retyped; ++i)
        retyped = m_answerTypes.value(change.first + i) != blocks.at(change.first + i).type;
    m_answerTypes.remove(change.first,
                         std::min<qsizetype>(change.removed, m_answerTypes.size() - change.first));
    for (int i = 0; i < change.inserted; ++i)
        m_answerTypes.insert(change.first + i, blocks.at(change.first + i).type);
    if (!retyped) {
        announce(change, base, listener);
        return;
    }
    listener.rowsRemoved(base + change.first, change.removed);
    listener.rowsInserted(base + change.first, change.inserted);
    if (change.first > 0) // the block before may have had the streaming cursor
        listener.rowsChanged(base + change.first - 1, 1, Change::Cursor);
}

void TranscriptEntry::sync(const Message &message, const Changed &changed, Listener &listener)
{
    if (m_role != Message::Role::Assistant) {
        listener.rowsChanged(0, rowCount(), Change::Everything);
        return;
    }
    syncReasoning(message, changed, listener);
    // Decided before the first block is announced, so that it is made as what it shows.
    if (isLive(message) && m_answer.blocks().isEmpty())
        m_streamsJson = JsonAnswer::startsLikeJson(message.content);
    if (changed.content) {
        const int base = answerStart();
        const MarkdownBlocks::Change change = update(m_answer, message.content, isLive(message));
        if (m_isJson)
            m_answerTypes.clear(); // the blocks are not shown: announced again if they come back
        else
            announceAnswer(change, base, listener);
    }
    if (changed.content || changed.state)
        syncJson(message, listener);
    syncToolRows(message, changed.toolCalls, listener);
    if (changed.state) // the cursor leaves, Retry appears: every row may look different
        listener.rowsChanged(0, rowCount(), Change::Everything);
    else if (changed.footer || changed.thinking)
        listener.rowsChanged(rowCount() - 1, 1, Change::Everything);
}

void TranscriptEntry::syncReasoning(const Message &message, const Changed &changed,
                                    Listener &listener)
{
    const bool wanted = !message.reasoning.isEmpty();
    if (!wanted) {
        if (m_hasReasoningHeader) {
            const int rows = 1 + m_reasoningRows;
            m_hasReasoningHeader = false;
            m_reasoningRows = 0;
            m_reasoning.setText({});
            listener.rowsRemoved(0, rows);
        }
        return;
    }
    if (!m_hasReasoningHeader) {
        m_hasReasoningHeader = true;
        listener.rowsInserted(0, 1);
    }
    if (changed.reasoning) {
        const MarkdownBlocks::Change change
            = update(m_reasoning, message.reasoning, isLive(message));
        if (m_reasoningRows > 0) {
            m_reasoningRows = int(m_reasoning.blocks().size());
            announce(change, reasoningStart(), listener);
        }
    }
    showReasoningRows(message, listener);
    if (changed.reasoning || changed.thinking || changed.state || changed.footer)
        listener.rowsChanged(0, 1, Change::Everything); // the header's title and state
}

void TranscriptEntry::showReasoningRows(const Message &message, Listener &listener)
{
    const bool open = m_userOpen.value_or(message.isThinking());
    const int wanted = open && m_hasReasoningHeader ? int(m_reasoning.blocks().size()) : 0;
    if (wanted > m_reasoningRows) {
        const int first = reasoningStart() + m_reasoningRows;
        const int count = wanted - m_reasoningRows;
        m_reasoningRows = wanted;
        listener.rowsInserted(first, count);
    } else if (wanted < m_reasoningRows) {
        const int count = m_reasoningRows - wanted;
        m_reasoningRows = wanted;
        listener.rowsRemoved(reasoningStart() + wanted, count);
    }
}

void TranscriptEntry::setReasoningOpen(const Message &message, bool open, Listener &listener)
{
    if (!m_hasReasoningHeader)
        return;
    m_userOpen = open;
    showReasoningRows(message, listener);
    listener.rowsChanged(0, 1, Change::Everything);
}

// Whether the answer shows as JSON, checked only when it stops streaming (or changes after),
// never per streamed piece: one parse of a finished answer.
void TranscriptEntry::syncJson(const Message &message, Listener &listener)
{
    const bool live = isLive(message);
    const std::optional<QString> json
        = live ? std::nullopt : JsonAnswer::documentOf(message.content, m_jsonRequested);
    const bool streamsJson = live && m_streamsJson;
    if (json.has_value() == m_isJson && streamsJson == m_streamsJson) {
        if (m_isJson && *json != m_jsonText) {
            m_jsonText = *json;
            listener.rowsChanged(answerStart(), 1, Change::Text);
        }
        return;
    }
    // Drawn as something else now (Markdown, JSON code, a JSON outline): made again.
    listener.rowsRemoved(answerStart(), answerRows());
    m_isJson = json.has_value();
    m_jsonText = json.value_or(QString());
    m_streamsJson = streamsJson;
    m_answerTypes.clear();
    if (!m_isJson) {
        for (const MarkdownBlock &block : m_answer.blocks())
            m_answerTypes.append(block.type);
    }
    listener.rowsInserted(answerStart(), answerRows());
}

void TranscriptEntry::setJsonRequested(const Message &message, bool requested, Listener &listener)
{
    if (requested == m_jsonRequested)
        return;
    m_jsonRequested = requested;
    if (m_role == Message::Role::Assistant)
        syncJson(message, listener);
}

void TranscriptEntry::syncToolRows(const Message &message, bool argumentsChanged,
                                   Listener &listener)
{
    const int wanted = int(message.toolCalls.size());
    const int had = m_toolRows;
    if (wanted > had) {
        m_toolRows = wanted;
        listener.rowsInserted(toolStart() + had, wanted - had);
    } else if (wanted < had) {
        m_toolRows = wanted;
        listener.rowsRemoved(toolStart() + wanted, had - wanted);
    }
    if (argumentsChanged && std::min(had, wanted) > 0)
        listener.rowsChanged(toolStart(), std::min(had, wanted), Change::Everything);
}
