#include "answerscript.h"
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "storage/conversationrecorder.h"
#include "storage/conversationstore.h"
#include "workspace/parameterset.h"
#include "workspace/workspace.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The window's conversations in a real history file: kept across restarts with their
// branches, settings, titles and flags; searched; deleted with undo; and an unreadable or
// full file reported without losing what is on screen.
class TestWorkspaceHistory : public QObject
{
    Q_OBJECT

private:
    // A workspace on the history file, talking to the loopback server.
    std::unique_ptr<Workspace> openWorkspace()
    {
        return WorkspaceFixture::openOn(m_path, *m_server);
    }

    void answerWith(const QStringList &content)
    {
        AnswerScript answer;
        answer.content = content;
        m_server->enqueue(answer.response());
    }

    bool ask(ChatSession *session, const QString &question, const QStringList &answer)
    {
        answerWith(answer);
        if (!session->send(question))
            return false;
        return QTest::qWaitFor([session] { return !session->isBusy(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            u"%1/conversations.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        m_server->setFallback(ScriptedResponse::json(200, R"({"data": []})"));
    }

    void conversationsSurviveARestart()
    {
        QString tripId;
        {
            auto workspace = openWorkspace();
            QVERIFY2(workspace->historyProblem().isEmpty(),
                     qPrintable(workspace->historyProblem()));
            ChatSession *trip = workspace->current();
            tripId = trip->id();
            trip->setSystemPrompt(u"Be brief."_s);
            ModelParameters parameters;
            parameters.temperature = 0.3;
            trip->setParameters(parameters);
            QVERIFY(ask(trip, u"Plan a trip to 東京 🚅\nwith details"_s,
                        {u"Take the "_s, u"Shinkansen."_s}));
            answerWith({u"Fly instead."_s});
            QVERIFY(trip->regenerate());
            QTRY_VERIFY(!trip->isBusy());
            QVERIFY(trip->showSibling(1, -1)); // back to the first answer

            ChatSession *other = workspace->newConversation();
            QVERIFY(ask(other, u"Second chat"_s, {u"Hello."_s}));
            workspace->renameConversation(other->id(), u"  My   renamed chat "_s);
            workspace->setPinned(tripId, true);
        }

        auto workspace = openWorkspace();
        ConversationList *list = workspace->conversations();
        QAbstractItemModelTester tester(list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->rowCount(), 3); // the two, and the new empty chat of this run
        QCOMPARE(list->idAt(0), tripId);
        QCOMPARE(list->index(0).data(ConversationList::GroupRole).toString(), u"Pinned"_s);
        QCOMPARE(list->index(0).data(ConversationList::TitleRole).toString(),
                 u"Plan a trip to 東京 🚅"_s);
        QCOMPARE(list->index(1).data(ConversationList::TitleRole).toString(), u"New chat"_s);
        QCOMPARE(list->index(2).data(ConversationList::TitleRole).toString(), u"My renamed chat"_s);
        QCOMPARE(list->index(2).data(ConversationList::GroupRole).toString(), u"Today"_s);
        QVERIFY(!list->index(0).data(ConversationList::SessionRole).value<ChatSession *>());

        // Changed while not open: the list holds a summary, the rest is kept as it was.
        workspace->renameConversation(tripId, u"Trip"_s);
        QCOMPARE(list->index(0).data(ConversationList::TitleRole).toString(), u"Trip"_s);
        ChatSession *trip = workspace->openConversation(tripId);
        QVERIFY(trip);
        QCOMPARE(workspace->current(), trip);
        ConversationModel *messages = trip->conversation();
        QCOMPARE(messages->rowCount(), 2);
        QCOMPARE(messages->at(1).content, u"Take the Shinkansen."_s); // the branch shown last
        QCOMPARE(messages->index(1).data(ConversationModel::SiblingCountRole).toInt(), 2);
        QCOMPARE(messages->at(1).state, Message::State::Complete);
        QCOMPARE(trip->systemPrompt(), u"Be brief."_s);
        QCOMPARE(trip->parameters().temperature, 0.3);
        QCOMPARE(trip->model(), u"m"_s);
        QVERIFY(trip->showSibling(1, 1));
        QCOMPARE(messages->at(1).content, u"Fly instead."_s);

        // And the conversation goes on, written to the same file.
        QVERIFY(ask(trip, u"Thanks"_s, {u"You are welcome."_s}));
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.messages(tripId).size(), 5);
        QCOMPARE(store.conversation(tripId)->selectedChild.value(messages->at(0).id),
                 messages->at(1).id);
    }

    // Saved in parameters_json with the other parameters, restored with the conversation.
    void outputFormatIsKeptWithTheConversation()
    {
        const QString schema = uR"({"title": "City", "type": "object"})"_s;
        QString id;
        {
            auto workspace = openWorkspace();
            ChatSession *session = workspace->current();
            id = session->id();
            ParameterSet parameters;
            parameters.setSession(session);
            QCOMPARE(parameters.setOutputFormat(u"json_schema"_s, schema), QString());
            QVERIFY(ask(session, u"Where?"_s, {u"{\"name\": \"Oslo\"}"_s}));
        }
        auto workspace = openWorkspace();
        ChatSession *session = workspace->openConversation(id);
        QVERIFY(session);
        ParameterSet parameters;
        parameters.setSession(session);
        QCOMPARE(parameters.outputFormat(), u"json_schema"_s);
        QCOMPARE(parameters.outputSchemaName(), u"City"_s);
        QCOMPARE(*session->parameters().responseFormat,
                 QJsonDocument::fromJson(R"({"type": "json_schema", "json_schema": {
                     "name": "City", "strict": true,
                     "schema": {"title": "City", "type": "object"}}})")
                     .object());
    }

