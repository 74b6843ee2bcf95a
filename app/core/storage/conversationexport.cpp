#include "conversationexport.h"

#include "schema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString withoutTrailingSpace(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

// A fence longer than any run of backticks inside, so that the text cannot close it.
QString fenced(const QString &text, const QString &language = {})
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), u'`');
    return fence + language + u'\n' + withoutTrailingSpace(text) + u'\n' + fence;
}

// JSON text indented for reading; anything else as it is.
QString readableJson(const QString &text, bool *isJson = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && !document.isNull();
    if (isJson)
        *isJson = ok;
    return ok ? QString::fromUtf8(document.toJson(QJsonDocument::Indented)) : text;
}

// One line of emphasised text: no line breaks, no stray emphasis markers.
QString italicLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\\', u"\\\\"_s).replace(u'*', u"\\*"_s);
    return u'*' + text.trimmed() + u'*';
}

QString heading(int level, QString text)
{
    text.replace(u'\n', u' ');
    return QString(level, u'#') + u' ' + text.trimmed();
}

QString stateNote(const Message &message)
{
    switch (message.state) {
    case Message::State::Failed: {
        QString reason = message.error.message;
        if (reason.isEmpty())
            reason = message.error.providerMessage;
        if (reason.isEmpty())
            reason = ConversationExport::tr("no reason was given");
        return italicLine(ConversationExport::tr("Failed: %1").arg(reason));
    }
    case Message::State::Cancelled:
        return italicLine(ConversationExport::tr("Stopped before the answer was complete."));
    case Message::State::Interrupted:
        return italicLine(
            ConversationExport::tr("Interrupted: Confab closed while this answer was arriving."));
    default:
        return {};
    }
}

QStringList assistantBlocks(const Message &message, const QString &fallbackModel)
{
    const QString model = message.model.isEmpty() ? fallbackModel : message.model;
    QStringList blocks {heading(2,
                                model.isEmpty()
                                    ? ConversationExport::tr("Assistant")
                                    : ConversationExport::tr("Assistant · %1").arg(model))};
    if (!message.reasoning.trimmed().isEmpty())
        blocks << u"<details><summary>%1</summary>\n\n%2\n\n</details>"_s.arg(
            ConversationExport::tr("Reasoning"), withoutTrailingSpace(message.reasoning));
    if (!message.content.trimmed().isEmpty())
        blocks << withoutTrailingSpace(message.content);
    if (!message.refusal.isEmpty())
        blocks << italicLine(ConversationExport::tr("Refused: %1").arg(message.refusal));
    for (const ToolCall &call : message.toolCalls) {
        blocks << u"**%1** `%2`"_s.arg(ConversationExport::tr("Tool call:"), call.name);
        blocks << fenced(readableJson(call.arguments.isEmpty() ? u"{}"_s : call.arguments),
                         u"json"_s);
    }
    return blocks;
}

} // namespace

QString ConversationExport::formatName()
{
    return u"confab-history"_s;
}

std::optional<ConversationRecord> ConversationExport::read(const ConversationStore &store,
                                                           const QString &id)
{
    std::optional<StoredConversation> conversation = store.conversation(id);
    if (!conversation)
        return std::nullopt;
    return ConversationRecord {*conversation, store.messages(id)};
}

QList<ConversationRecord> ConversationExport::readAll(const ConversationStore &store)
{
    QList<ConversationRecord> records;
    // The list leaves out the branch choices: each conversation is read whole.
    for (const StoredConversation &listed : store.conversations(-1, 0, true)) {
        if (std::optional<ConversationRecord> record = read(store, listed.id))
            records.append(*record);
    }
    return records;
}

QList<Message> ConversationExport::activeBranch(const ConversationRecord &record)
{
    QHash<QString, QStringList> children; // parent id ("" for roots) -> ids in insertion order
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < record.messages.size(); ++i) {
        const Message &message = record.messages.at(i);
        children[message.parentId].append(message.id);
        indexOf.insert(message.id, i);
    }
    QList<Message> branch;
    QSet<QString> visited; // a broken tree must not loop
    QString parent;
    for (;;) {
        const QStringList candidates = children.value(parent);
        if (candidates.isEmpty())
            break;
        QString chosen = record.conversation.selectedChild.value(parent);
        if (!candidates.contains(chosen))
            chosen = candidates.constLast();
        if (visited.contains(chosen))
            break;
        visited.insert(chosen);
        branch.append(record.messages.at(indexOf.value(chosen)));
        parent = chosen;
    }
    return branch;
}

