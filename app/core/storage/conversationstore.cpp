#include "conversationstore.h"

#include "attachmentstore.h"
#include "schema.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A JSON column's text, or NULL when the value says nothing (equals `empty`).
QVariant jsonText(const QJsonValue &value, const QJsonValue &empty = QJsonObject())
{
    if (value == empty)
        return QVariant(QMetaType(QMetaType::QString));
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonDocument parseJson(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8());
}

template<typename Enum, typename NameOf>
Enum enumFromName(const QString &name, Enum last, NameOf nameOf, Enum fallback)
{
    for (int value = 0; value <= int(last); ++value)
        if (nameOf(Enum(value)) == name)
            return Enum(value);
    return fallback;
}

// About forty characters around the first occurrence of `term`, marked like FTS5's snippet().
QString markFirst(const QString &text, const QString &term)
{
    const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
    if (at < 0)
        return text.left(40);
    const qsizetype from = qMax<qsizetype>(0, at - 20);
    return (from > 0 ? u"…"_s : QString()) + text.mid(from, at - from) + u'['
        + text.mid(at, term.size()) + u']' + text.mid(at + term.size(), 20)
        + (at + term.size() + 20 < text.size() ? u"…"_s : QString());
}

} // namespace

QString ConversationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/Confab/conversations.sqlite"_s;
}

ConversationStore::ConversationStore(QString connectionName)
    : m_connectionName(connectionName.isEmpty()
                           ? u"confab-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : std::move(connectionName))
{ }

ConversationStore::~ConversationStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ConversationStore::lastError() const
{
    return m_lastError;
}

int ConversationStore::schemaVersion() const
{
    return m_schemaVersion;
}

bool ConversationStore::fail(const QString &message, Problem problem) const
{
    m_lastError = message;
    m_lastProblem = problem;
    return false;
}

// SQLite's result codes (the primary code is the low byte of an extended one).
bool ConversationStore::sqlFailed(const QSqlError &error, const QString &message) const
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return fail(message + u' '
                        + tr("Another program (perhaps another Confab) is using the file."),
                    Problem::Busy);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return fail(message, Problem::Damaged);
    case 13: // SQLITE_FULL
        return fail(message + u' ' + tr("The disk is full."), Problem::Full);
    case 8: // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return fail(message, Problem::Io);
    default:
        return fail(message, Problem::Other);
    }
}

bool ConversationStore::sqlFailed(const QSqlQuery &query) const
{
    return sqlFailed(query.lastError(),
                     tr("Conversation database error: %1").arg(query.lastError().text()));
}

bool ConversationStore::exec(QSqlQuery &query, const QString &statement,
                             const QVariantList &values) const
{
    if (!QSqlDatabase::database(m_connectionName, false).isOpen())
        return fail(tr("The conversation database is not open."));
    if (!query.prepare(statement))
        return sqlFailed(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() || sqlFailed(query);
}

bool ConversationStore::checkFileBeforeOpening(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return true;
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the conversation database %1.").arg(path), Problem::Io);
    if (file.read(16) != QByteArray("SQLite format 3", 16))
        return fail(tr("%1 is not a conversation database (not an SQLite file); it was left "
                       "untouched.")
                        .arg(path),
                    Problem::NotOurs);
    return true;
}

bool ConversationStore::open(const QString &path)
{
    m_schemaVersion = 0;
    m_lastError.clear();
    m_lastProblem = Problem::None;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!checkFileBeforeOpening(path))
        return false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("Cannot create the folder for the conversation database %1.").arg(path),
                    Problem::Io);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    // Another Confab (or the CLI importing) may be writing: wait a moment rather than fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open())
        return sqlFailed(
            db.lastError(),
            tr("Cannot open the conversation database %1: %2").arg(path, db.lastError().text()));
    if (migrate())
        return true;
    db.close();
    return false;
}

