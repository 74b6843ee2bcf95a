#pragma once

#include "chat/message.h"
#include "comparisonvote.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

// The database schema as data: step i turns version i into version i + 1. Steps are only
// ever appended; a released step never changes.
namespace Schema {

// Each step is a list of single SQL statements (Qt Sql runs one statement per exec).
QList<QStringList> steps();

// The version the app writes: the number of steps.
int latestVersion();

// Statements the store prepares, with their positional parameters.
QString upsertConversation(); // id, title, provider, model, prompt, params, created, updated,
                              // pinned, archived, title custom, comparison group
QString selectConversations(); // columns in StoredConversation order; append WHERE / ORDER BY
QString selectSummaries(); // id, title, created, updated, pinned, archived, title custom, group
QString upsertBranchChoice(); // conversation, parent, child
QString upsertMessage(); // id, conversation, then the Message fields in declaration order
QString selectMessages(); // conversation, limit, offset -> the Message fields in order
// Both searches list the newest matches first. Ranking by relevance (bm25) has to score
// every match before it can return any: with 300,000 messages a common word took 200 ms
// and more, where newest-first takes under 10 ms.
QString searchFullText(); // FTS5 query, limit -> conversation, message, snippet, 0
// For terms shorter than a trigram, which the index cannot match: a scan of the newest
// substringSearchWindow messages (about 15 ms on a warm cache).
constexpr int substringSearchWindow = 10000;
QString searchBySubstring(int terms); // one LIKE pattern per term, limit -> the same columns
QString ftsQuery(const QStringList &terms); // the MATCH text for searchFullText()
QVariantList likePatterns(const QStringList &terms,
                          int limit); // the values for searchBySubstring()

// How the JSON columns are written.
QJsonObject errorToJson(const ApiError &error);
ApiError errorFromJson(const QJsonObject &object);
QJsonObject timingsToJson(const MessageTimings &timings);
MessageTimings timingsFromJson(const QJsonObject &object);
QJsonArray toolCallsToJson(const QList<ToolCall> &calls);
QList<ToolCall> toolCallsFromJson(const QJsonArray &array);
QJsonArray contendersToJson(const QList<ComparisonVote::Contender> &contenders);
QList<ComparisonVote::Contender> contendersFromJson(const QJsonArray &array);

} // namespace Schema
