#include "schema.h"

using namespace Qt::StringLiterals;

namespace Schema {

namespace {

// Version 0 -> 1. `seq` is the rowid alias: it keeps the order of first insert and, unlike
// an implicit rowid, survives VACUUM, so the external-content FTS index stays in step.
// The trigram tokenizer (SQLite >= 3.34) matches substrings, so CJK text is searchable.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE schema_version (version INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            title TEXT,
            provider_id TEXT,
            model TEXT,
            system_prompt TEXT,
            parameters_json TEXT,
            created_at INTEGER,
            updated_at INTEGER,
            pinned INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE INDEX conversations_order
            ON conversations (archived, pinned DESC, updated_at DESC))"),
        QStringLiteral(R"(CREATE TABLE messages (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            parent_id TEXT,
            role TEXT,
            content TEXT,
            reasoning TEXT,
            refusal TEXT,
            tool_calls_json TEXT,
            tool_call_id TEXT,
            model TEXT,
            usage_json TEXT,
            finish_reason TEXT,
            state TEXT,
            error_json TEXT,
            timings_json TEXT,
            created_at INTEGER))"),
        QStringLiteral(
            R"(CREATE INDEX messages_by_conversation ON messages (conversation_id, seq))"),
        QStringLiteral(R"(CREATE TABLE branch_choices (
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            parent_id TEXT NOT NULL,
            child_id TEXT NOT NULL,
            PRIMARY KEY (conversation_id, parent_id)))"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE message_search USING fts5 (
            content, reasoning,
            content = 'messages', content_rowid = 'seq', tokenize = 'trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
            INSERT INTO message_search (rowid, content, reasoning)
                VALUES (new.seq, new.content, new.reasoning);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
            INSERT INTO message_search (message_search, rowid, content, reasoning)
                VALUES ('delete', old.seq, old.content, old.reasoning);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER messages_search_update
            AFTER UPDATE OF content, reasoning ON messages BEGIN
            INSERT INTO message_search (message_search, rowid, content, reasoning)
                VALUES ('delete', old.seq, old.content, old.reasoning);
            INSERT INTO message_search (rowid, content, reasoning)
                VALUES (new.seq, new.content, new.reasoning);
        END)"),
    };
}

// Version 1 -> 2: a title the user chose is kept instead of the automatic one, and a
// conversation can belong to a side-by-side comparison (the prompt sent to several models).
// An answer is indexed for search once it stops streaming: re-indexing its whole text at
// every checkpoint would cost more the longer it grows. Answers a crash left streaming
// become interrupted first, so that the index and the new triggers agree.
QStringList version2()
{
    return {
        QStringLiteral(
            R"(ALTER TABLE conversations ADD COLUMN title_custom INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(R"(ALTER TABLE conversations ADD COLUMN comparison_group TEXT)"),
        QStringLiteral(R"(ALTER TABLE messages ADD COLUMN attachments_json TEXT)"),
        QStringLiteral(R"(CREATE INDEX conversations_by_comparison
            ON conversations (comparison_group) WHERE comparison_group IS NOT NULL)"),
        QStringLiteral(R"(UPDATE messages SET state = 'interrupted'
            WHERE state IN ('pending', 'streaming'))"),
        // Finding the answers a crash left behind reads only those.
        QStringLiteral(R"(CREATE INDEX messages_unfinished ON messages (conversation_id)
            WHERE state IN ('pending', 'streaming'))"),
        QStringLiteral(R"(DROP TRIGGER messages_search_insert)"),
        QStringLiteral(R"(DROP TRIGGER messages_search_delete)"),
        QStringLiteral(R"(DROP TRIGGER messages_search_update)"),
        QStringLiteral(R"(CREATE TRIGGER messages_search_insert AFTER INSERT ON messages
            WHEN new.state NOT IN ('pending', 'streaming') BEGIN
            INSERT INTO message_search (rowid, content, reasoning)
                VALUES (new.seq, new.content, new.reasoning);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER messages_search_delete AFTER DELETE ON messages
            WHEN old.state NOT IN ('pending', 'streaming') BEGIN
            INSERT INTO message_search (message_search, rowid, content, reasoning)
                VALUES ('delete', old.seq, old.content, old.reasoning);
        END)"),
        // One trigger, so that the old text leaves the index before the new text enters.
        QStringLiteral(R"(CREATE TRIGGER messages_search_update
            AFTER UPDATE OF content, reasoning, state ON messages BEGIN
            INSERT INTO message_search (message_search, rowid, content, reasoning)
                SELECT 'delete', old.seq, old.content, old.reasoning
                WHERE old.state NOT IN ('pending', 'streaming');
            INSERT INTO message_search (rowid, content, reasoning)
                SELECT new.seq, new.content, new.reasoning
                WHERE new.state NOT IN ('pending', 'streaming');
        END)"),
    };
}

// Version 2 -> 3: the log of tool runs (what ran, with which arguments, what it gave back,
// who let it run). A run goes with its conversation when that is deleted.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE tool_runs (
            id INTEGER PRIMARY KEY,
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            message_id TEXT,
            tool_call_id TEXT,
            tool TEXT,
            source TEXT,
            arguments TEXT,
            result TEXT,
            status TEXT,
            approval TEXT,
            started_at INTEGER,
            finished_at INTEGER))"),
        QStringLiteral(R"(CREATE INDEX tool_runs_by_conversation ON tool_runs (conversation_id))"),
    };
}