// Reads before it writes: a file that is not ours, or is newer than this app, is refused
// before anything (even the WAL switch, which rewrites the header) touches it.
bool ConversationStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString path = db.databaseName();
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s)
        || !query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return sqlFailed(
            query.lastError(),
            tr("%1 is not a usable conversation database: %2").arg(path, query.lastError().text()));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    int version = 0;
    if (tables.contains(u"schema_version"_s)) {
        if (!query.exec(u"SELECT max(version) FROM schema_version"_s) || !query.next())
            return sqlFailed(query);
        version = query.value(0).toInt();
    } else if (!tables.isEmpty()) {
        return fail(
            tr("%1 is an SQLite database of another program; it was left untouched.").arg(path),
            Problem::NotOurs);
    }
    const QList<QStringList> steps = Schema::steps();
    if (version > steps.size())
        return fail(tr("%1 was written by a newer version of Confab (schema %2; this version "
                       "knows up to %3). It was left untouched; please update Confab.")
                        .arg(path)
                        .arg(version)
                        .arg(steps.size()),
                    Problem::Newer);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s)
        || !query.exec(u"PRAGMA synchronous = NORMAL"_s))
        return sqlFailed(query);
    for (; version < steps.size(); ++version) {
        if (!db.transaction())
            return sqlFailed(db.lastError(), db.lastError().text());
        QStringList statements = steps.at(version);
        statements << u"DELETE FROM schema_version"_s
                   << u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version + 1);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                db.rollback();
                return sqlFailed(error,
                                 tr("Cannot upgrade the conversation database to schema %1: %2")
                                     .arg(version + 1)
                                     .arg(error.text()));
            }
        }
        if (!db.commit())
            return sqlFailed(db.lastError(), db.lastError().text());
    }
    m_schemaVersion = version;
    return true;
}

bool ConversationStore::saveConversation(const StoredConversation &c, BranchChoices choices)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return sqlFailed(db.lastError(),
                         tr("Conversation database error: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    bool ok = exec(query, Schema::upsertConversation(),
                   {c.id, c.title, c.providerId, c.model, c.systemPrompt, jsonText(c.parameters),
                    c.createdAt, c.updatedAt, int(c.pinned), int(c.archived), int(c.customTitle),
                    c.comparisonGroup.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(c.comparisonGroup)});
    if (choices == BranchChoices::Replace) {
        ok = ok && exec(query, u"DELETE FROM branch_choices WHERE conversation_id = ?"_s, {c.id});
        for (auto it = c.selectedChild.cbegin(); ok && it != c.selectedChild.cend(); ++it)
            ok = exec(query, Schema::upsertBranchChoice(), {c.id, it.key(), it.value()});
    }
    if (ok && db.commit())
        return true;
    const QSqlError error = ok ? db.lastError() : query.lastError();
    db.rollback();
    return sqlFailed(error, tr("Cannot save the conversation: %1").arg(error.text()));
}

std::optional<StoredConversation> ConversationStore::conversation(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!exec(query, Schema::selectConversations() + u" WHERE id = ?"_s, {id}))
        return std::nullopt;
    if (!query.next()) {
        fail(tr("There is no conversation %1.").arg(id));
        return std::nullopt;
    }
    StoredConversation c = readConversation(query);
    if (!exec(query, u"SELECT parent_id, child_id FROM branch_choices WHERE conversation_id = ?"_s,
              {c.id}))
        return std::nullopt;
    while (query.next())
        c.selectedChild.insert(query.value(0).toString(), query.value(1).toString());
    return c;
}

QList<StoredConversation> ConversationStore::conversations(int limit, int offset,
                                                           bool includeArchived) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<StoredConversation> result;
    // Without archived ones the order index answers directly.
    const QString where = includeArchived ? QString() : u" WHERE archived = 0"_s;
    if (!exec(query,
              Schema::selectConversations() + where
                  + u" ORDER BY pinned DESC, updated_at DESC, id LIMIT ? OFFSET ?"_s,
              {limit, offset}))
        return result;
    while (query.next())
        result.append(readConversation(query));
    return result;
}

QList<StoredConversation> ConversationStore::summaries(bool includeArchived) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QList<StoredConversation> result;
    const QString where = includeArchived ? QString() : u" WHERE archived = 0"_s;
    if (!exec(query,
              Schema::selectSummaries() + where + u" ORDER BY pinned DESC, updated_at DESC, id"_s,
              {}))
        return result;
    while (query.next()) {
        StoredConversation c;
        c.id = query.value(0).toString();
        c.title = query.value(1).toString();
        c.createdAt = query.value(2).toLongLong();
        c.updatedAt = query.value(3).toLongLong();
        c.pinned = query.value(4).toBool();
        c.archived = query.value(5).toBool();
        c.customTitle = query.value(6).toBool();
        c.comparisonGroup = query.value(7).toString();
        result.append(c);
    }
    return result;
}

