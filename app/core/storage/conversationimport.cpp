#include "conversationimport.h"

#include "conversationexport.h"
#include "conversationstore.h"
#include "schema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Typed fields of one JSON object. A missing or null field reads as empty; a field of the
// wrong type is a problem, remembered (the first one only) with where it was.
class Fields
{
public:
    Fields(const QJsonObject &object, QString where, QString &error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    { }

    bool has(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }

    QString text(const QString &key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString() && !(required && value.toString().isEmpty()))
            return value.toString();
        if (required)
            complain(ConversationImport::tr("\"%1\" must be a non-empty string.").arg(key));
        else if (has(key))
            complain(ConversationImport::tr("\"%1\" must be a string.").arg(key));
        return {};
    }

    bool flag(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (has(key) && !value.isBool())
            complain(ConversationImport::tr("\"%1\" must be true or false.").arg(key));
        return value.toBool();
    }

    qint64 date(const QString &key)
    {
        const std::optional<qint64> date = ConversationExport::dateFromJson(m_object.value(key));
        if (!date)
            complain(ConversationImport::tr("\"%1\" must be an ISO 8601 date.").arg(key));
        return date.value_or(0);
    }

    QJsonObject object(const QString &key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if ((has(key) || required) && !value.isObject())
            complain(ConversationImport::tr("\"%1\" must be an object.").arg(key));
        return value.toObject();
    }

    QJsonArray array(const QString &key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if ((has(key) || required) && !value.isArray())
            complain(ConversationImport::tr("\"%1\" must be a list.").arg(key));
        return value.toArray();
    }

    void complain(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = ConversationImport::tr("%1: %2").arg(m_where, problem);
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString &m_error;
};

template<typename Enum, typename NameOf>
std::optional<Enum> enumFromName(const QString &name, Enum last, NameOf nameOf)
{
    for (int value = 0; value <= int(last); ++value)
        if (nameOf(Enum(value)) == name)
            return Enum(value);
    return std::nullopt;
}

QList<ToolCall> readToolCalls(Fields &fields, const QJsonArray &extraContent, QString &error,
                              const QString &where)
{
    QList<ToolCall> calls;
    const QJsonArray array = fields.array(u"tool_calls"_s);
    for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
        Fields call(array.at(i).toObject(),
                    ConversationImport::tr("%1, tool call %2").arg(where).arg(i + 1), error);
        if (!array.at(i).isObject()) {
            call.complain(ConversationImport::tr("it must be an object."));
            break;
        }
        Fields function(call.object(u"function"_s, true),
                        ConversationImport::tr("%1, tool call %2").arg(where).arg(i + 1), error);
        ToolCall toolCall;
        toolCall.id = call.text(u"id"_s);
        toolCall.type = call.has(u"type"_s) ? call.text(u"type"_s) : u"function"_s;
        toolCall.name = function.text(u"name"_s);
        toolCall.arguments = function.text(u"arguments"_s);
        if (i < extraContent.size())
            toolCall.extraContent = extraContent.at(i).toObject();
        calls.append(toolCall);
    }
    return calls;
}

std::optional<Message> readMessage(const QJsonValue &value, const QString &where, QString &error)
{
    Fields fields(value.toObject(), where, error);
    if (!value.isObject()) {
        fields.complain(ConversationImport::tr("it must be an object."));
        return std::nullopt;
    }
    Fields confab(fields.object(u"confab"_s, true), where, error);
    Message m;
    const QString role = fields.text(u"role"_s, true);
    if (const auto known = enumFromName(role, Message::Role::Tool, &Message::roleName))
        m.role = *known;
    else if (error.isEmpty())
        fields.complain(ConversationImport::tr("\"%1\" is not a known role.").arg(role));
    m.content = fields.text(u"content"_s);
    m.reasoning = fields.text(u"reasoning_content"_s);
    m.toolCallId = fields.text(u"tool_call_id"_s);
    const QJsonArray extraContent = confab.array(u"tool_call_extra_content"_s);
    m.toolCalls = readToolCalls(fields, extraContent, error, where);

    m.id = confab.text(u"id"_s, true);
    m.parentId = confab.text(u"parent_id"_s);
    const QString state = confab.has(u"state"_s) ? confab.text(u"state"_s) : u"complete"_s;
    if (const auto known = enumFromName(state, Message::State::Interrupted, &Message::stateName))
        m.state = *known;
    else if (error.isEmpty())
        confab.complain(ConversationImport::tr("\"%1\" is not a known state.").arg(state));
    m.createdAt = confab.date(u"created_at"_s);
    m.model = confab.text(u"model"_s);
    m.usage = TokenUsage::fromJson(confab.object(u"usage"_s));
    m.finishReason = confab.text(u"finish_reason"_s);
    if (confab.has(u"error"_s))
        m.error = Schema::errorFromJson(confab.object(u"error"_s));
    if (confab.has(u"timings"_s))
        m.timings = Schema::timingsFromJson(confab.object(u"timings"_s));
    m.refusal = confab.text(u"refusal"_s);
    for (const QJsonValue attachment : confab.array(u"attachments"_s))
        m.attachments.append(Attachment::fromJson(attachment.toObject()));
    if (!error.isEmpty())
        return std::nullopt;
    return m;
}

