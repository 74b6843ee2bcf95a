#pragma once

#include "chat/message.h"
#include "comparisonvote.h"
#include "toolrunrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;
class QSqlQuery;

// A conversation's own data, without its messages. There is no API key anywhere here.
struct StoredConversation
{
    QString id;
    QString title;
    QString providerId;
    QString model;
    QString systemPrompt;
    QJsonObject parameters;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool pinned = false;
    bool archived = false;
    bool customTitle = false; // the user named it; the automatic title no longer applies
    QString comparisonGroup; // shared by the conversations of one side-by-side comparison
    QHash<QString, QString> selectedChild; // parent id -> selected child id; "" for the roots
};

// Conversations and their message trees in one SQLite file (WAL, migrations, FTS5 search).
// Every call returns false / nothing on failure and leaves a message for people in
// lastError().
class ConversationStore
{
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)

public:
    struct SearchHit
    {
        QString conversationId;
        QString messageId;
        QString snippet; // the hit marked with [ ]
    };

    // Where the app and the CLI keep the history: the platform's data folder (on Linux
    // $XDG_DATA_HOME/Confab/conversations.sqlite).
    static QString defaultPath();

    explicit ConversationStore(QString connectionName = {}); // unique per instance
    ~ConversationStore(); // closes and removes the connection
    ConversationStore(const ConversationStore &) = delete;
    ConversationStore &operator=(const ConversationStore &) = delete;

    // Creates or migrates the database. A file that is not a Confab database, or one
    // written by a newer Confab, is refused and left untouched.
    bool open(const QString &path);
    // What kind of trouble the last failure was, for choosing a way out.
    enum class Problem {
        None,
        NotOurs, // not an SQLite file, or another program's database
        Newer, // written by a newer Confab
        Busy, // another program holds a lock on it
        Damaged, // SQLite says the file is malformed
        Full, // the disk (or a size limit) is full
        Io, // cannot read, write or create the file
        Other,
    };
    QString lastError() const;
    Problem lastProblem() const { return m_lastProblem; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    // Insert or update. The branch choices are replaced by conversation.selectedChild, or
    // kept as they are (for saving the title, flags or settings of a long conversation).
    enum class BranchChoices { Replace, Keep };
    bool saveConversation(const StoredConversation &conversation,
                          BranchChoices choices = BranchChoices::Replace);
    std::optional<StoredConversation> conversation(const QString &id) const;
    // Pinned first, then the most recently updated. For lists: without selectedChild,
    // which conversation(id) reads.
    QList<StoredConversation> conversations(int limit = -1, int offset = 0,
                                            bool includeArchived = false) const;
    // What a list of every conversation needs, quickly: id, title, dates, flags and group
    // (no provider, model, prompt, parameters or branch choices). Same order.
    QList<StoredConversation> summaries(bool includeArchived = true) const;
    bool removeConversation(const QString &id); // its messages and choices go with it
    // The conversations of one side-by-side comparison (its columns), oldest first.
    QStringList comparisonMembers(const QString &comparisonGroup) const;

    // Insert or update; an updated message keeps its place in the order.
    bool saveMessage(const QString &conversationId, const Message &message);
    QList<Message> messages(const QString &conversationId, int limit = -1, int offset = 0) const;
    bool setSelectedChild(const QString &conversationId, const QString &parentId,
                          const QString &childId);
    // Answers left pending or streaming by a Confab that ended before they did become
    // interrupted (and searchable). Returns how many; -1 on failure.
    int markInterrupted(const QString &conversationId);

    // Substring search over message text and reasoning (every word must occur), newest
    // hits first; words under three characters look through the newest
    // Schema::substringSearchWindow messages only. Any user text is safe: it is quoted,
    // never parsed as FTS5 syntax.
    QList<SearchHit> search(const QString &query, int limit = 20) const;

    // The log of tool runs: appended as calls end, newest first when read; all of them or
    // one conversation's. A conversation's runs go when it is removed.
    bool addToolRun(const ToolRunRecord &run);
    QList<ToolRunRecord> toolRuns(int limit = 500, const QString &conversationId = {}) const;
    bool clearToolRuns();

    // The votes of side-by-side comparisons, for the leaderboard. A vote is a statistic,
    // not conversation content: removing the comparison's conversations keeps it; only
    // removeVote() and clearVotes() take votes away. An invalid vote (no comparison group,
    // fewer than two columns, a winner that is no column) is refused.
    bool addVote(const ComparisonVote &vote);
    QList<ComparisonVote> votes(int limit = -1) const; // newest first; -1: all
    QList<ComparisonVote> votesFor(const QString &comparisonGroup) const; // in the order cast
    bool removeVote(qint64 id); // e.g. the person takes a vote back
    bool clearVotes();

private:
    bool fail(const QString &message, Problem problem = Problem::Other) const;
    bool sqlFailed(const QSqlError &error, const QString &message) const;
    bool sqlFailed(const QSqlQuery &query) const;
    // Prepares, binds positionally and runs; on failure lastError() says why.
    bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values) const;
    bool checkFileBeforeOpening(const QString &path);
    bool migrate();
    static StoredConversation readConversation(const QSqlQuery &row);
    QList<ComparisonVote> readVotes(const QString &where, const QString &order,
                                    const QVariantList &values) const;

    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable QString m_lastError;
    mutable Problem m_lastProblem = Problem::None;
};