    void searchOpensTheHitInItsBranch()
    {
        auto workspace = openWorkspace();
        ChatSession *session = workspace->current();
        QVERIFY(ask(session, u"Name a colour"_s, {u"Vermilion, obviously."_s}));
        answerWith({u"Cerulean."_s});
        QVERIFY(session->regenerate());
        QTRY_VERIFY(!session->isBusy());
        const QString hidden = session->tree().childrenOf(session->conversation()->at(0).id)[0];
        workspace->newConversation();

        SearchResults *search = workspace->search();
        search->setQuery(u"vermilion"_s);
        QTRY_COMPARE(search->rowCount(), 1);
        QCOMPARE(search->index(0).data(SearchResults::MessageIdRole).toString(), hidden);
        QCOMPARE(search->index(0).data(SearchResults::TitleRole).toString(), u"Name a colour"_s);
        QVERIFY(search->index(0)
                    .data(SearchResults::SnippetRole)
                    .toString()
                    .contains(u"<b>Vermilion</b>"_s));

        QSignalSpy revealed(workspace.get(), &Workspace::messageRevealed);
        workspace->openMessage(session->id(), hidden);
        QCOMPARE(workspace->current(), session);
        QCOMPARE(revealed.size(), 1);
        QCOMPARE(revealed.at(0).at(1).toInt(), 1);
        QCOMPARE(session->conversation()->at(1).content, u"Vermilion, obviously."_s);
        // The branch that was revealed is the one shown next time.
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.conversation(session->id())
                     ->selectedChild.value(session->conversation()->at(0).id),
                 hidden);
    }

    void deleteCanBeUndoneThenIsFinal()
    {
        auto workspace = openWorkspace();
        ChatSession *session = workspace->current();
        const QString id = session->id();
        QVERIFY(ask(session, u"Something to delete"_s, {u"Fine."_s}));
        ConversationList *list = workspace->conversations();
        QCOMPARE(list->rowCount(), 1);

        workspace->deleteConversation(id);
        QCOMPARE(list->rowOf(id), -1);
        QCOMPARE(workspace->undoableDeletion(), u"Something to delete"_s);
        QVERIFY(workspace->current() && workspace->current()->id() != id); // a new chat
        workspace->undoDelete();
        QVERIFY(list->rowOf(id) >= 0);
        QCOMPARE(workspace->current(), session); // the same live conversation
        QVERIFY(workspace->undoableDeletion().isEmpty());

        workspace->deleteConversation(id);
        workspace->finishPendingDeletion();
        QVERIFY(workspace->undoableDeletion().isEmpty());
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(!store.conversation(id));
        QVERIFY(store.messages(id).isEmpty());
        QVERIFY(store.search(u"delete"_s).isEmpty());
    }

    void archivedConversationsLeaveTheSidebar()
    {
        auto workspace = openWorkspace();
        QVERIFY(ask(workspace->current(), u"Old topic"_s, {u"Yes."_s}));
        const QString id = workspace->current()->id();
        QVERIFY(ask(workspace->newConversation(), u"New topic"_s, {u"Yes."_s}));
        QAbstractItemModel *sidebar = workspace->sidebarConversations();
        QCOMPARE(sidebar->rowCount(), 2);
        workspace->setArchived(id, true);
        QCOMPARE(sidebar->rowCount(), 1);
        workspace->setShowArchived(true);
        QCOMPARE(sidebar->rowCount(), 1);
        QCOMPARE(sidebar->index(0, 0).data(ConversationList::IdRole).toString(), id);
        workspace.reset();

        workspace = openWorkspace(); // the flag is kept
        QCOMPARE(workspace->sidebarConversations()->rowCount(), 2); // New topic, new chat
        QVERIFY(workspace->conversations()->find(id)->archived);
    }

    void unreadableHistoryIsKeptAndCanBeReplaced()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        const QByteArray garbage = QByteArray("not a database, just notes\n").repeated(100);
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        auto workspace = openWorkspace();
        QVERIFY2(workspace->historyProblem().contains(u"not a conversation database"_s),
                 qPrintable(workspace->historyProblem()));
        QVERIFY(workspace->canStartFreshHistory());
        QCOMPARE(fileBytes(m_path), garbage);

        // The window still works, in memory.
        ChatSession *session = workspace->current();
        QVERIFY(ask(session, u"Does this still work?"_s, {u"It does."_s}));
        QCOMPARE(fileBytes(m_path), garbage);

        QVERIFY(workspace->startFreshHistory());
        QVERIFY(!workspace->canStartFreshHistory());
        QVERIFY2(workspace->historyProblem().contains(u".unreadable-"_s),
                 qPrintable(workspace->historyProblem()));
        const QStringList kept = QDir(QFileInfo(m_path).absolutePath())
                                     .entryList({u"conversations.sqlite.unreadable-*"_s});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileBytes(QFileInfo(m_path).absolutePath() + u'/' + kept.constFirst()), garbage);
        // What was said before is in the new file.
        ConversationStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QCOMPARE(store.messages(session->id()).size(), 2);
    }

    void newerHistoryIsLeftAlone()
    {
        {
            ConversationStore store(u"newer"_s);
            QVERIFY(store.open(m_path));
            QVERIFY(QSqlQuery(QSqlDatabase::database(u"newer"_s))
                        .exec(u"UPDATE schema_version SET version = 99"_s));
        }
        const QByteArray before = fileBytes(m_path);
        auto workspace = openWorkspace();
        QVERIFY2(workspace->historyProblem().contains(u"newer version of Confab"_s),
                 qPrintable(workspace->historyProblem()));
        QVERIFY(ask(workspace->current(), u"Hello"_s, {u"Hi."_s}));
        workspace.reset();
        QCOMPARE(fileBytes(m_path), before);
    }

    void damagedHistoryIsKeptAndCanBeReplaced()
    {
        {
            ConversationStore store;
            QVERIFY(store.open(m_path));
            StoredConversation c;
            c.id = u"c"_s;
            QVERIFY(store.saveConversation(c));
        }
        // A good header, then garbage where the table of tables should be.
        QByteArray bytes = fileBytes(m_path);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(i * 31);
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        QFile::remove(m_path + u"-wal"_s);
        QFile::remove(m_path + u"-shm"_s);
        auto workspace = openWorkspace();
        QVERIFY2(workspace->historyProblem().contains(u"malformed"_s),
                 qPrintable(workspace->historyProblem()));
        QVERIFY(workspace->canStartFreshHistory());
        QVERIFY(!workspace->canRetryHistory());
        QCOMPARE(fileBytes(m_path), bytes);
        QVERIFY(workspace->startFreshHistory());
        QVERIFY(QDir(QFileInfo(m_path).absolutePath())
                    .entryList({u"conversations.sqlite.unreadable-*"_s})
                    .size()
                == 1);
    }

    // Another program holds the file: said so, nothing changed, Try again works once it
    // lets go, and what was said meanwhile moves into the file.
    void lockedHistoryCanBeRetried()
    {
        {
            ConversationStore store;
            QVERIFY(store.open(m_path));
        }
        auto holder
            = std::make_unique<QSqlDatabase>(QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s));
        holder->setDatabaseName(m_path);
        QVERIFY(holder->open());
        QSqlQuery hold(*holder);
        QVERIFY(hold.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(hold.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(hold.exec(u"SELECT count(*) FROM conversations"_s));

        auto workspace = openWorkspace();
        QVERIFY2(workspace->historyProblem().contains(u"Another program"_s),
                 qPrintable(workspace->historyProblem()));
        QVERIFY(workspace->canRetryHistory());
        QVERIFY(!workspace->canStartFreshHistory());
        ChatSession *session = workspace->current();
        QVERIFY(ask(session, u"Said while locked"_s, {u"Kept in memory."_s}));

        QVERIFY(hold.exec(u"COMMIT"_s));
        hold = QSqlQuery();
        holder->close();
        holder.reset();
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY2(workspace->retryHistory(), qPrintable(workspace->historyProblem()));
        QVERIFY(workspace->historyProblem().isEmpty());
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.messages(session->id()).size(), 2);
    }

    // SQLite's own "database or disk is full", from a page limit on the connection.
    void aFullDiskKeepsTheAnswerAndRecovers()
    {
        auto workspace = openWorkspace();
        ChatSession *session = workspace->current();
        QVERIFY(ask(session, u"Short first"_s, {u"Ok."_s}));
        QSqlDatabase db = QSqlDatabase::database(workspace->store()->connectionName());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));

        const QString longText = u"A long answer that no longer fits. "_s.repeated(4000);
        QVERIFY(ask(session, u"Now a long one"_s, AnswerScript::pieces(longText, 4000)));
        QTRY_VERIFY(workspace->historyProblem().contains(u"full"_s, Qt::CaseInsensitive));
        QCOMPARE(session->conversation()->at(3).content, longText); // nothing lost on screen

        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->historyProblem().isEmpty(), 5000);
        ConversationStore store;
        QVERIFY(store.open(m_path));
        const QList<Message> stored = store.messages(session->id());
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.at(3).content, longText);
        QCOMPARE(stored.at(3).state, Message::State::Complete);
    }

    void theStreamingAnswerIsCheckpointed()
    {
        auto workspace = openWorkspace();
        ChatSession *session = workspace->current();
        AnswerScript answer;
        answer.content = {u"First words, "_s, u"then more"_s};
        ScriptedResponse response = answer.response();
        response.pieces = {response.pieces.value(0), response.pieces.value(1)};
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
        QVERIFY(session->send(u"Keep going"_s));
        QTRY_VERIFY(session->streamingMessage() && !session->streamingMessage()->content.isEmpty());

        ConversationStore reader;
        QVERIFY(reader.open(m_path));
        const QString arrived = session->streamingMessage()->content;
        QTRY_VERIFY_WITH_TIMEOUT(reader.messages(session->id()).value(1).content == arrived,
                                 2 * ConversationRecorder::checkpointIntervalMs + 500);
        QCOMPARE(reader.messages(session->id()).value(1).state, Message::State::Streaming);
        session->stop();
        QTRY_COMPARE(reader.messages(session->id()).value(1).state, Message::State::Cancelled);
    }

    void exportThenImportIntoAnotherHistory()
    {
        auto workspace = openWorkspace();
        ChatSession *session = workspace->current();
        QVERIFY(ask(session, u"Export me"_s, {u"Gladly, 東京 🚅."_s}));
        const QString markdownFile = m_dir.filePath(u"one.md"_s);
        const QString jsonFile = m_dir.filePath(u"all.json"_s);
        QVERIFY(workspace->exportConversations(session->id(), QUrl::fromLocalFile(markdownFile))
                    .startsWith(u"Exported 1 conversation"_s));
        QVERIFY(QString::fromUtf8(fileBytes(markdownFile)).contains(u"Gladly, 東京 🚅."_s));
        QVERIFY(workspace->exportConversations({}, QUrl::fromLocalFile(jsonFile))
                    .startsWith(u"Exported 1 conversation"_s));
        // A folder that does not exist: said plainly, nothing written.
        QVERIFY(workspace->exportConversations({}, QUrl::fromLocalFile(u"/nonexistent/x.json"_s))
                    .startsWith(u"Could not write"_s));

        // Into a second history, twice: the second time as a copy, nothing overwritten.
        m_path = m_dir.filePath(u"other/conversations.sqlite"_s);
        auto other = openWorkspace();
        QCOMPARE(other->importConversations(QUrl::fromLocalFile(jsonFile)),
                 u"Imported 1 conversation(s)."_s);
        QCOMPARE(other->conversations()->rowCount(), 2); // and the new chat of this run
        QVERIFY(other->importConversations(QUrl::fromLocalFile(jsonFile)).contains(u"copies"_s));
        QCOMPARE(other->conversations()->rowCount(), 3);
        ChatSession *imported = other->openConversation(session->id());
        QVERIFY(imported);
        QCOMPARE(imported->conversation()->at(1).content, u"Gladly, 東京 🚅."_s);
        QVERIFY(other->importConversations(QUrl::fromLocalFile(markdownFile))
                    .startsWith(u"Nothing was imported"_s));
    }

    void onlyTheRecentConversationsStayLoaded()
    {
        auto workspace = openWorkspace();
        QStringList ids;
        for (int i = 0; i < Workspace::maxOpenConversations + 4; ++i) {
            ChatSession *session = workspace->newConversation();
            QVERIFY(ask(session, u"Question %1"_s.arg(i), {u"Answer %1"_s.arg(i)}));
            ids.append(session->id());
        }
        ConversationList *list = workspace->conversations();
        QVERIFY(list->sessions().size() <= Workspace::maxOpenConversations + 1);
        QVERIFY(!list->session(ids.constFirst())); // unloaded, still listed
        QVERIFY(list->rowOf(ids.constFirst()) >= 0);
        QVERIFY(list->session(ids.constLast()));
        ChatSession *reopened = workspace->openConversation(ids.constFirst());
        QVERIFY(reopened);
        QCOMPARE(reopened->conversation()->at(1).content, u"Answer 0"_s);

        // One still answering stays loaded whatever else is opened.
        ChatSession *busy = workspace->newConversation();
        AnswerScript slow;
        slow.content = {u"Slowly"_s};
        ScriptedResponse stalled = slow.response();
        stalled.ending = ScriptedResponse::Ending::Stall;
        stalled.pieces = {stalled.pieces.constFirst()};
        m_server->enqueue(stalled);
        QVERIFY(busy->send(u"Take your time"_s));
        QTRY_VERIFY(busy->streamingMessage() && !busy->streamingMessage()->content.isEmpty());
        for (const QString &id : std::as_const(ids))
            workspace->openConversation(id);
        QCOMPARE(list->session(busy->id()), busy);
        QVERIFY(busy->isBusy());
        busy->stop();
    }

    void automaticTitles_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("title");
        QTest::newRow("first line") << u"  Hello there\nsecond line"_s << u"Hello there"_s;
        QTest::newRow("spaces") << u"a   b\tc"_s << u"a b c"_s;
        QTest::newRow("long, cut at a word")
            << u"word "_s.repeated(20) << u"word "_s.repeated(11) + u"word…"_s;
        QTest::newRow("no spaces") << u"x"_s.repeated(80) << u"x"_s.repeated(59) + u"…"_s;
        QTest::newRow("emoji at the cut")
            << u"a"_s.repeated(58) + u"🚀🚀🚀"_s << u"a"_s.repeated(58) + u"…"_s;
    }

    void automaticTitles()
    {
        QFETCH(QString, question);
        QFETCH(QString, title);
        QCOMPARE(ConversationRecorder::automaticTitle(question), title);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_GUILESS_MAIN(TestWorkspaceHistory)
#include "tst_workspacehistory.moc"