StoredConversation ConversationStore::readConversation(const QSqlQuery &row)
{
    StoredConversation c {row.value(0).toString(),
                          row.value(1).toString(),
                          row.value(2).toString(),
                          row.value(3).toString(),
                          row.value(4).toString(),
                          parseJson(row.value(5)).object(),
                          row.value(6).toLongLong(),
                          row.value(7).toLongLong(),
                          row.value(8).toBool(),
                          row.value(9).toBool(),
                          row.value(10).toBool(),
                          row.value(11).toString(),
                          {}};
    return c;
}

QStringList ConversationStore::comparisonMembers(const QString &comparisonGroup) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QStringList ids;
    if (comparisonGroup.isEmpty()
        || !exec(
            query,
            u"SELECT id FROM conversations WHERE comparison_group = ? ORDER BY created_at, id"_s,
            {comparisonGroup}))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

bool ConversationStore::removeConversation(const QString &id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!exec(query, u"DELETE FROM conversations WHERE id = ?"_s, {id}))
        return false;
    // Bytes another conversation still refers to stay; an error here loses nothing.
    if (const QString error = AttachmentStore(m_connectionName).removeUnused(); !error.isEmpty())
        qWarning("Attachments of a deleted conversation were not removed: %s", qPrintable(error));
    return true;
}

bool ConversationStore::saveMessage(const QString &conversationId, const Message &m)
{
    if (const QString error = AttachmentStore(m_connectionName).save(m.attachments);
        !error.isEmpty())
        return fail(tr("Conversation database error: %1").arg(error));
    QJsonArray attachments;
    for (const Attachment &attachment : m.attachments)
        attachments.append(attachment.toJson());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(
        query, Schema::upsertMessage(),
        {m.id, conversationId, m.parentId, Message::roleName(m.role), m.content, m.reasoning,
         m.refusal, jsonText(Schema::toolCallsToJson(m.toolCalls), QJsonArray()), m.toolCallId,
         m.model, jsonText(m.usage.toJson()), m.finishReason, Message::stateName(m.state),
         jsonText(Schema::errorToJson(m.error), Schema::errorToJson(ApiError())),
         jsonText(Schema::timingsToJson(m.timings), Schema::timingsToJson(MessageTimings())),
         m.createdAt, jsonText(attachments, QJsonArray())});
}

QList<Message> ConversationStore::messages(const QString &conversationId, int limit,
                                           int offset) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true); // read once, in order: no row cache
    QList<Message> result;
    if (!exec(query, Schema::selectMessages(), {conversationId, limit, offset}))
        return result;
    while (query.next()) {
        Message m;
        m.id = query.value(0).toString();
        m.parentId = query.value(1).toString();
        m.role = enumFromName(query.value(2).toString(), Message::Role::Tool, &Message::roleName,
                              Message::Role::User);
        m.content = query.value(3).toString();
        m.reasoning = query.value(4).toString();
        m.refusal = query.value(5).toString();
        m.toolCalls = Schema::toolCallsFromJson(parseJson(query.value(6)).array());
        m.toolCallId = query.value(7).toString();
        m.model = query.value(8).toString();
        m.usage = TokenUsage::fromJson(parseJson(query.value(9)).object());
        m.finishReason = query.value(10).toString();
        m.state = enumFromName(query.value(11).toString(), Message::State::Interrupted,
                               &Message::stateName, Message::State::Complete);
        if (!query.value(12).isNull())
            m.error = Schema::errorFromJson(parseJson(query.value(12)).object());
        if (!query.value(13).isNull())
            m.timings = Schema::timingsFromJson(parseJson(query.value(13)).object());
        m.createdAt = query.value(14).toLongLong();
        for (const QJsonValue attachment : parseJson(query.value(15)).array())
            m.attachments.append(Attachment::fromJson(attachment.toObject()));
        result.append(m);
    }
    query.finish();
    const AttachmentStore attachments(m_connectionName);
    for (Message &m : result)
        if (!m.attachments.isEmpty())
            attachments.load(m.attachments);
    return result;
}

bool ConversationStore::setSelectedChild(const QString &conversationId, const QString &parentId,
                                         const QString &childId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(query, Schema::upsertBranchChoice(), {conversationId, parentId, childId});
}

int ConversationStore::markInterrupted(const QString &conversationId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!exec(query,
              u"UPDATE messages SET state = 'interrupted' WHERE conversation_id = ? "
              "AND state IN ('pending', 'streaming')"_s,
              {conversationId}))
        return -1;
    return query.numRowsAffected();
}

