#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "loopbackserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// ChatSession end to end: a real loopback server, a real client, the real model.
class TestChatSession : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    ChatClient *m_client = nullptr;

    static QByteArray chunk(const char *field, const QString &text, const char *finish = nullptr)
    {
        QJsonObject choice {{QLatin1String("index"), 0},
                            {QLatin1String("delta"), QJsonObject {{QLatin1String(field), text}}}};
        if (finish)
            choice.insert(QLatin1String("finish_reason"), QLatin1String(finish));
        return QJsonDocument(QJsonObject {{QLatin1String("model"), QStringLiteral("m-served")},
                                          {QLatin1String("choices"), QJsonArray {choice}}})
            .toJson(QJsonDocument::Compact);
    }

    // A session talking to the loopback server's client, with a model chosen.
    void attach(ChatSession &session) const
    {
        session.setClient(m_client);
        session.setModel(QStringLiteral("m"));
    }

    // One chunk of text, then the connection stays open and silent.
    void enqueueStalledAfter(const QString &text)
    {
        ScriptedResponse response = ScriptedResponse::sse({chunk("content", text)}, 0, false);
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
    }

    static bool waitIdle(ChatSession &session)
    {
        return QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000);
    }

    // The contents of the messages a request carried, system prompt included.
    QStringList sentContents(int request) const
    {
        QStringList contents;
        for (const QJsonValue &message : sentMessages(request))
            contents.append(message.toObject().value(QLatin1String("content")).toString());
        return contents;
    }

    static QStringList shownContents(ChatSession &session)
    {
        QStringList contents;
        for (const Message &message : session.conversation()->messages())
            contents.append(message.content);
        return contents;
    }

    // The switcher of a row as QML sees it: {index, count}.
    static std::pair<int, int> shownSiblings(ChatSession &session, int row)
    {
        const QModelIndex index = session.conversation()->index(row);
        return {index.data(ConversationModel::SiblingIndexRole).toInt(),
                index.data(ConversationModel::SiblingCountRole).toInt()};
    }

    void enqueueAnswer(const QString &text)
    {
        m_server->enqueue(ScriptedResponse::sse({chunk("content", text, "stop")}));
    }

    // Sends and waits for the answer.
    static bool exchange(ChatSession &session, const QString &text)
    {
        return session.send(text) && waitIdle(session);
    }

    QJsonArray sentMessages(int request) const
    {
        return QJsonDocument::fromJson(m_server->requests().at(request).body)
            .object()
            .value(QLatin1String("messages"))
            .toArray();
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        ClientOptions options;
        options.maxRetries = 0;
        options.idleTimeoutMs = 2'000;
        m_client = new ChatClient(endpoint, options, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void sendStreamsIntoTheModel()
    {
        m_server->enqueue(
            ScriptedResponse::sse({chunk("reasoning_content", QStringLiteral("Let me think")),
                                   chunk("content", QStringLiteral("Hello")),
                                   chunk("content", QStringLiteral(" there"), "stop")},
                                  0));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setClient(m_client);
        session.setModel(QStringLiteral("m"));
        session.setSystemPrompt(QStringLiteral("Be brief."));
        QSignalSpy finished(&session, &ChatSession::answerFinished);
        QVERIFY(session.send(QStringLiteral("Hi")));
        QVERIFY(session.isBusy());
        QVERIFY(waitIdle(session));
        QCOMPARE(finished.size(), 1);

        ConversationModel *model = session.conversation();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex answer = model->index(1);
        QCOMPARE(answer.data(ConversationModel::RoleNameRole).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(answer.data(ConversationModel::ContentRole).toString(),
                 QStringLiteral("Hello there"));
        QCOMPARE(answer.data(ConversationModel::ReasoningRole).toString(),
                 QStringLiteral("Let me think"));
        QCOMPARE(answer.data(ConversationModel::StateRole).toString(), QStringLiteral("complete"));
        QCOMPARE(answer.data(ConversationModel::ModelRole).toString(), QStringLiteral("m-served"));
        QCOMPARE(model->at(1).parentId, model->at(0).id);

        const QJsonArray sent = sentMessages(0);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("system"));
        QCOMPARE(sent.at(1).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Hi"));
    }

    void historyNeverCarriesReasoning()
    {
        m_server->enqueue(
            ScriptedResponse::sse({chunk("reasoning_content", QStringLiteral("secret thoughts")),
                                   chunk("content", QStringLiteral("A1"), "stop")}));
        m_server->enqueue(ScriptedResponse::sse({chunk("content", QStringLiteral("A2"), "stop")}));
        ChatSession session;
        attach(session);
        QVERIFY(session.send(QStringLiteral("Q1")));
        QVERIFY(waitIdle(session));
        QVERIFY(session.send(QStringLiteral("Q2")));
        QVERIFY(waitIdle(session));
        const QJsonArray sent = sentMessages(1);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(1).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("A1"));
        QVERIFY(!m_server->requests().at(1).body.contains("secret thoughts"));
        QVERIFY(!m_server->requests().at(1).body.contains("reasoning"));
    }

    void stopKeepsThePartialAnswer()
    {
        enqueueStalledAfter(QStringLiteral("Partial"));
        ChatSession session;
        attach(session);
        QVERIFY(session.send(QStringLiteral("Tell me")));
        QTRY_COMPARE(session.conversation()->at(1).content, QStringLiteral("Partial"));
        session.stop();
        QVERIFY(waitIdle(session));
        const Message &answer = session.conversation()->at(1);
        QCOMPARE(answer.state, Message::State::Cancelled);
        QCOMPARE(answer.content, QStringLiteral("Partial"));
        QVERIFY(!answer.error.isError());
    }

    void failureKeepsThePartialAnswerAndSaysWhy()
    {
        ScriptedResponse response
            = ScriptedResponse::sse({chunk("content", QStringLiteral("Half an "))}, 0, false);
        response.ending = ScriptedResponse::Ending::Reset;
        m_server->enqueue(response);
        ChatSession session;
        attach(session);
        QSignalSpy failed(&session, &ChatSession::answerFailed);
        QVERIFY(session.send(QStringLiteral("Go")));
        QVERIFY(waitIdle(session));
        QCOMPARE(failed.size(), 1);
        const QModelIndex answer = session.conversation()->index(1);
        QCOMPARE(answer.data(ConversationModel::StateRole).toString(), QStringLiteral("failed"));
        QCOMPARE(answer.data(ConversationModel::ContentRole).toString(),
                 QStringLiteral("Half an "));
        QCOMPARE(answer.data(ConversationModel::ErrorKindRole).toString(),
                 QStringLiteral("interrupted"));
        QVERIFY(!answer.data(ConversationModel::ErrorTextRole).toString().isEmpty());
        QCOMPARE(session.statusText(), answer.data(ConversationModel::ErrorTextRole).toString());
    }

    void regenerateAsksAgain()
    {
        m_server->enqueue(
            ScriptedResponse::sse({chunk("content", QStringLiteral("First"), "stop")}));
        m_server->enqueue(
            ScriptedResponse::sse({chunk("content", QStringLiteral("Second"), "stop")}));
        ChatSession session;
        attach(session);
        QVERIFY(session.send(QStringLiteral("Q")));
        QVERIFY(waitIdle(session));
        QVERIFY(session.regenerate());
        QVERIFY(waitIdle(session));
        QCOMPARE(session.conversation()->rowCount(), 2);
        QCOMPARE(session.conversation()->at(1).content, QStringLiteral("Second"));
        QCOMPARE(sentMessages(1).size(), 1); // the old answer is not sent back
    }

    void editAndResendReplacesTheRest()
    {
        m_server->enqueue(ScriptedResponse::sse({chunk("content", QStringLiteral("A1"), "stop")}));
        m_server->enqueue(ScriptedResponse::sse({chunk("content", QStringLiteral("A2"), "stop")}));
        m_server->enqueue(
            ScriptedResponse::sse({chunk("content", QStringLiteral("A1 again"), "stop")}));
        ChatSession session;
        attach(session);
        QVERIFY(session.send(QStringLiteral("Q1")));
        QVERIFY(waitIdle(session));
        QVERIFY(session.send(QStringLiteral("Q2")));
        QVERIFY(waitIdle(session));
        QVERIFY(!session.editAndResend(1, QStringLiteral("not a user row")));
        QVERIFY(session.editAndResend(0, QStringLiteral("Q1 edited")));
        QVERIFY(waitIdle(session));
        QCOMPARE(session.conversation()->rowCount(), 2);
        QCOMPARE(session.conversation()->at(0).content, QStringLiteral("Q1 edited"));
        QCOMPARE(session.conversation()->at(1).content, QStringLiteral("A1 again"));
        QCOMPARE(sentMessages(2).size(), 1);
    }

    void oneAnswerAtATime()
    {
        enqueueStalledAfter(QStringLiteral("x"));
        ChatSession session;
        attach(session);
        QVERIFY(session.send(QStringLiteral("one")));
        QVERIFY(!session.send(QStringLiteral("two")));
        QVERIFY(!session.statusText().isEmpty());
        session.stop();
        QVERIFY(waitIdle(session));
        QCOMPARE(session.conversation()->rowCount(), 2);
    }

    void regenerateKeepsTheOldAnswerAsASibling()
    {
        enqueueAnswer(QStringLiteral("First"));
        enqueueAnswer(QStringLiteral("Second"));
        enqueueAnswer(QStringLiteral("On first"));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        QVERIFY(exchange(session, QStringLiteral("Q")));
        QCOMPARE(shownSiblings(session, 1), std::pair(0, 1));
        const QString firstId = session.conversation()->at(1).id;

        QVERIFY(session.regenerate(1));
        QCOMPARE(shownSiblings(session, 1), std::pair(1, 2)); // at once, while it streams
        QVERIFY(waitIdle(session));
        QCOMPARE(shownContents(session), QStringList({u"Q"_s, u"Second"_s}));
        QCOMPARE(shownSiblings(session, 0), std::pair(0, 1));
        QCOMPARE(shownSiblings(session, 1), std::pair(1, 2));
        QCOMPARE(sentContents(1), QStringList {u"Q"_s});

        // The tree holds both, each with its own final text.
        const MessageTree &tree = session.tree();
        QCOMPARE(tree.size(), 3);
        const QString secondId = session.conversation()->at(1).id;
        QCOMPARE(tree.childrenOf(session.conversation()->at(0).id),
                 QStringList({firstId, secondId}));
        QCOMPARE(tree.find(firstId)->content, QStringLiteral("First"));
        QCOMPARE(tree.find(secondId)->content, QStringLiteral("Second"));
        QCOMPARE(tree.find(secondId)->state, Message::State::Complete);

        QVERIFY(!session.showSibling(1, +1)); // already the newest
        QVERIFY(session.showSibling(1, -1));
        QCOMPARE(shownContents(session), QStringList({u"Q"_s, u"First"_s}));
        QCOMPARE(shownSiblings(session, 1), std::pair(0, 2));
        QVERIFY(!session.showSibling(1, -1)); // already the oldest
        QVERIFY(!session.showSibling(0, +1)); // the question has one version
        QVERIFY(!session.showSibling(2, -1)); // no such row
        QCOMPARE(tree.activePath().constLast().id, firstId);

        // What follows is asked on the branch on screen.
        QVERIFY(exchange(session, QStringLiteral("Next")));
        QCOMPARE(sentContents(2), QStringList({u"Q"_s, u"First"_s, u"Next"_s}));
        QCOMPARE(shownContents(session),
                 QStringList({u"Q"_s, u"First"_s, u"Next"_s, u"On first"_s}));

        // The other answer had nothing below it; coming back restores this tail.
        QVERIFY(session.showSibling(1, +1));
        QCOMPARE(shownContents(session), QStringList({u"Q"_s, u"Second"_s}));
        QVERIFY(session.showSibling(1, -1));
        QCOMPARE(shownContents(session),
                 QStringList({u"Q"_s, u"First"_s, u"Next"_s, u"On first"_s}));
        QCOMPARE(shownSiblings(session, 1), std::pair(0, 2));
        QCOMPARE(shownSiblings(session, 3), std::pair(0, 1));
    }

    void regenerateWithoutARowTakesTheLastAnswer()
    {
        enqueueAnswer(QStringLiteral("A1"));
        enqueueAnswer(QStringLiteral("A2"));
        enqueueAnswer(QStringLiteral("A2 again"));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        QVERIFY(!session.regenerate()); // nothing to regenerate yet
        QVERIFY(exchange(session, QStringLiteral("Q1")));
        QVERIFY(exchange(session, QStringLiteral("Q2")));
        QVERIFY(!session.regenerate(0)); // a question, not an answer
        QVERIFY(!session.regenerate(4));
        QVERIFY(session.regenerate());
        QVERIFY(waitIdle(session));
        QCOMPARE(shownContents(session), QStringList({u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2 again"_s}));
        QCOMPARE(shownSiblings(session, 3), std::pair(1, 2));
        QCOMPARE(shownSiblings(session, 1), std::pair(0, 1));
        QCOMPARE(sentContents(2), QStringList({u"Q1"_s, u"A1"_s, u"Q2"_s}));
    }

    void editInTheMiddleBranchesAndSwitchingBackRestoresTheTail()
    {
        for (const char *answer : {"A1", "A2", "A3", "A2 edited"})
            enqueueAnswer(QLatin1String(answer));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        for (const char *question : {"Q1", "Q2", "Q3"})
            QVERIFY(exchange(session, QLatin1String(question)));
        const QStringList original {u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2"_s, u"Q3"_s, u"A3"_s};
        QCOMPARE(shownContents(session), original);
        const QString q2Id = session.conversation()->at(2).id;

        QVERIFY(session.editAndResend(2, QStringLiteral("Q2 edited")));
        QVERIFY(waitIdle(session));
        QCOMPARE(shownContents(session),
                 QStringList({u"Q1"_s, u"A1"_s, u"Q2 edited"_s, u"A2 edited"_s}));
        QCOMPARE(sentContents(3), QStringList({u"Q1"_s, u"A1"_s, u"Q2 edited"_s}));
        QCOMPARE(shownSiblings(session, 2), std::pair(1, 2));
        QCOMPARE(shownSiblings(session, 3), std::pair(0, 1));
        QCOMPARE(session.conversation()->at(2).parentId, session.conversation()->at(1).id);
        QCOMPARE(session.tree().size(), 8);

        QSignalSpy removed(session.conversation(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(session.showSibling(2, -1));
        QCOMPARE(removed.size(), 1); // the rows above the switch stay put
        QCOMPARE(shownContents(session), original);
        QCOMPARE(session.conversation()->at(2).id, q2Id);
        QCOMPARE(shownSiblings(session, 2), std::pair(0, 2));
        for (int row : {0, 1, 3, 4, 5})
            QCOMPARE(shownSiblings(session, row), std::pair(0, 1));

        QVERIFY(session.showSibling(2, +1));
        QCOMPARE(shownContents(session),
                 QStringList({u"Q1"_s, u"A1"_s, u"Q2 edited"_s, u"A2 edited"_s}));
        QCOMPARE(shownContents(session).size(), session.tree().activePath().size());
    }

    void retryKeepsTheFailedAnswerAsASibling()
    {
        m_server->enqueue(ScriptedResponse::json(
            500, QByteArrayLiteral("{\"error\":{\"message\":\"Server on fire\"}}")));
        enqueueAnswer(QStringLiteral("Recovered"));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        QSignalSpy failed(&session, &ChatSession::answerFailed);
        QVERIFY(exchange(session, QStringLiteral("Q")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(session.conversation()->at(1).state, Message::State::Failed);
        QVERIFY(!session.retry(0)); // a question
        QVERIFY(!session.retry(2)); // no such row

        QVERIFY(session.retry(1));
        QVERIFY(waitIdle(session));
        QCOMPARE(shownContents(session), QStringList({u"Q"_s, u"Recovered"_s}));
        QCOMPARE(shownSiblings(session, 1), std::pair(1, 2));
        QCOMPARE(sentContents(1), QStringList {u"Q"_s});
        QVERIFY(!session.retry(1)); // complete: regenerate is for that

        QVERIFY(session.showSibling(1, -1));
        const Message &failedAnswer = session.conversation()->at(1);
        QCOMPARE(failedAnswer.state, Message::State::Failed);
        QVERIFY(failedAnswer.error.isError());
        QCOMPARE(session.conversation()->index(1).data(ConversationModel::StateRole).toString(),
                 QStringLiteral("failed"));
    }

    void busySessionsChangeNothing()
    {
        enqueueAnswer(QStringLiteral("A"));
        enqueueStalledAfter(QStringLiteral("Partial"));
        enqueueAnswer(QStringLiteral("Third"));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        QVERIFY(exchange(session, QStringLiteral("Q")));
        QVERIFY(session.regenerate(1));
        QTRY_COMPARE(session.conversation()->at(1).content, QStringLiteral("Partial"));

        const QStringList shown = shownContents(session);
        QSignalSpy inserted(session.conversation(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(session.conversation(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(session.isBusy());
        QVERIFY(!session.regenerate());
        QVERIFY(!session.regenerate(1));
        QVERIFY(!session.retry(1));
        QVERIFY(!session.editAndResend(0, QStringLiteral("other")));
        QVERIFY(!session.showSibling(0, +1)); // the streaming row can switch: tst_choicebranches
        QCOMPARE(shownContents(session), shown);
        QCOMPARE(session.tree().size(), 3);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);

        // Stopped, the partial answer can be retried, and stays as a version of its own.
        session.stop();
        QVERIFY(waitIdle(session));
        QCOMPARE(session.tree().find(session.conversation()->at(1).id)->state,
                 Message::State::Cancelled);
        QVERIFY(session.retry(1));
        QVERIFY(waitIdle(session));
        QCOMPARE(shownContents(session), QStringList({u"Q"_s, u"Third"_s}));
        QCOMPARE(shownSiblings(session, 1), std::pair(2, 3));
        QVERIFY(session.showSibling(1, -1));
        QCOMPARE(shownContents(session), QStringList({u"Q"_s, u"Partial"_s}));
    }

    void withoutAClientNothingIsSentAndTheUserIsTold()
    {
        ChatSession session;
        session.setModel(QStringLiteral("m"));
        QVERIFY(!session.send(QStringLiteral("hello")));
        QVERIFY(!session.statusText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
