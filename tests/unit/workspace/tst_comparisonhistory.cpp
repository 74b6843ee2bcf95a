#include "answerscript.h"
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "storage/conversationstore.h"
#include "workspace/workspace.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// Side-by-side comparisons in a real history file: each column is saved as a conversation
// of the comparison's group as it answers; the sidebar shows the comparison once; it
// reopens (after a restart too) with its columns in order, their answers, the blind mode
// and the vote; renaming, pinning, archiving, deleting (with undo) and exporting act on the
// whole comparison; one put away while it answers finishes in the background.
class TestComparisonHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> openWorkspace()
    {
        return WorkspaceFixture::openOn(m_path, *m_server);
    }

    void answerWith(const QString &content, int delayMs = 0)
    {
        AnswerScript answer;
        answer.content = AnswerScript::pieces(content, 3);
        answer.delayMs = delayMs;
        m_server->enqueue(answer.response());
    }

    // Three models (through the workspace's endpoint), asked one question.
    CompareSession *compareThree(Workspace *workspace, bool blind = false)
    {
        CompareSession *comparison
            = workspace->comparisons()->start({u"model-a"_s, u"model-b"_s, u"model-c"_s});
        if (!comparison)
            return nullptr;
        comparison->setBlind(blind);
        for (const QString &answer : {u"Answer one."_s, u"Answer two."_s, u"Answer three."_s})
            answerWith(answer);
        if (!comparison->send(u"Which sorting algorithm for 10 items?"_s)
            || !QTest::qWaitFor([comparison] { return !comparison->isBusy(); }, 10000))
            return nullptr;
        return comparison;
    }

    // What each column shows: its model and its latest answer.
    static QStringList columnsOf(const CompareSession *comparison)
    {
        QStringList columns;
        for (const CompareColumn *column : comparison->columns()) {
            const QList<Message> &messages = column->session()->conversation()->messages();
            columns.append(column->session()->model() + u": "_s
                           + (messages.isEmpty() ? QString() : messages.constLast().content));
        }
        return columns;
    }

    // The sidebar's rows, by title; a comparison's with its size.
    static QStringList sidebarOf(const Workspace *workspace)
    {
        QStringList rows;
        const QAbstractItemModel *sidebar = workspace->sidebarConversations();
        for (int row = 0; row < sidebar->rowCount(); ++row) {
            const QModelIndex index = sidebar->index(row, 0);
            const int size = index.data(ConversationList::ComparisonSizeRole).toInt();
            rows.append(index.data(ConversationList::TitleRole).toString()
                        + (size > 0 ? u" ×%1"_s.arg(size) : QString()));
        }
        return rows;
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

    void savedAndReopenedAfterARestart()
    {
        QString group;
        QStringList columns;
        {
            auto workspace = openWorkspace();
            QAbstractItemModelTester listTester(
                workspace->conversations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester sidebarTester(
                workspace->sidebarConversations(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
            CompareSession *comparison = compareThree(workspace.get());
            QVERIFY(comparison);
            group = comparison->id();
            QVERIFY(comparison->vote(1));
            columns = columnsOf(comparison);
            QCOMPARE(columns.size(), 3);
            QVERIFY(columns.at(0).startsWith(u"model-a: Answer "_s));

            // Three conversations in the history, one row in the sidebar (and the empty chat).
            QCOMPARE(workspace->store()->comparisonMembers(group).size(), 3);
            QCOMPARE(sidebarOf(workspace.get()),
                     QStringList({u"Which sorting algorithm for 10 items? ×3"_s, u"New chat"_s}));

            // Back to the chat, and the comparison again from the sidebar's row.
            workspace->comparisons()->close();
            QVERIFY(!workspace->comparisons()->current());
            const QString lead = workspace->sidebarConversations()
                                     ->index(0, 0)
                                     .data(ConversationList::IdRole)
                                     .toString();
            QVERIFY(!workspace->openConversation(lead));
            CompareSession *reopened = workspace->comparisons()->current();
            QVERIFY(reopened);
            QCOMPARE(reopened->id(), group);
            QCOMPARE(columnsOf(reopened), columns);
            QCOMPARE(reopened->pick(), 1);
            // Opening a chat puts the comparison away.
            workspace->openConversation(workspace->conversations()->firstChatId());
            QVERIFY(!workspace->comparisons()->current());
        }

        auto workspace = openWorkspace();
        QCOMPARE(sidebarOf(workspace.get()),
                 QStringList({u"New chat"_s, u"Which sorting algorithm for 10 items? ×3"_s}));
        CompareSession *reopened = workspace->comparisons()->reopen(group);
        QVERIFY(reopened);
        QCOMPARE(columnsOf(reopened), columns);
        QCOMPARE(reopened->pick(), 1);
        QCOMPARE(reopened->column(2)->metrics().finishReason, u"stop"_s);
        // A follow-up to one column is saved with that column only.
        answerWith(u"Insertion sort."_s);
        QVERIFY(reopened->sendTo(2, u"And for 10 million?"_s));
        QTRY_VERIFY(!reopened->isBusy());
        QCOMPARE(reopened->pick(), int(CompareSession::NotVoted));
        const QString third = reopened->column(2)->session()->id();
        const QString first = reopened->column(0)->session()->id();
        QCOMPARE(workspace->store()->messages(third).size(), 4);
        QCOMPARE(workspace->store()->messages(third).constLast().content, u"Insertion sort."_s);
        QCOMPARE(workspace->store()->messages(first).size(), 2);
    }

    void blindStaysBlindUntilTheVote()
    {
        auto workspace = openWorkspace();
        CompareSession *comparison = compareThree(workspace.get(), true);
        QVERIFY(comparison);
        const QString group = comparison->id();
        workspace->comparisons()->close();
        CompareSession *reopened = workspace->comparisons()->reopen(group);
        QVERIFY(reopened && reopened != comparison);
        QVERIFY(reopened->isBlind());
        QCOMPARE(reopened->pick(), int(CompareSession::NotVoted));
        QVERIFY(reopened->vote(ComparisonVote::Tie));
        QVERIFY(!reopened->isBlind());
        workspace->comparisons()->close();
        reopened = workspace->comparisons()->reopen(group);
        QVERIFY(reopened);
        QVERIFY(!reopened->isBlind());
        QCOMPARE(reopened->pick(), int(CompareSession::Tie));
    }

    void editsActOnTheWholeComparison()
    {
        auto workspace = openWorkspace();
        CompareSession *comparison = compareThree(workspace.get());
        QVERIFY(comparison);
        const QString group = comparison->id();
        QVERIFY(comparison->vote(0));
        const QStringList members = workspace->store()->comparisonMembers(group);
        QCOMPARE(members.size(), 3);
        const QString lead = workspace->conversations()->membersOf(members.at(1)).constFirst();

        // While it is open, and again once it is put away (from the stored rows).
        workspace->renameConversation(lead, u"Sorting"_s);
        workspace->setPinned(lead, true);
        workspace->comparisons()->close();
        workspace->setArchived(lead, true);
        for (const QString &id : members) {
            const std::optional<StoredConversation> stored = workspace->store()->conversation(id);
            QVERIFY(stored);
            QCOMPARE(stored->title, u"Sorting"_s);
            QVERIFY(stored->pinned);
            QVERIFY(stored->archived);
        }
        QCOMPARE(sidebarOf(workspace.get()), QStringList({u"New chat"_s}));
        workspace->setShowArchived(true);
        QCOMPARE(sidebarOf(workspace.get()), QStringList({u"Sorting ×3"_s}));
        workspace->setShowArchived(false);
        workspace->setArchived(lead, false);

        // The export of its row holds every column.
        const QString file = m_dir.filePath(u"comparison.json"_s);
        QVERIFY(workspace->exportConversations(lead, QUrl::fromLocalFile(file))
                    .startsWith(u"Exported 3 conversation"_s));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray conversations = QJsonDocument::fromJson(exported.readAll())
                                             .object()
                                             .value(u"conversations")
                                             .toArray();
        QCOMPARE(conversations.size(), 3);
        for (const QJsonValue &conversation : conversations)
            QCOMPARE(conversation.toObject().value(u"comparison_group").toString(), group);

        // Deleted together, back together with Undo, then gone; its vote stays.
        workspace->deleteConversation(members.at(2));
        QCOMPARE(workspace->undoableDeletion(), u"Sorting"_s);
        QCOMPARE(sidebarOf(workspace.get()), QStringList({u"New chat"_s}));
        workspace->undoDelete();
        QCOMPARE(sidebarOf(workspace.get()), QStringList({u"Sorting ×3"_s, u"New chat"_s}));
        QCOMPARE(workspace->store()->comparisonMembers(group).size(), 3);
        workspace->openConversation(lead);
        QVERIFY(workspace->comparisons()->current());
        workspace->deleteConversation(lead);
        QVERIFY(!workspace->comparisons()->current()); // off the screen at once
        workspace->finishPendingDeletion();
        QVERIFY(workspace->store()->comparisonMembers(group).isEmpty());
        QCOMPARE(workspace->conversations()->rowCount(), 1);
        QCOMPARE(workspace->store()->votesFor(group).size(), 1);
        QVERIFY(!workspace->comparisons()->reopen(group));
    }

    void aRemovedColumnLeavesTheHistory()
    {
        auto workspace = openWorkspace();
        CompareSession *comparison = compareThree(workspace.get());
        QVERIFY(comparison);
        const QString group = comparison->id();
        const QStringList columns = columnsOf(comparison);
        const QString removed = comparison->column(0)->session()->id();
        QVERIFY(comparison->removeColumn(0));
        QCOMPARE(workspace->store()->comparisonMembers(group).size(), 2);
        QVERIFY(!workspace->store()->comparisonMembers(group).contains(removed));
        QCOMPARE(workspace->conversations()->rowOf(removed), -1);
        QCOMPARE(sidebarOf(workspace.get()).constFirst(),
                 u"Which sorting algorithm for 10 items? ×2"_s);
        workspace->comparisons()->close();
        CompareSession *reopened = workspace->comparisons()->reopen(group);
        QVERIFY(reopened);
        QCOMPARE(columnsOf(reopened), columns.mid(1)); // in the order they had
    }

    void putAwayWhileAnsweringItFinishesInTheBackground()
    {
        auto workspace = openWorkspace();
        CompareSession *comparison = workspace->comparisons()->start({u"model-a"_s, u"model-b"_s});
        QVERIFY(comparison);
        const QString group = comparison->id();
        const QString slow = u"A slow answer that arrives in many small pieces."_s;
        answerWith(slow, 20);
        answerWith(slow, 20);
        QVERIFY(comparison->send(u"Take your time"_s));
        QTRY_VERIFY(comparison->column(0)->session()->streamingMessage()
                    && comparison->column(1)->session()->streamingMessage());
        QPointer<CompareSession> running = comparison;
        workspace->comparisons()->close();
        QVERIFY(!workspace->comparisons()->current());
        QVERIFY(running && running->isBusy());
        // Reopening it while it answers shows the same one, still answering.
        QCOMPARE(workspace->comparisons()->reopen(group), comparison);
        workspace->comparisons()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!running, 10000); // done, then let go
        for (const QString &id : workspace->store()->comparisonMembers(group)) {
            const QList<Message> messages = workspace->store()->messages(id);
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.constLast().content, slow);
            QCOMPARE(messages.constLast().state, Message::State::Complete);
        }
    }

    void aSearchHitOpensTheComparison()
    {
        auto workspace = openWorkspace();
        CompareSession *comparison = compareThree(workspace.get());
        QVERIFY(comparison);
        const QString group = comparison->id();
        const QString column = comparison->column(1)->session()->id();
        const QString answer
            = comparison->column(1)->session()->conversation()->messages().constLast().id;
        workspace->comparisons()->close();
        workspace->openMessage(column, answer);
        QVERIFY(workspace->comparisons()->current());
        QCOMPARE(workspace->comparisons()->current()->id(), group);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_MAIN(TestComparisonHistory)
#include "tst_comparisonhistory.moc"