QList<ConversationStore::SearchHit> ConversationStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QStringList terms = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return hits;
    // The trigram index cannot match fewer than three characters: scan for those instead.
    const bool shortTerm = std::any_of(terms.cbegin(), terms.cend(),
                                       [](const QString &t) { return t.toUcs4().size() < 3; });
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool ok = shortTerm
        ? exec(query, Schema::searchBySubstring(int(terms.size())),
               Schema::likePatterns(terms, limit))
        : exec(query, Schema::searchFullText(), {Schema::ftsQuery(terms), limit});
    while (ok && query.next()) {
        QString snippet = query.value(2).toString();
        if (shortTerm)
            snippet = markFirst(snippet, terms.first());
        hits.append({query.value(0).toString(), query.value(1).toString(), snippet});
    }
    return hits;
}

bool ConversationStore::addToolRun(const ToolRunRecord &run)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(
        query, uR"(INSERT INTO tool_runs (conversation_id, message_id, tool_call_id, tool, source,
                    arguments, result, status, approval, started_at, finished_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
        {run.conversationId, run.messageId, run.toolCallId, run.tool, run.source, run.arguments,
         run.result, run.status, run.approval, run.startedAt, run.finishedAt});
}

QList<ToolRunRecord> ConversationStore::toolRuns(int limit, const QString &conversationId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString statement = uR"(SELECT id, conversation_id, message_id, tool_call_id, tool, source,
        arguments, result, status, approval, started_at, finished_at FROM tool_runs)"_s;
    QVariantList values;
    if (!conversationId.isEmpty()) {
        statement += u" WHERE conversation_id = ?"_s;
        values.append(conversationId);
    }
    statement += u" ORDER BY id DESC LIMIT ?"_s;
    values.append(limit);
    QList<ToolRunRecord> runs;
    if (!exec(query, statement, values))
        return runs;
    while (query.next())
        runs.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(),
                     query.value(8).toString(), query.value(9).toString(),
                     query.value(10).toLongLong(), query.value(11).toLongLong()});
    return runs;
}

bool ConversationStore::clearToolRuns()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(query, u"DELETE FROM tool_runs"_s, {});
}

bool ConversationStore::addVote(const ComparisonVote &vote)
{
    if (vote.comparisonGroup.isEmpty())
        return fail(tr("A vote needs the comparison it belongs to."));
    if (vote.contenders.size() < 2)
        return fail(tr("A vote needs at least two answers to choose between."));
    if (!vote.isValid())
        return fail(tr("The winner of a vote must be one of its %n answers, or a tie.", "",
                       int(vote.contenders.size())));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(query,
                uR"(INSERT INTO comparison_votes (comparison_group, created_at, contenders_json,
                    winner, blind) VALUES (?, ?, ?, ?, ?))"_s,
                {vote.comparisonGroup, vote.createdAt,
                 jsonText(Schema::contendersToJson(vote.contenders), QJsonValue()),
                 vote.isTie() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(vote.winner),
                 int(vote.blind)});
}

QList<ComparisonVote> ConversationStore::readVotes(const QString &where, const QString &order,
                                                   const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QList<ComparisonVote> votes;
    if (!exec(query,
              uR"(SELECT id, comparison_group, created_at, contenders_json, winner, blind
                  FROM comparison_votes)"_s
                  + where + order,
              values))
        return votes;
    while (query.next()) {
        ComparisonVote vote;
        vote.id = query.value(0).toLongLong();
        vote.comparisonGroup = query.value(1).toString();
        vote.createdAt = query.value(2).toLongLong();
        vote.contenders = Schema::contendersFromJson(parseJson(query.value(3)).array());
        vote.winner = query.value(4).isNull() ? ComparisonVote::Tie : query.value(4).toInt();
        vote.blind = query.value(5).toBool();
        votes.append(vote);
    }
    return votes;
}

QList<ComparisonVote> ConversationStore::votes(int limit) const
{
    return readVotes({}, u" ORDER BY id DESC LIMIT ?"_s, {limit});
}

QList<ComparisonVote> ConversationStore::votesFor(const QString &comparisonGroup) const
{
    return readVotes(u" WHERE comparison_group = ?"_s, u" ORDER BY id"_s, {comparisonGroup});
}

bool ConversationStore::removeVote(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(query, u"DELETE FROM comparison_votes WHERE id = ?"_s, {id});
}

bool ConversationStore::clearVotes()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return exec(query, u"DELETE FROM comparison_votes"_s, {});
}
