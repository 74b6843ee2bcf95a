#include "storage/conversationstore.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every released schema version, built from the migration steps themselves and filled with
// data, opens in this version of Confab with everything kept.
class TestStoreMigrations : public QObject
{
    Q_OBJECT

private:
    // Writes a database at schema `version` the way that release did, with one conversation
    // of two messages (a question and its answer) and a branch choice.
    static bool writeVersion(const QString &path, int version)
    {
        const QString connection = u"old-%1"_s.arg(version);
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery query(db);
            const QList<QStringList> steps = Schema::steps();
            for (int step = 0; ok && step < version; ++step)
                for (const QString &statement : steps.at(step))
                    ok = ok && query.exec(statement);
            const QStringList data {
                u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version),
                uR"(INSERT INTO conversations (id, title, provider_id, model, system_prompt,
                    parameters_json, created_at, updated_at, pinned, archived)
                    VALUES ('c1', 'Old title', 'openai', 'gpt-4o', 'Be brief.',
                    '{"temperature":0.5}', 1000, 2000, 1, 0))"_s,
                uR"(INSERT INTO messages (id, conversation_id, parent_id, role, content,
                    reasoning, state, created_at)
                    VALUES ('q', 'c1', NULL, 'user', 'Wie spät ist es in 東京?', NULL,
                    'complete', 1000))"_s,
                uR"(INSERT INTO messages (id, conversation_id, parent_id, role, content,
                    reasoning, state, created_at)
                    VALUES ('a', 'c1', 'q', 'assistant', 'Es ist 18 Uhr 🕕', 'Zeitzone JST',
                    'complete', 1500))"_s,
                uR"(INSERT INTO branch_choices (conversation_id, parent_id, child_id)
                    VALUES ('c1', 'q', 'a'))"_s,
            };
            for (const QString &statement : data)
                ok = ok && query.exec(statement);
            if (!ok)
                qWarning() << "version" << version << query.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

private Q_SLOTS:
    void everyEarlierVersionUpgrades_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Schema::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void everyEarlierVersionUpgrades()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        QVERIFY(writeVersion(path, version));

        ConversationStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion());

        const auto conversation = store.conversation(u"c1"_s);
        QVERIFY(conversation);
        QCOMPARE(conversation->title, u"Old title"_s);
        QCOMPARE(conversation->model, u"gpt-4o"_s);
        QCOMPARE(conversation->parameters.value(u"temperature"_s).toDouble(), 0.5);
        QVERIFY(conversation->pinned);
        QVERIFY(!conversation->customTitle);
        QVERIFY(conversation->comparisonGroup.isEmpty());
        QCOMPARE(conversation->selectedChild.value(u"q"_s), u"a"_s);

        const QList<Message> messages = store.messages(u"c1"_s);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).content, u"Es ist 18 Uhr 🕕"_s);
        QCOMPARE(messages.at(1).parentId, u"q"_s);
        // The search index made by the old version still answers.
        QCOMPARE(store.search(u"東京"_s).value(0).messageId, u"q"_s);
        QCOMPARE(store.search(u"Zeitzone"_s).value(0).messageId, u"a"_s);

        // And the upgraded file takes what the new version writes.
        StoredConversation renamed = *conversation;
        renamed.title = u"Renamed"_s;
        renamed.customTitle = true;
        QVERIFY2(store.saveConversation(renamed), qPrintable(store.lastError()));
        QVERIFY(store.conversation(u"c1"_s)->customTitle);

        // It keeps comparison votes (schema 4), and they outlive the conversation.
        ComparisonVote vote;
        vote.comparisonGroup = u"g1"_s;
        vote.createdAt = 3000;
        vote.contenders = {{u"openai"_s, u"gpt-4o"_s}, {u"mistral"_s, u"mistral-large"_s}};
        vote.winner = 1;
        vote.blind = true;
        QVERIFY2(store.addVote(vote), qPrintable(store.lastError()));
        QVERIFY(store.removeConversation(u"c1"_s));
        const QList<ComparisonVote> votes = store.votesFor(u"g1"_s);
        QCOMPARE(votes.size(), 1);
        QCOMPARE(votes.at(0).contenders, vote.contenders);
        QCOMPARE(votes.at(0).winner, 1);
        QVERIFY(votes.at(0).blind);
    }

    void toolRunsSurviveTheUpgradeToVotes()
    {
        // A version 3 file with a tool run: the step to 4 adds the votes and keeps the log.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.sqlite"_s);
        QVERIFY(writeVersion(path, 3));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3-runs"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(uR"(INSERT INTO tool_runs (conversation_id, tool, status)
                VALUES ('c1', 'get_time', 'succeeded'))"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v3-runs"_s);

        ConversationStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion());
        QCOMPARE(store.toolRuns().size(), 1);
        QCOMPARE(store.toolRuns().at(0).tool, u"get_time"_s);
        QVERIFY(store.votes().isEmpty());
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    }

    void stepsAreAppendOnlyAndNumbered()
    {
        // The steps of released versions are recorded here; changing one would leave the
        // databases of people who already upgraded in a state no step describes.
        const QList<QStringList> steps = Schema::steps();
        QCOMPARE(Schema::latestVersion(), int(steps.size()));
        QVERIFY(steps.size() >= 2);
        QVERIFY(steps.at(0).constFirst().contains(u"CREATE TABLE schema_version"_s));
        QVERIFY(steps.at(1).constFirst().contains(u"title_custom"_s));
        QVERIFY(steps.size() >= 4);
        QVERIFY(steps.at(2).constFirst().contains(u"CREATE TABLE tool_runs"_s));
        QVERIFY(steps.at(3).constFirst().contains(u"CREATE TABLE comparison_votes"_s));
    }

    void aFailingStepLeavesTheVersionBefore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"blocked.sqlite"_s);
        QVERIFY(writeVersion(path, 1));
        {
            // Something already holds the name the next step creates: that step fails.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"blocker"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE INDEX conversations_by_comparison ON "
                                       "conversations (model)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"blocker"_s);

        {
            ConversationStore store;
            QVERIFY(!store.open(path));
            QVERIFY2(store.lastError().contains(u"schema 2"_s), qPrintable(store.lastError()));
        }
        // The failed step was rolled back as a whole: still version 1, columns unchanged.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT max(version) FROM schema_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(u"SELECT count(*) FROM pragma_table_info('conversations') "
                               "WHERE name = 'title_custom'"_s)
                    && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"check"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
