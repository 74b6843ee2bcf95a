#pragma once

#include "message.h"
#include "render/markdownblocks.h"

#include <optional>

// The rows one message shows in the transcript. A question is one row. An answer is, in
// order: the reasoning header, the reasoning's Markdown blocks while the panel is open, the
// answer's Markdown blocks (or, for a complete answer that is a JSON document, one JSON
// row; see JsonAnswer), its tool calls, and a footer. sync() brings the rows up to date
// with the message and reports every row it inserts, removes or changes, in order, so the
// model can announce exactly those; streamed text goes through MarkdownBlocks::append.
// A tool message shows no row: its result is on the card of the call it answers.
class TranscriptEntry
{
public:
    enum class Part {
        Question,
        ReasoningHeader,
        ReasoningBlock,
        AnswerBlock,
        JsonAnswer, // the whole answer as one JSON document
        ToolCall,
        Footer,
    };
    struct Row
    {
        Part part = Part::Footer;
        int index = 0; // within its part: which block, which tool call
    };

    // What a row change means for the view.
    enum class Change { Text, Cursor, Everything };

    // Receives the row changes of one entry, in its own row numbers, as they happen.
    class Listener
    {
    public:
        virtual ~Listener() = default;
        virtual void rowsInserted(int first, int count) = 0;
        virtual void rowsRemoved(int first, int count) = 0;
        virtual void rowsChanged(int first, int count, Change change) = 0;
    };

    // Which parts of the message changed since the last sync.
    struct Changed
    {
        bool content = true;
        bool reasoning = true;
        bool toolCalls = true;
        bool thinking = true; // whether the model is still reasoning
        bool state = true; // streaming, complete, failed…
        bool footer = true; // usage, timings, model, siblings
    };

    // `jsonRequested`: the conversation asks for JSON answers (response_format).
    explicit TranscriptEntry(const Message &message, bool jsonRequested = false);

    int rowCount() const;
    Row rowAt(int row) const;
    const MarkdownBlocks &answer() const { return m_answer; }
    const MarkdownBlocks &reasoning() const { return m_reasoning; }
    // Whether the answer shows as one JSON row, and its JSON text (without a fence).
    bool isJson() const { return m_isJson; }
    const QString &jsonText() const { return m_jsonText; }
    // A streaming answer that starts like JSON: its blocks show as JSON code until it ends.
    bool streamsJson() const { return m_streamsJson; }
    // The text of a row shown as JSON (as it came, no Markdown): the JSON row, or a block of
    // a streaming JSON answer. nullopt for every other row.
    std::optional<QString> jsonTextAt(Row row) const;
    bool isReasoningOpen(const Message &message) const
    {
        return m_hasReasoningHeader && m_userOpen.value_or(message.isThinking());
    }

    void sync(const Message &message, const Changed &changed, Listener &listener);
    // The person opened or closed the reasoning panel; from now on it stays as they chose.
    void setReasoningOpen(const Message &message, bool open, Listener &listener);
    // The conversation started or stopped asking for JSON: a broken JSON answer shows as JSON
    // only while it does.
    void setJsonRequested(const Message &message, bool requested, Listener &listener);

private:
    int reasoningStart() const { return m_hasReasoningHeader ? 1 : 0; }
    int answerStart() const { return reasoningStart() + m_reasoningRows; }
    int answerRows() const { return m_isJson ? 1 : int(m_answer.blocks().size()); }
    int toolStart() const { return answerStart() + answerRows(); }
    void syncReasoning(const Message &message, const Changed &changed, Listener &listener);
    void showReasoningRows(const Message &message, Listener &listener);
    void syncJson(const Message &message, Listener &listener);
    void syncToolRows(const Message &message, bool argumentsChanged, Listener &listener);
    static MarkdownBlocks::Change update(MarkdownBlocks &blocks, const QString &text, bool growing);
    static void announce(const MarkdownBlocks::Change &change, int base, Listener &listener);
    void announceAnswer(const MarkdownBlocks::Change &change, int base, Listener &listener);

    Message::Role m_role;
    MarkdownBlocks m_answer;
    QList<MarkdownBlock::Type> m_answerTypes; // the kinds the view was told, by block
    MarkdownBlocks m_reasoning;
    bool m_hasReasoningHeader = false;
    int m_reasoningRows = 0; // reasoning blocks shown: 0 while the panel is folded
    std::optional<bool> m_userOpen; // unset: open exactly while the model thinks
    int m_toolRows = 0;
    bool m_jsonRequested = false;
    bool m_isJson = false;
    bool m_streamsJson = false;
    QString m_jsonText;
};