// Every parent is a message of the same conversation, and following parents ends at a root.
bool checkTree(const QList<Message> &messages, const QString &where, QString &error)
{
    QHash<QString, QString> parentOf;
    for (const Message &m : messages) {
        if (parentOf.contains(m.id)) {
            error = ConversationImport::tr("%1: the message id %2 appears twice.").arg(where, m.id);
            return false;
        }
        parentOf.insert(m.id, m.parentId);
    }
    for (const Message &m : messages) {
        QString parent = m.parentId;
        for (qsizetype steps = 0; !parent.isEmpty(); ++steps) {
            if (!parentOf.contains(parent)) {
                error = ConversationImport::tr("%1: the parent %2 of message %3 is not in the "
                                               "conversation.")
                            .arg(where, parent, m.id);
                return false;
            }
            if (steps > messages.size()) {
                error = ConversationImport::tr("%1: the messages' parents form a loop.").arg(where);
                return false;
            }
            parent = parentOf.value(parent);
        }
    }
    return true;
}

std::optional<ConversationRecord> readConversation(const QJsonValue &value, int number,
                                                   QString &error)
{
    const QString where = ConversationImport::tr("Conversation %1").arg(number);
    Fields fields(value.toObject(), where, error);
    if (!value.isObject()) {
        fields.complain(ConversationImport::tr("it must be an object."));
        return std::nullopt;
    }
    ConversationRecord record;
    StoredConversation &c = record.conversation;
    c.id = fields.text(u"id"_s, true);
    c.title = fields.text(u"title"_s);
    c.customTitle = fields.flag(u"custom_title"_s);
    c.providerId = fields.text(u"provider_id"_s);
    c.model = fields.text(u"model"_s);
    c.systemPrompt = fields.text(u"system_prompt"_s);
    c.parameters = fields.object(u"parameters"_s);
    c.createdAt = fields.date(u"created_at"_s);
    c.updatedAt = fields.date(u"updated_at"_s);
    c.pinned = fields.flag(u"pinned"_s);
    c.archived = fields.flag(u"archived"_s);
    c.comparisonGroup = fields.text(u"comparison_group"_s);
    const QJsonObject selected = fields.object(u"selected_children"_s);
    const QJsonArray messages = fields.array(u"messages"_s, true);
    for (qsizetype i = 0; i < messages.size() && error.isEmpty(); ++i) {
        const QString messageWhere
            = ConversationImport::tr("Conversation %1, message %2").arg(number).arg(i + 1);
        if (const std::optional<Message> message = readMessage(messages.at(i), messageWhere, error))
            record.messages.append(*message);
    }
    if (!error.isEmpty() || !checkTree(record.messages, where, error))
        return std::nullopt;

    QHash<QString, QString> parentOf;
    for (const Message &m : std::as_const(record.messages))
        parentOf.insert(m.id, m.parentId);
    for (auto it = selected.constBegin(); it != selected.constEnd(); ++it) {
        if (!it.value().isString()) {
            fields.complain(ConversationImport::tr("\"selected_children\" must map ids to ids."));
            return std::nullopt;
        }
        const QString child = it.value().toString();
        if (parentOf.contains(child) && parentOf.value(child) == it.key())
            c.selectedChild.insert(it.key(), child);
    }
    return record;
}

