#include "storage/conversationstore.h"
#include "storage/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StoredConversation fullConversation(const QString &id = u"c1"_s)
{
    StoredConversation c;
    c.id = id;
    c.title = u"Streaming in Qt"_s;
    c.providerId = u"deepseek"_s;
    c.model = u"deepseek-reasoner"_s;
    c.systemPrompt = u"Answer briefly."_s;
    c.parameters = {{u"temperature"_s, 0.7}, {u"max_tokens"_s, 512}};
    c.createdAt = 1700000000000;
    c.updatedAt = 1700000005000;
    c.pinned = true;
    c.archived = false;
    c.customTitle = true;
    c.comparisonGroup = u"g1"_s;
    c.selectedChild = {{QString(), u"m1"_s}, {u"m1"_s, u"m2"_s}};
    return c;
}

Message fullMessage(const QString &id, Message::State state)
{
    Message m;
    m.id = id;
    m.parentId = u"m1"_s;
    m.role = Message::Role::Assistant;
    m.content = u"Partial answer"_s;
    m.reasoning = u"Thinking about it"_s;
    m.refusal = u"I cannot do that"_s;
    Attachment notes;
    notes.kind = Attachment::Kind::TextFile;
    notes.name = u"plan 東京.md"_s;
    notes.mimeType = u"text/markdown"_s;
    notes.data = "# Day 1\nShinjuku\n";
    notes.originalSize = notes.data.size();
    notes.sha256 = Attachment::hashOf(notes.data);
    m.attachments = {notes};
    ToolCall call;
    call.id = u"call_1"_s;
    call.name = u"get_weather"_s;
    call.arguments = u"{\"city\":\"Oslo\"}"_s;
    call.extraContent = {{u"google"_s, QJsonObject {{u"thought_signature"_s, u"sig"_s}}}};
    m.toolCalls = {call};
    m.toolCallId = u"call_0"_s;
    m.model = u"deepseek-reasoner-0528"_s;
    m.usage = {10, 20, 30, 4, 5, 0.25};
    m.finishReason = u"length"_s;
    m.state = state;
    m.error = ApiError::make(ApiError::Kind::RateLimited, u"Rate limited, retry in 20 s"_s);
    m.error.httpStatus = 429;
    m.error.providerMessage = u"Too many requests"_s;
    m.error.providerCode = u"rate_limit"_s;
    m.error.retryAfterSeconds = 20;
    m.timings = {1, 2, 3, 4, 5, 6};
    m.createdAt = 1700000001000;
    return m;
}

