#include "answerscript.h"
#include "chat/messageformat.h"
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "storage/conversationrecorder.h"
#include "storage/conversationstore.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A Confab streaming an answer into its history is killed with SIGKILL; the next start finds
// the partial answer, marked interrupted, short of at most about one checkpoint interval,
// and Retry asks again.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidStreamKeepsThePartialAnswer()
    {
        QTemporaryDir dir;
        const QString history = dir.filePath(u"conversations.sqlite"_s);
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, R"({"data": [{"id": "test-model"}]})"));
        constexpr int pieceCount = 400;
        constexpr int pieceDelayMs = 10; // 4 s of answer; the kill comes after about 1.5 s
        AnswerScript answer;
        for (int i = 0; i < pieceCount; ++i)
            answer.content.append(u"w%1 "_s.arg(i, 3, 10, QChar(u'0')));
        answer.delayMs = pieceDelayMs;
        server.enqueue(answer.response());

        // When each piece went out, on one clock with the kill.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> writtenAt;
        connect(&server, &LoopbackServer::pieceWritten, this, [&](int index) {
            if (server.requests().size() == 2 && index < pieceCount)
                writtenAt.append(clock.elapsed());
        });

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(CONFAB_HISTORY_WRITER_PATH),
                     {history, server.baseUrl().toString(), u"Count for me"_s});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(writtenAt.size() >= 150, 15000);
        writer.kill(); // SIGKILL: no destructor, no flush, nothing
        const qint64 killedAt = clock.elapsed();
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QCOMPARE(writer.readAllStandardOutput(), QByteArray("asked\n"));
        const qsizetype sent = writtenAt.size();

        // What the file holds, read as the next start will.
        QString partial;
        QString conversationId;
        {
            ConversationStore store;
            QVERIFY2(store.open(history), qPrintable(store.lastError()));
            const QList<StoredConversation> conversations = store.conversations();
            QCOMPARE(conversations.size(), 1);
            conversationId = conversations.constFirst().id;
            QCOMPARE(conversations.constFirst().title, u"Count for me"_s);
            const QList<Message> messages = store.messages(conversationId);
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.at(1).state, Message::State::Streaming); // as it was left
            partial = messages.at(1).content;
        }
        const QString full = answer.content.join(QString());
        QVERIFY2(full.startsWith(partial), qPrintable(partial.right(40)));
        const qsizetype kept = partial.size() / answer.content.constFirst().size();
        QVERIFY(kept <= sent);
        // The text missing was sent within the last checkpoint interval before the kill
        // (plus the time the child took to read it, on a busy machine).
        const qint64 missingSinceMs = kept < sent ? killedAt - writtenAt.at(kept) : 0;
        qInfo("kept %lld of %lld pieces sent; the missing ones were sent in the last %lld ms",
              qlonglong(kept), qlonglong(sent), qlonglong(missingSinceMs));
        QVERIFY(kept > 0);
        QVERIFY2(missingSinceMs <= ConversationRecorder::checkpointIntervalMs + 400,
                 qPrintable(u"%1 ms of text lost"_s.arg(missingSinceMs)));

        // The next start: interrupted, with Retry.
        server.enqueue(ScriptedResponse::json(200, R"({"data": []})"));
        AnswerScript again;
        again.content = {u"One, two, three."_s};
        server.enqueue(again.response());
        Workspace workspace(nullptr);
        QVERIFY(workspace.openHistory(history));
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        workspace.configure(endpoint, u"test-model"_s);
        NetworkOptions direct;
        direct.proxyMode = NetworkOptions::ProxyMode::None;
        workspace.client()->setNetworkOptions(direct);
        QTRY_COMPARE(server.requests().size(), 3); // the model list, before the retry
        ChatSession *session = workspace.openConversation(conversationId);
        QVERIFY(session);
        const Message &interrupted = session->conversation()->at(1);
        QCOMPARE(interrupted.state, Message::State::Interrupted);
        QCOMPARE(interrupted.content, partial);
        QVERIFY(MessageFormat::endNote(interrupted).startsWith(u"Interrupted"_s));
        QVERIFY(session->retry(1));
        QTRY_VERIFY(!session->isBusy());
        QCOMPARE(session->conversation()->at(1).content, u"One, two, three."_s);
        QCOMPARE(session->conversation()->index(1).data(ConversationModel::SiblingCountRole), 2);

        ConversationStore store;
        QVERIFY(store.open(history));
        const QList<Message> messages = store.messages(conversationId);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1).state, Message::State::Interrupted);
        QCOMPARE(messages.at(1).content, partial);
        QCOMPARE(messages.at(2).state, Message::State::Complete);
        // An interrupted answer is searchable like any finished one.
        QCOMPARE(store.search(u"w001"_s).value(0).messageId, messages.at(1).id);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
