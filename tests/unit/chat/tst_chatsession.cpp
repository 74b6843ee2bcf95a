#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "loopbackserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

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