Message textMessage(const QString &id, const QString &parentId, const QString &content)
{
    Message m = Message::create(Message::Role::User, content);
    m.id = id;
    m.parentId = parentId;
    return m;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConversationStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path
            = m_dir.filePath(u"%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

    void conversationRoundTrips()
    {
        ConversationStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion());
        const StoredConversation saved = fullConversation();
        QVERIFY2(store.saveConversation(saved), qPrintable(store.lastError()));
        const auto loaded = store.conversation(saved.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, saved.id);
        QCOMPARE(loaded->title, saved.title);
        QCOMPARE(loaded->providerId, saved.providerId);
        QCOMPARE(loaded->model, saved.model);
        QCOMPARE(loaded->systemPrompt, saved.systemPrompt);
        QCOMPARE(loaded->parameters, saved.parameters);
        QCOMPARE(loaded->createdAt, saved.createdAt);
        QCOMPARE(loaded->updatedAt, saved.updatedAt);
        QCOMPARE(loaded->pinned, true);
        QCOMPARE(loaded->archived, false);
        QCOMPARE(loaded->customTitle, true);
        QCOMPARE(loaded->comparisonGroup, saved.comparisonGroup);
        QCOMPARE(loaded->selectedChild, saved.selectedChild);
        QVERIFY(!store.conversation(u"missing"_s));
        QVERIFY(!store.lastError().isEmpty());
    }

    void savingAgainUpdatesAndKeepsMessages()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        StoredConversation c = fullConversation();
        QVERIFY(store.saveConversation(c));
        QVERIFY(store.saveMessage(c.id, textMessage(u"m1"_s, {}, u"hello"_s)));
        c.title = u"Renamed"_s;
        c.selectedChild = {{QString(), u"m1"_s}};
        QVERIFY(store.saveConversation(c));
        QCOMPARE(store.conversation(c.id)->title, u"Renamed"_s);
        QCOMPARE(store.conversation(c.id)->selectedChild, c.selectedChild);
        QCOMPARE(store.messages(c.id).size(), 1);
    }

    void listIsPinnedFirstThenRecent()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        const struct
        {
            const char16_t *id;
            qint64 updated;
            bool pinned, archived;
        } rows[] = {{u"old", 1, false, false},
                    {u"new", 3, false, false},
                    {u"pinned", 0, true, false},
                    {u"archived", 9, false, true}};
        for (const auto &row : rows) {
            StoredConversation c;
            c.id = QString::fromUtf16(row.id);
            c.updatedAt = row.updated;
            c.pinned = row.pinned;
            c.archived = row.archived;
            c.model = u"m"_s;
            QVERIFY(store.saveConversation(c));
        }
        auto ids = [](const QList<StoredConversation> &list) {
            QStringList result;
            for (const auto &c : list)
                result.append(c.id);
            return result;
        };
        QCOMPARE(ids(store.conversations()), (QStringList {u"pinned"_s, u"new"_s, u"old"_s}));
        QCOMPARE(ids(store.conversations(1, 1)), (QStringList {u"new"_s}));
        const QList<StoredConversation> summaries = store.summaries(false);
        QCOMPARE(ids(summaries), ids(store.conversations()));
        QCOMPARE(ids(store.summaries()), ids(store.conversations(-1, 0, true)));
        QVERIFY(summaries.constFirst().pinned);
        QVERIFY(summaries.constFirst().model.isEmpty()); // a summary only
        QCOMPARE(ids(store.conversations(-1, 0, true)),
                 (QStringList {u"pinned"_s, u"archived"_s, u"new"_s, u"old"_s}));
    }

    void messageRoundTrips_data()
    {
        QTest::addColumn<Message::State>("state");
        QTest::newRow("failed") << Message::State::Failed;
        QTest::newRow("cancelled") << Message::State::Cancelled;
        QTest::newRow("streaming") << Message::State::Streaming;
    }

    void messageRoundTrips()
    {
        QFETCH(Message::State, state);
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(fullConversation()));
        const Message saved = fullMessage(u"m2"_s, state);
        QVERIFY2(store.saveMessage(u"c1"_s, saved), qPrintable(store.lastError()));
        const QList<Message> loaded = store.messages(u"c1"_s);
        QCOMPARE(loaded.size(), 1);
        const Message &m = loaded.first();
        QCOMPARE(m.id, saved.id);
        QCOMPARE(m.parentId, saved.parentId);
        QCOMPARE(m.role, Message::Role::Assistant);
        QCOMPARE(m.content, saved.content);
        QCOMPARE(m.reasoning, saved.reasoning);
        QCOMPARE(m.refusal, saved.refusal);
        QCOMPARE(m.attachments, saved.attachments);
        QCOMPARE(m.toolCalls.size(), 1);
        QCOMPARE(m.toolCalls[0].id, saved.toolCalls[0].id);
        QCOMPARE(m.toolCalls[0].type, u"function"_s);
        QCOMPARE(m.toolCalls[0].name, saved.toolCalls[0].name);
        QCOMPARE(m.toolCalls[0].arguments, saved.toolCalls[0].arguments);
        QCOMPARE(m.toolCalls[0].extraContent, saved.toolCalls[0].extraContent);
        QCOMPARE(m.toolCallId, saved.toolCallId);
        QCOMPARE(m.model, saved.model);
        QCOMPARE(m.usage.toJson(), saved.usage.toJson());
        QCOMPARE(m.usage.cachedPromptTokens, 4);
        QCOMPARE(m.usage.reasoningTokens, 5);
        QCOMPARE(m.usage.cost, 0.25);
        QCOMPARE(m.finishReason, saved.finishReason);
        QCOMPARE(m.state, state);
        QCOMPARE(m.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(m.error.httpStatus, 429);
        QCOMPARE(m.error.message, saved.error.message);
        QCOMPARE(m.error.providerMessage, saved.error.providerMessage);
        QCOMPARE(m.error.providerCode, saved.error.providerCode);
        QCOMPARE(m.error.retryAfterSeconds, 20);
        QCOMPARE(m.timings.sentAt, 1);
        QCOMPARE(m.timings.firstByteAt, 2);
        QCOMPARE(m.timings.firstTokenAt, 3);
        QCOMPARE(m.timings.reasoningStartedAt, 4);
        QCOMPARE(m.timings.reasoningEndedAt, 5);
        QCOMPARE(m.timings.finishedAt, 6);
        QCOMPARE(m.createdAt, saved.createdAt);
    }

    void defaultMessageRoundTrips()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(fullConversation()));
        Message saved;
        saved.id = u"plain"_s;
        QVERIFY(store.saveMessage(u"c1"_s, saved));
        const Message m = store.messages(u"c1"_s).value(0);
        QCOMPARE(m.role, Message::Role::User);
        QCOMPARE(m.state, Message::State::Complete);
        QVERIFY(!m.error.isError());
        QCOMPARE(m.error.retryAfterSeconds, -1);
        QVERIFY(!m.usage.isValid());
        QCOMPARE(m.usage.cost, -1);
        QVERIFY(m.toolCalls.isEmpty());
        QCOMPARE(m.timings.finishedAt, 0);
    }

    void messageForUnknownConversationFails()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(!store.saveMessage(u"nope"_s, textMessage(u"m1"_s, {}, u"x"_s)));
        QVERIFY(store.lastError().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive));
    }

    void messagesKeepOrderAndPage()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(fullConversation()));
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            expected.append(u"m%1"_s.arg(i));
            QVERIFY(store.saveMessage(u"c1"_s, textMessage(expected.last(), {}, u"text"_s)));
        }
        // A streaming checkpoint of an earlier message keeps its place.
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"m1"_s, {}, u"longer text"_s)));
        auto ids = [](const QList<Message> &list) {
            QStringList result;
            for (const Message &m : list)
                result.append(m.id);
            return result;
        };
        QCOMPARE(ids(store.messages(u"c1"_s)), expected);
        QCOMPARE(store.messages(u"c1"_s).at(1).content, u"longer text"_s);
        QCOMPARE(ids(store.messages(u"c1"_s, 2)), expected.mid(0, 2));
        QCOMPARE(ids(store.messages(u"c1"_s, 2, 2)), expected.mid(2, 2));
        QCOMPARE(ids(store.messages(u"c1"_s, 2, 4)), expected.mid(4));
    }

    void treeAndSelectedChildrenPersist()
    {
        {
            ConversationStore store;
            QVERIFY(store.open(m_path));
            QVERIFY(store.saveConversation(fullConversation()));
            QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"q"_s, {}, u"question"_s)));
            QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"a1"_s, u"q"_s, u"first"_s)));
            QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"a2"_s, u"q"_s, u"second"_s)));
            QVERIFY(store.setSelectedChild(u"c1"_s, u"q"_s, u"a1"_s));
            QVERIFY(store.setSelectedChild(u"c1"_s, u"q"_s, u"a2"_s));
            QVERIFY(store.setSelectedChild(u"c1"_s, QString(), u"q"_s));
        }
        ConversationStore reopened;
        QVERIFY(reopened.open(m_path));
        const QList<Message> messages = reopened.messages(u"c1"_s);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0].parentId, QString());
        QCOMPARE(messages[1].parentId, u"q"_s);
        QCOMPARE(messages[2].parentId, u"q"_s);
        const auto selected = reopened.conversation(u"c1"_s)->selectedChild;
        QCOMPARE(selected.value(u"q"_s), u"a2"_s);
        QCOMPARE(selected.value(QString()), u"q"_s);
    }

    void removeConversationCascades()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(fullConversation(u"gone"_s)));
        QVERIFY(store.saveConversation(fullConversation(u"kept"_s)));
        QVERIFY(store.saveMessage(u"gone"_s, textMessage(u"g1"_s, {}, u"remove me please"_s)));
        QVERIFY(store.saveMessage(u"kept"_s, textMessage(u"k1"_s, {}, u"keep me please"_s)));
        QVERIFY(store.removeConversation(u"gone"_s));
        QVERIFY(!store.conversation(u"gone"_s));
        QVERIFY(store.messages(u"gone"_s).isEmpty());
        QVERIFY(store.search(u"remove"_s).isEmpty());
        QCOMPARE(store.search(u"please"_s).size(), 1);
        QCOMPARE(store.messages(u"kept"_s).size(), 1);
        StoredConversation empty;
        empty.id = u"gone"_s;
        QVERIFY(store.saveConversation(empty));
        QVERIFY(store.conversation(u"gone"_s)->selectedChild.isEmpty());
    }

    void votesRoundTripAndOutliveConversations()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(fullConversation(u"left"_s)));
        QVERIFY(store.saveConversation(fullConversation(u"right"_s)));

        ComparisonVote blind;
        blind.comparisonGroup = u"g1"_s;
        blind.createdAt = 1700000009000;
        blind.contenders
            = {{u"openrouter"_s, u"openai/gpt-4o"_s}, {u"deepseek"_s, u"deepseek-chat"_s}};
        blind.winner = 1;
        blind.blind = true;
        ComparisonVote tie;
        tie.comparisonGroup = u"g1"_s;
        tie.createdAt = 1700000019000;
        tie.contenders = {{u"ollama"_s, u"qwen3:8b 東京"_s},
                          {u"ollama"_s, u"qwen3:8b 東京"_s},
                          {u"groq"_s, u"llama-3.3-70b"_s}};
        tie.winner = ComparisonVote::Tie;
        ComparisonVote elsewhere = blind;
        elsewhere.comparisonGroup = u"g2"_s;
        elsewhere.winner = 0;
        for (const ComparisonVote &vote : {blind, tie, elsewhere})
            QVERIFY2(store.addVote(vote), qPrintable(store.lastError()));

        const auto same = [](const ComparisonVote &a, const ComparisonVote &b) {
            return a.comparisonGroup == b.comparisonGroup && a.createdAt == b.createdAt
                && a.contenders == b.contenders && a.winner == b.winner && a.blind == b.blind;
        };
        QList<ComparisonVote> all = store.votes();
        QCOMPARE(all.size(), 3);
        QVERIFY(same(all.at(0), elsewhere)); // newest first
        QVERIFY(same(all.at(1), tie));
        QVERIFY(same(all.at(2), blind));
        QVERIFY(all.at(1).isTie());
        QVERIFY(!all.at(1).blind);
        QCOMPARE(all.at(2).winningContender().model, u"deepseek-chat"_s);
        QVERIFY(all.at(0).id > all.at(1).id && all.at(1).id > all.at(2).id);
        QCOMPARE(store.votes(1).size(), 1);

        const QList<ComparisonVote> group = store.votesFor(u"g1"_s);
        QCOMPARE(group.size(), 2);
        QVERIFY(same(group.at(0), blind)); // in the order cast
        QVERIFY(same(group.at(1), tie));
        QVERIFY(store.votesFor(u"nothing"_s).isEmpty());

        // A statistic, not conversation content: deleting the comparison keeps its votes,
        // and so does reopening the file.
        QVERIFY(store.removeConversation(u"left"_s));
        QVERIFY(store.removeConversation(u"right"_s));
        {
            ConversationStore reopened;
            QVERIFY(reopened.open(m_path));
            QCOMPARE(reopened.votes().size(), 3);
            QVERIFY(same(reopened.votesFor(u"g2"_s).value(0), elsewhere));
        }

        QVERIFY(store.removeVote(all.at(0).id));
        QCOMPARE(store.votes().size(), 2);
        QVERIFY(store.votesFor(u"g2"_s).isEmpty());
        QVERIFY(store.clearVotes());
        QVERIFY(store.votes().isEmpty());
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    }

    void invalidVotesAreRefused_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("winner");
        QTest::newRow("no group") << QString() << 2 << 0;
        QTest::newRow("one column") << u"g"_s << 1 << 0;
        QTest::newRow("winner past the columns") << u"g"_s << 3 << 3;
        QTest::newRow("negative winner") << u"g"_s << 2 << -2;
    }

    void invalidVotesAreRefused()
    {
        QFETCH(QString, group);
        QFETCH(int, columns);
        QFETCH(int, winner);
        ConversationStore store;
        QVERIFY(store.open(m_path));
        ComparisonVote vote;
        vote.comparisonGroup = group;
        for (int i = 0; i < columns; ++i)
            vote.contenders.append({u"openai"_s, u"model-%1"_s.arg(i)});
        vote.winner = winner;
        QVERIFY(!store.addVote(vote));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.votes().isEmpty());
    }

    void pragmasAreSet()
    {
        ConversationStore store(u"pragma-test"_s);
        QVERIFY(store.open(m_path));
        QSqlQuery query(QSqlDatabase::database(u"pragma-test"_s, false));
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    }

    void noColumnIsNamedLikeAKey()
    {
        ConversationStore store(u"key-test"_s);
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(fullConversation()));
        QVERIFY(store.saveMessage(u"c1"_s, fullMessage(u"m2"_s, Message::State::Complete)));
        QSqlDatabase db = QSqlDatabase::database(u"key-test"_s, false);
        QVERIFY(db.tables().contains(u"messages"_s));
        QSqlQuery query(db);
        int columns = 0;
        for (const QString &table : db.tables()) {
            QVERIFY(query.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
            while (query.next()) {
                ++columns;
                const QString column = query.value(1).toString();
                QVERIFY2(!column.contains(u"key"_s, Qt::CaseInsensitive), qPrintable(column));
                QVERIFY2(!column.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(column));
            }
        }
        QVERIFY(columns > 30);
    }

    void reopeningTheLatestVersionChangesNothing()
    {
        {
            ConversationStore store;
            QVERIFY(store.open(m_path));
            QVERIFY(store.saveConversation(fullConversation()));
        }
        const QByteArray before = fileBytes(m_path);
        QVERIFY(!before.isEmpty());
        {
            ConversationStore store;
            QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
            QCOMPARE(store.schemaVersion(), Schema::latestVersion());
            QVERIFY(store.conversation(u"c1"_s));
        }
        QCOMPARE(fileBytes(m_path), before);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        {
            ConversationStore store(u"newer"_s);
            QVERIFY(store.open(m_path));
            QSqlQuery query(QSqlDatabase::database(u"newer"_s, false));
            QVERIFY(query.exec(u"UPDATE schema_version SET version = 99"_s));
        }
        const QByteArray before = fileBytes(m_path);
        const QDateTime modified = QFileInfo(m_path).lastModified();
        ConversationStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.lastError().contains(u"newer version"_s), qPrintable(store.lastError()));
        QVERIFY(!store.saveConversation(fullConversation()));
        QCOMPARE(fileBytes(m_path), before);
        QCOMPARE(QFileInfo(m_path).lastModified(), modified);
    }

    void notADatabaseIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text")
            << QByteArray("these are not the bytes of a database\n").repeated(200);
        QTest::newRow("short") << QByteArray("SQLite");
        QByteArray binary;
        for (int i = 0; i < 8192; ++i)
            binary.append(char(i * 7 % 256));
        QTest::newRow("binary") << binary;
    }

    void notADatabaseIsRefusedAndUntouched()
    {
        QFETCH(QByteArray, bytes);
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        const QDateTime modified = QFileInfo(m_path).lastModified();
        ConversationStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.lastError().contains(u"not a conversation database"_s),
                 qPrintable(store.lastError()));
        QCOMPARE(fileBytes(m_path), bytes);
        QCOMPARE(QFileInfo(m_path).lastModified(), modified);
    }

    void anotherProgramsDatabaseIsRefused()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE bookmarks (url TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fileBytes(m_path);
        ConversationStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.lastError().contains(u"another program"_s), qPrintable(store.lastError()));
        QCOMPARE(fileBytes(m_path), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
