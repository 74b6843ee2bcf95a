#include "streamaccumulator.h"

#include <QSet>

#include <QRandomGenerator>

namespace {

const QString openTag = QStringLiteral("<think>");
const QString closeTag = QStringLiteral("</think>");

// Length of the longest suffix of `text` that is a proper prefix of `tag`.
qsizetype partialTagAtEnd(const QString &text, const QString &tag)
{
    const qsizetype longest = std::min(text.size(), tag.size() - 1);
    for (qsizetype length = longest; length > 0; --length) {
        if (QStringView(text).right(length) == QStringView(tag).left(length))
            return length;
    }
    return 0;
}

// Nine letters and digits: the one id shape every provider accepts (Mistral insists).
QString generateCallId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id;
    for (int i = 0; i < 9; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

} // namespace

StreamAccumulator::StreamAccumulator(int choiceIndex)
    : m_choiceIndex(choiceIndex)
{ }

Message::Fields StreamAccumulator::apply(Message &message, const ChatDelta &delta, qint64 nowMs)
{
    Message::Fields changed;
    if (!delta.model.isEmpty() && delta.model != message.model) {
        message.model = delta.model;
        changed |= Message::ModelField;
    }
    // Providers report usage once for the whole request: it belongs to choice 0.
    if (delta.usage && m_choiceIndex == 0) {
        message.usage = *delta.usage;
        changed |= Message::UsageField;
    }
    for (const ChoiceDelta &choice : delta.choices) {
        if (choice.index != m_choiceIndex)
            continue;
        if (!choice.reasoning.isEmpty())
            changed |= appendReasoning(message, choice.reasoning, nowMs);
        if (!choice.content.isEmpty())
            changed |= appendContent(message, choice.content, nowMs);
        if (!choice.refusal.isEmpty()) {
            message.refusal += choice.refusal;
            changed |= Message::RefusalField;
        }
        for (const ToolCallFragment &fragment : choice.toolCalls)
            changed |= mergeToolCall(message, fragment);
        if (!choice.finishReason.isEmpty() && choice.finishReason != message.finishReason) {
            message.finishReason = choice.finishReason;
            changed |= Message::FinishReasonField;
        }
    }
    if (changed && message.state == Message::State::Pending) {
        message.state = Message::State::Streaming;
        changed |= Message::StateField;
    }
    return changed;
}

Message::Fields StreamAccumulator::appendReasoning(Message &message, const QString &text,
                                                   qint64 now)
{
    Message::Fields changed = Message::ReasoningField;
    if (message.timings.reasoningStartedAt == 0) {
        message.timings.reasoningStartedAt = now;
        changed |= Message::TimingsField;
    }
    if (message.timings.firstTokenAt == 0) {
        message.timings.firstTokenAt = now;
        changed |= Message::TimingsField;
    }
    message.reasoning += text;
    // Reasoning from a field means the content is plain: no inline tags to look for.
    if (m_thinkState == ThinkState::AtStart || m_thinkState == ThinkState::Plain) {
        // Blank lines before the reasoning do not start an answer (nor end the reasoning).
        if (!QStringView(m_heldBack).trimmed().isEmpty())
            changed |= appendAnswer(message, m_heldBack, now);
        m_heldBack.clear();
        m_thinkState = ThinkState::Done;
    }
    return changed;
}

Message::Fields StreamAccumulator::appendAnswer(Message &message, const QString &text, qint64 now)
{
    if (text.isEmpty())
        return {};
    Message::Fields changed = Message::ContentField;
    if (message.timings.firstTokenAt == 0) {
        message.timings.firstTokenAt = now;
        changed |= Message::TimingsField;
    }
    if (message.timings.reasoningStartedAt != 0 && message.timings.reasoningEndedAt == 0) {
        message.timings.reasoningEndedAt = now;
        changed |= Message::TimingsField;
    }
    message.content += text;
    return changed;
}

// The blank lines between </think> and the answer often come in deltas of their own.
Message::Fields StreamAccumulator::appendAnswerAfterThinking(Message &message, QString text,
                                                             qint64 now)
{
    if (m_dropAnswerBlanks) {
        qsizetype blanks = 0;
        while (blanks < text.size() && text.at(blanks).isSpace())
            ++blanks;
        text.remove(0, blanks);
        if (text.isEmpty())
            return {};
        m_dropAnswerBlanks = false;
    }
    return appendAnswer(message, text, now);
}

Message::Fields StreamAccumulator::appendContent(Message &message, const QString &text, qint64 now)
{
    if (m_thinkState == ThinkState::Done)
        return appendAnswerAfterThinking(message, text, now);

    QString pending = m_heldBack + text;
    m_heldBack.clear();
    Message::Fields changed;

    if (m_thinkState == ThinkState::AtStart) {
        const QStringView trimmed = QStringView(pending).trimmed();
        if (trimmed.isEmpty() || (trimmed.size() < openTag.size() && openTag.startsWith(trimmed))) {
            m_heldBack = pending; // could still become <think>
            return changed;
        }
        if (trimmed.startsWith(openTag)) {
            m_thinkState = ThinkState::InsideTag;
            pending = pending.mid(pending.indexOf(openTag) + openTag.size());
        } else {
            m_thinkState = ThinkState::Plain;
        }
    }

    if (m_thinkState == ThinkState::InsideTag) {
        const qsizetype close = pending.indexOf(closeTag);
        if (close < 0) {
            const qsizetype partial = partialTagAtEnd(pending, closeTag);
            m_heldBack = pending.right(partial);
            pending.chop(partial);
            if (!pending.isEmpty())
                changed |= appendReasoning(message, pending, now);
            return changed;
        }
        if (close > 0)
            changed |= appendReasoning(message, pending.left(close), now);
        m_thinkState = ThinkState::Done;
        if (message.timings.reasoningEndedAt == 0 && message.timings.reasoningStartedAt != 0) {
            message.timings.reasoningEndedAt = now;
            changed |= Message::TimingsField;
        }
        m_dropAnswerBlanks = true;
        return changed
            | appendAnswerAfterThinking(message, pending.mid(close + closeTag.size()), now);
    }

    // Plain: DeepSeek-R1 templates open <think> themselves, so only the close tag arrives.
    const qsizetype close = pending.indexOf(closeTag);
    if (close >= 0) {
        const QString before = message.content + pending.left(close);
        message.content.clear();
        m_thinkState = ThinkState::InsideTag; // lets appendReasoning keep the state
        if (message.timings.reasoningStartedAt == 0)
            message.timings.reasoningStartedAt = message.timings.firstTokenAt;
        if (!before.trimmed().isEmpty())
            changed |= appendReasoning(message, before, now);
        m_thinkState = ThinkState::Done;
        if (message.timings.reasoningEndedAt == 0 && message.timings.reasoningStartedAt != 0)
            message.timings.reasoningEndedAt = now;
        changed |= Message::ContentField | Message::TimingsField;
        m_dropAnswerBlanks = true;
        return changed
            | appendAnswerAfterThinking(message, pending.mid(close + closeTag.size()), now);
    }
    const qsizetype partial = partialTagAtEnd(pending, closeTag);
    m_heldBack = pending.right(partial);
    pending.chop(partial);
    return changed | appendAnswer(message, pending, now);
}

Message::Fields StreamAccumulator::mergeToolCall(Message &message, const ToolCallFragment &fragment)
{
    int slot = -1;
    if (fragment.index >= 0) {
        const auto it = m_callByIndex.constFind(fragment.index);
        if (it != m_callByIndex.cend()) {
            const ToolCall &existing = message.toolCalls.at(*it);
            // Some servers reuse index 0 for every call; a new id means a new call.
            const bool newCall
                = !fragment.id.isEmpty() && !existing.id.isEmpty() && fragment.id != existing.id;
            if (!newCall)
                slot = *it;
        }
    } else if (!message.toolCalls.isEmpty()) {
        // No index (Gemini): a fragment with a new id starts a call, others continue one.
        const ToolCall &last = message.toolCalls.constLast();
        if (fragment.id.isEmpty() || fragment.id == last.id)
            slot = int(message.toolCalls.size() - 1);
    }

    if (slot < 0) {
        ToolCall call;
        call.id = fragment.id;
        if (!fragment.type.isEmpty())
            call.type = fragment.type;
        call.name = fragment.name;
        call.arguments = fragment.arguments;
        call.extraContent = fragment.extraContent;
        message.toolCalls.append(call);
        if (fragment.index >= 0)
            m_callByIndex.insert(fragment.index, int(message.toolCalls.size() - 1));
        return Message::ToolCallsField;
    }

    ToolCall &call = message.toolCalls[slot];
    if (call.id.isEmpty())
        call.id = fragment.id;
    if (call.name.isEmpty())
        call.name = fragment.name;
    call.arguments += fragment.arguments;
    for (auto it = fragment.extraContent.begin(); it != fragment.extraContent.end(); ++it)
        call.extraContent.insert(it.key(), it.value());
    return Message::ToolCallsField;
}

Message::Fields StreamAccumulator::finish(Message &message, qint64 nowMs)
{
    Message::Fields changed;
    if (!m_heldBack.isEmpty()) {
        const QString rest = m_heldBack;
        m_heldBack.clear();
        if (m_thinkState == ThinkState::InsideTag)
            changed |= appendReasoning(message, rest, nowMs);
        else
            changed |= appendAnswer(message, rest, nowMs);
    }
    m_thinkState = ThinkState::Done;
    if (message.timings.reasoningStartedAt != 0 && message.timings.reasoningEndedAt == 0) {
        message.timings.reasoningEndedAt = nowMs;
        changed |= Message::TimingsField;
    }
    // Every call needs an id of its own: results and consent are matched to calls by it.
    QSet<QString> seen;
    for (ToolCall &call : message.toolCalls) {
        if (call.id.isEmpty() || seen.contains(call.id)) {
            call.id = generateCallId();
            changed |= Message::ToolCallsField;
        }
        seen.insert(call.id);
    }
    message.timings.finishedAt = nowMs;
    return changed | Message::TimingsField;
}