QString ConversationExport::markdown(const ConversationRecord &record)
{
    const StoredConversation &c = record.conversation;
    QStringList blocks {
        heading(1, c.title.trimmed().isEmpty() ? tr("Untitled conversation") : c.title)};
    QStringList about;
    if (!c.model.isEmpty())
        about << c.model;
    if (!c.providerId.isEmpty())
        about << c.providerId;
    if (const qint64 when = c.createdAt ? c.createdAt : c.updatedAt)
        about << QDateTime::fromMSecsSinceEpoch(when).toString(u"yyyy-MM-dd HH:mm"_s);
    if (!about.isEmpty())
        blocks << italicLine(about.join(u" · "_s));
    if (!c.systemPrompt.trimmed().isEmpty())
        blocks << heading(2, tr("System")) << withoutTrailingSpace(c.systemPrompt);

    QHash<QString, QString> toolNames; // call id -> function name, for the results
    for (const Message &message : activeBranch(record)) {
        switch (message.role) {
        case Message::Role::System:
            blocks << heading(2, tr("System"));
            break;
        case Message::Role::User:
            blocks << heading(2, tr("You"));
            break;
        case Message::Role::Assistant:
            for (const ToolCall &call : message.toolCalls)
                toolNames.insert(call.id, call.name);
            blocks << assistantBlocks(message, c.model);
            break;
        case Message::Role::Tool: {
            const QString name = toolNames.value(message.toolCallId);
            blocks << heading(
                2, name.isEmpty() ? tr("Tool result") : tr("Tool result · %1").arg(name));
            bool isJson = false;
            const QString text = readableJson(message.content, &isJson);
            blocks << fenced(text, isJson ? u"json"_s : QString());
            break;
        }
        }
        const bool bodyDone
            = message.role == Message::Role::Assistant || message.role == Message::Role::Tool;
        if (!bodyDone && !message.content.trimmed().isEmpty())
            blocks << withoutTrailingSpace(message.content);
        if (const QString note = stateNote(message); !note.isEmpty())
            blocks << note;
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ConversationExport::markdown(const QList<ConversationRecord> &records)
{
    QStringList parts;
    for (const ConversationRecord &record : records)
        parts << markdown(record);
    return parts.join(u"\n---\n\n"_s);
}

QJsonObject ConversationExport::messageToJson(const Message &m)
{
    // The chat-completions shape first, so that other tools can read the file.
    QJsonObject object {{u"role"_s, Message::roleName(m.role)}};
    const bool onlyToolCalls = m.content.isEmpty() && !m.toolCalls.isEmpty();
    object.insert(u"content"_s, onlyToolCalls ? QJsonValue(QJsonValue::Null) : m.content);
    if (!m.reasoning.isEmpty())
        object.insert(u"reasoning_content"_s, m.reasoning);
    QJsonArray calls;
    QJsonArray extraContent;
    bool anyExtraContent = false;
    for (const ToolCall &call : m.toolCalls) {
        calls.append(
            QJsonObject {{u"id"_s, call.id},
                         {u"type"_s, call.type.isEmpty() ? u"function"_s : call.type},
                         {u"function"_s,
                          QJsonObject {{u"name"_s, call.name}, {u"arguments"_s, call.arguments}}}});
        extraContent.append(call.extraContent);
        anyExtraContent = anyExtraContent || !call.extraContent.isEmpty();
    }
    if (!calls.isEmpty())
        object.insert(u"tool_calls"_s, calls);
    if (!m.toolCallId.isEmpty())
        object.insert(u"tool_call_id"_s, m.toolCallId);

    // Confab's own data about the message.
    QJsonObject confab {
        {u"id"_s, m.id},
        {u"parent_id"_s, m.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : m.parentId},
        {u"state"_s, Message::stateName(m.state)},
        {u"created_at"_s, dateToJson(m.createdAt)}};
    if (!m.model.isEmpty())
        confab.insert(u"model"_s, m.model);
    if (const QJsonObject usage = m.usage.toJson(); !usage.isEmpty())
        confab.insert(u"usage"_s, usage);
    if (!m.finishReason.isEmpty())
        confab.insert(u"finish_reason"_s, m.finishReason);
    if (const QJsonObject error = Schema::errorToJson(m.error);
        error != Schema::errorToJson(ApiError()))
        confab.insert(u"error"_s, error);
    if (const QJsonObject timings = Schema::timingsToJson(m.timings);
        timings != Schema::timingsToJson(MessageTimings()))
        confab.insert(u"timings"_s, timings);
    if (!m.refusal.isEmpty())
        confab.insert(u"refusal"_s, m.refusal);
    if (!m.attachments.isEmpty()) {
        QJsonArray attachments; // described; the bytes stay in the history
        for (const Attachment &attachment : m.attachments)
            attachments.append(attachment.toJson());
        confab.insert(u"attachments"_s, attachments);
    }
    if (anyExtraContent)
        confab.insert(u"tool_call_extra_content"_s, extraContent); // one per tool call
    object.insert(u"confab"_s, confab);
    return object;
}

QJsonObject ConversationExport::conversationToJson(const ConversationRecord &record)
{
    const StoredConversation &c = record.conversation;
    QJsonObject selected;
    for (auto it = c.selectedChild.cbegin(); it != c.selectedChild.cend(); ++it)
        selected.insert(it.key(), it.value());
    QJsonArray messages;
    for (const Message &message : record.messages)
        messages.append(messageToJson(message));
    return {{u"id"_s, c.id},
            {u"title"_s, c.title},
            {u"custom_title"_s, c.customTitle},
            {u"provider_id"_s, c.providerId},
            {u"model"_s, c.model},
            {u"system_prompt"_s, c.systemPrompt},
            {u"parameters"_s, c.parameters},
            {u"created_at"_s, dateToJson(c.createdAt)},
            {u"updated_at"_s, dateToJson(c.updatedAt)},
            {u"pinned"_s, c.pinned},
            {u"archived"_s, c.archived},
            {u"comparison_group"_s,
             c.comparisonGroup.isEmpty() ? QJsonValue(QJsonValue::Null) : c.comparisonGroup},
            {u"selected_children"_s, selected},
            {u"messages"_s, messages}};
}

QByteArray ConversationExport::json(const QList<ConversationRecord> &records,
                                    const QDateTime &exportedAt)
{
    QJsonArray conversations;
    for (const ConversationRecord &record : records)
        conversations.append(conversationToJson(record));
    const QJsonObject root {{u"format"_s, formatName()},
                            {u"version"_s, formatVersion},
                            {u"exported_at"_s, dateToJson(exportedAt.toMSecsSinceEpoch())},
                            {u"conversations"_s, conversations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonValue ConversationExport::dateToJson(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> ConversationExport::dateFromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return 0;
    if (value.isDouble()) // milliseconds, as some tools write them
        return value.toInteger();
    const QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !date.isValid())
        return std::nullopt;
    return date.toMSecsSinceEpoch();
}