// Version 3 -> 4: the votes of side-by-side comparisons, for the leaderboard. A vote is a
// statistic, not conversation content: no foreign key, so it stays when the comparison's
// conversations are deleted. `contenders_json` is [{"provider_id", "model"}, ...] in column
// order; `winner` indexes it, NULL for a tie.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE comparison_votes (
            id INTEGER PRIMARY KEY,
            comparison_group TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            contenders_json TEXT NOT NULL,
            winner INTEGER,
            blind INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(
            R"(CREATE INDEX comparison_votes_by_group ON comparison_votes (comparison_group))"),
    };
}

// Version 4 -> 5: the bytes of attached images and text files, once per content hash
// (messages.attachments_json describes them and names the hash).
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE attachment_blobs (
            sha256 TEXT PRIMARY KEY,
            mime_type TEXT NOT NULL,
            data BLOB NOT NULL,
            thumbnail BLOB))"),
    };
}

} // namespace

QList<QStringList> steps()
{
    return {version1(), version2(), version3(), version4(), version5()};
}

int latestVersion()
{
    return int(steps().size());
}

QString upsertConversation()
{
    return uR"(INSERT INTO conversations (id, title, provider_id, model, system_prompt,
        parameters_json, created_at, updated_at, pinned, archived, title_custom, comparison_group)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, provider_id = excluded.provider_id,
        model = excluded.model, system_prompt = excluded.system_prompt,
        parameters_json = excluded.parameters_json, created_at = excluded.created_at,
        updated_at = excluded.updated_at, pinned = excluded.pinned,
        archived = excluded.archived, title_custom = excluded.title_custom,
        comparison_group = excluded.comparison_group)"_s;
}

QString selectSummaries()
{
    return uR"(SELECT id, title, created_at, updated_at, pinned, archived, title_custom,
        comparison_group FROM conversations)"_s;
}

QString selectConversations()
{
    return uR"(SELECT id, title, provider_id, model, system_prompt, parameters_json, created_at,
        updated_at, pinned, archived, title_custom, comparison_group FROM conversations)"_s;
}

QString upsertBranchChoice()
{
    return uR"(INSERT INTO branch_choices (conversation_id, parent_id, child_id)
        VALUES (?, coalesce(?, ''), ?)
        ON CONFLICT (conversation_id, parent_id) DO UPDATE SET child_id = excluded.child_id)"_s;
}

// ON CONFLICT DO UPDATE, not REPLACE: the row keeps its seq (its place and its search rowid).
QString upsertMessage()
{
    return uR"(INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning,
        refusal, tool_calls_json, tool_call_id, model, usage_json, finish_reason, state,
        error_json, timings_json, created_at, attachments_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET conversation_id = excluded.conversation_id,
        parent_id = excluded.parent_id, role = excluded.role, content = excluded.content,
        reasoning = excluded.reasoning, refusal = excluded.refusal,
        tool_calls_json = excluded.tool_calls_json, tool_call_id = excluded.tool_call_id,
        model = excluded.model, usage_json = excluded.usage_json,
        finish_reason = excluded.finish_reason, state = excluded.state,
        error_json = excluded.error_json, timings_json = excluded.timings_json,
        created_at = excluded.created_at, attachments_json = excluded.attachments_json)"_s;
}

QString selectMessages()
{
    return uR"(SELECT id, parent_id, role, content, reasoning, refusal, tool_calls_json,
        tool_call_id, model, usage_json, finish_reason, state, error_json, timings_json, created_at,
        attachments_json FROM messages WHERE conversation_id = ? ORDER BY seq LIMIT ? OFFSET ?)"_s;
}

QString searchFullText()
{
    return uR"(SELECT m.conversation_id, m.id,
        snippet(message_search, -1, '[', ']', '…', 40), 0
        FROM message_search JOIN messages m ON m.seq = message_search.rowid
        WHERE message_search MATCH ? ORDER BY message_search.rowid DESC LIMIT ?)"_s;
}