// Saves one conversation whole, or removes what was written of it.
bool write(ConversationStore &store, const ConversationRecord &record, QString &error)
{
    const QString id = record.conversation.id;
    if (!store.saveConversation(record.conversation)) {
        error = store.lastError();
        return false;
    }
    for (const Message &message : record.messages) {
        if (!store.saveMessage(id, message)) {
            error = store.lastError();
            store.removeConversation(id);
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<QList<ConversationRecord>> ConversationImport::parse(const QByteArray &json,
                                                                   QString *error)
{
    QString problem;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The file is not valid JSON: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject()
        || root.value(u"format"_s).toString() != ConversationExport::formatName())
        return fail(tr("The file is not a Confab history export (its \"format\" is not \"%1\").")
                        .arg(ConversationExport::formatName()));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()))
        return fail(tr("The file has no valid history format \"version\"."));
    if (version.toInteger() > ConversationExport::formatVersion)
        return fail(tr("The file was written by a newer version of Confab (history format %1; "
                       "this version reads up to %2). Please update Confab.")
                        .arg(version.toInteger())
                        .arg(ConversationExport::formatVersion));
    if (version.toInteger() < 1)
        return fail(tr("History format version %1 is not supported.").arg(version.toInteger()));
    if (!root.value(u"conversations"_s).isArray())
        return fail(tr("The file has no \"conversations\" list."));

    QList<ConversationRecord> records;
    const QJsonArray conversations = root.value(u"conversations"_s).toArray();
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        const std::optional<ConversationRecord> record
            = readConversation(conversations.at(i), int(i + 1), problem);
        if (!record)
            return fail(tr("Nothing was imported. %1").arg(problem));
        records.append(*record);
    }
    return records;
}

ConversationImport::Result ConversationImport::importInto(ConversationStore &store,
                                                          const QByteArray &json)
{
    Result result;
    const std::optional<QList<ConversationRecord>> records = parse(json, &result.error);
    if (!records)
        return result;

    // Message ids are unique across the whole store, so every one of them counts.
    QSet<QString> takenConversations;
    QSet<QString> takenMessages;
    for (const StoredConversation &conversation : store.conversations(-1, 0, true)) {
        takenConversations.insert(conversation.id);
        for (const Message &message : store.messages(conversation.id))
            takenMessages.insert(message.id);
    }

    QHash<QString, QString> freshGroups; // copies of one comparison stay together
    for (ConversationRecord record : *records) {
        bool taken = takenConversations.contains(record.conversation.id);
        for (const Message &message : std::as_const(record.messages))
            taken = taken || takenMessages.contains(message.id);
        if (taken) {
            record = withFreshIds(record);
            QString &group = record.conversation.comparisonGroup;
            if (!group.isEmpty()) {
                if (!freshGroups.contains(group))
                    freshGroups.insert(group, freshId());
                group = freshGroups.value(group);
            }
            ++result.copies;
        }
        QString error;
        if (!write(store, record, error)) {
            result.error = tr("Could not import the conversation \"%1\": %2")
                               .arg(record.conversation.title, error);
            if (taken)
                --result.copies;
            return result;
        }
        takenConversations.insert(record.conversation.id);
        for (const Message &message : std::as_const(record.messages))
            takenMessages.insert(message.id);
        result.ids.append(record.conversation.id);
    }
    return result;
}

ConversationRecord ConversationImport::withFreshIds(const ConversationRecord &record)
{
    QHash<QString, QString> fresh {{QString(), QString()}}; // old id -> new id; roots stay roots
    for (const Message &message : record.messages)
        fresh.insert(message.id, freshId());
    ConversationRecord copy = record;
    copy.conversation.id = freshId();
    for (Message &message : copy.messages) {
        message.id = fresh.value(message.id);
        message.parentId = fresh.value(message.parentId);
    }
    copy.conversation.selectedChild.clear();
    for (auto it = record.conversation.selectedChild.cbegin();
         it != record.conversation.selectedChild.cend(); ++it)
        if (fresh.contains(it.key()) && fresh.contains(it.value()))
            copy.conversation.selectedChild.insert(fresh.value(it.key()), fresh.value(it.value()));
    return copy;
}