// The snippet column carries the whole text; the store cuts and marks it.
QString searchBySubstring(int terms)
{
    QStringList conditions;
    for (int i = 0; i < terms; ++i)
        conditions.append(uR"((content LIKE ? ESCAPE '\' OR reasoning LIKE ? ESCAPE '\'))"_s);
    return uR"(SELECT conversation_id, id,
        coalesce(content, '') || char(10) || coalesce(reasoning, ''), 0
        FROM messages
        WHERE seq > (SELECT coalesce(max(seq), 0) FROM messages) - %1 AND )"_s.arg(
               substringSearchWindow)
        + conditions.join(u" AND "_s) + u" ORDER BY seq DESC LIMIT ?"_s;
}

// Each term becomes an FTS5 string: "..." with inner quotes doubled, so no user text is
// ever read as query syntax. Terms are ANDed.
QString ftsQuery(const QStringList &terms)
{
    QStringList quoted;
    for (QString term : terms)
        quoted.append(u'"' + term.replace(u'"', u"\"\""_s) + u'"');
    return quoted.join(u' ');
}

// Two patterns (content, reasoning) per term, then the limit; % _ and \\ are literal.
QVariantList likePatterns(const QStringList &terms, int limit)
{
    QVariantList values;
    for (QString term : terms) {
        term.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString pattern = u'%' + term + u'%';
        values << pattern << pattern;
    }
    return values << limit;
}

QJsonObject errorToJson(const ApiError &error)
{
    return {{u"kind"_s, error.kindName()},
            {u"http_status"_s, error.httpStatus},
            {u"message"_s, error.message},
            {u"provider_message"_s, error.providerMessage},
            {u"provider_code"_s, error.providerCode},
            {u"retry_after"_s, error.retryAfterSeconds}};
}

ApiError errorFromJson(const QJsonObject &object)
{
    ApiError error;
    for (int kind = 0; kind <= int(ApiError::Kind::Cancelled); ++kind) {
        error.kind = ApiError::Kind(kind);
        if (error.kindName() == object.value(u"kind"_s).toString())
            break;
    }
    if (error.kindName() != object.value(u"kind"_s).toString())
        error.kind = ApiError::Kind::None;
    error.httpStatus = object.value(u"http_status"_s).toInt();
    error.message = object.value(u"message"_s).toString();
    error.providerMessage = object.value(u"provider_message"_s).toString();
    error.providerCode = object.value(u"provider_code"_s).toString();
    error.retryAfterSeconds = object.value(u"retry_after"_s).toInt(-1);
    return error;
}

QJsonObject timingsToJson(const MessageTimings &t)
{
    return {{u"sent_at"_s, t.sentAt},
            {u"first_byte_at"_s, t.firstByteAt},
            {u"first_token_at"_s, t.firstTokenAt},
            {u"reasoning_started_at"_s, t.reasoningStartedAt},
            {u"reasoning_ended_at"_s, t.reasoningEndedAt},
            {u"finished_at"_s, t.finishedAt}};
}

MessageTimings timingsFromJson(const QJsonObject &o)
{
    auto at = [&o](const QString &key) { return o.value(key).toInteger(); };
    return {at(u"sent_at"_s),
            at(u"first_byte_at"_s),
            at(u"first_token_at"_s),
            at(u"reasoning_started_at"_s),
            at(u"reasoning_ended_at"_s),
            at(u"finished_at"_s)};
}

QJsonArray toolCallsToJson(const QList<ToolCall> &calls)
{
    QJsonArray array;
    for (const ToolCall &call : calls) {
        QJsonObject object {{u"id"_s, call.id},
                            {u"type"_s, call.type},
                            {u"name"_s, call.name},
                            {u"arguments"_s, call.arguments},
                            {u"extra_content"_s, call.extraContent}};
        if (call.run.status != ToolRun::Status::None)
            object.insert(u"run"_s, call.run.toJson());
        array.append(object);
    }
    return array;
}

QList<ToolCall> toolCallsFromJson(const QJsonArray &array)
{
    QList<ToolCall> calls;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ToolCall call;
        call.id = o.value(u"id"_s).toString();
        call.type = o.value(u"type"_s).toString();
        call.name = o.value(u"name"_s).toString();
        call.arguments = o.value(u"arguments"_s).toString();
        call.extraContent = o.value(u"extra_content"_s).toObject();
        call.run = ToolRun::fromJson(o.value(u"run"_s).toObject());
        calls.append(call);
    }
    return calls;
}

QJsonArray contendersToJson(const QList<ComparisonVote::Contender> &contenders)
{
    QJsonArray array;
    for (const ComparisonVote::Contender &contender : contenders)
        array.append(
            QJsonObject {{u"provider_id"_s, contender.providerId}, {u"model"_s, contender.model}});
    return array;
}

QList<ComparisonVote::Contender> contendersFromJson(const QJsonArray &array)
{
    QList<ComparisonVote::Contender> contenders;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        contenders.append({o.value(u"provider_id"_s).toString(), o.value(u"model"_s).toString()});
    }
    return contenders;
}

} // namespace Schema
