#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "loopbackserver.h"
#include "tools/currenttimetool.h"
#include "tools/toolregistry.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What one chunk says about one choice.
struct Part
{
    Part(int index, const QString &content, const QString &finishReason = {},
         const QJsonArray &toolCalls = {})
        : index(index)
        , content(content)
        , finishReason(finishReason)
        , toolCalls(toolCalls)
    { }

    int index;
    QString content;
    QString finishReason; // empty: null
    QJsonArray toolCalls;
};

// One chat.completion.chunk about one or more choices.
QByteArray chunk(const QList<Part> &parts)
{
    QJsonArray choices;
    for (const Part &part : parts) {
        QJsonObject delta {{u"content"_s, part.content}};
        if (!part.toolCalls.isEmpty())
            delta.insert(u"tool_calls"_s, part.toolCalls);
        choices.append(QJsonObject {
            {u"index"_s, part.index},
            {u"delta"_s, delta},
            {u"finish_reason"_s,
             part.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : part.finishReason}});
    }
    return QJsonDocument(QJsonObject {{u"object"_s, u"chat.completion.chunk"_s},
                                      {u"model"_s, u"m-served"_s},
                                      {u"choices"_s, choices}})
        .toJson(QJsonDocument::Compact);
}

QByteArray usageChunk()
{
    return R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":9,"total_tokens":14}})";
}

QJsonArray timeCall(const QString &id)
{
    return {QJsonObject {
        {u"index"_s, 0},
        {u"id"_s, id},
        {u"type"_s, u"function"_s},
        {u"function"_s,
         QJsonObject {{u"name"_s, u"get_current_time"_s}, {u"arguments"_s, u"{}"_s}}}}};
}

} // namespace

// n > 1 through ChatSession, end to end against the loopback server: every choice of the
// request is a version of the answer, streamed, stopped and failed together.
class TestChoiceBranches : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    ChatClient *m_client = nullptr;

    void attach(ChatSession &session, int n = 3) const
    {
        session.setClient(m_client);
        session.setModel(u"m"_s);
        ModelParameters parameters;
        parameters.n = n;
        session.setParameters(parameters);
    }

    static bool waitIdle(ChatSession &session)
    {
        return QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000);
    }

    // The versions of the answer at row 1, in their order, as the tree keeps them.
    static QList<Message> versions(const ChatSession &session)
    {
        QList<Message> messages;
        const QString question = session.tree().activePath().constFirst().id;
        for (const QString &id : session.tree().childrenOf(question))
            messages.append(*session.tree().find(id));
        return messages;
    }

    static QStringList contents(const QList<Message> &messages)
    {
        QStringList texts;
        for (const Message &message : messages)
            texts.append(message.content);
        return texts;
    }

    static QStringList liveContents(const ChatSession &session)
    {
        QStringList texts;
        for (const Message *message : session.streamingMessages())
            texts.append(message->content);
        return texts;
    }

    static std::pair<int, int> shownSiblings(ChatSession &session, int row)
    {
        const QModelIndex index = session.conversation()->index(row);
        return {index.data(ConversationModel::SiblingIndexRole).toInt(),
                index.data(ConversationModel::SiblingCountRole).toInt()};
    }

    // A response that sends these events, then stays open and silent.
    void enqueueStalledAfter(const QList<QByteArray> &events)
    {
        ScriptedResponse response = ScriptedResponse::sse(events, 0, false);
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
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
        options.idleTimeoutMs = 5'000;
        m_client = new ChatClient(endpoint, options, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void interleavedChoicesBecomeSiblings()
    {
        // Choice 2 starts only after the others finished; one chunk speaks of two choices.
        m_server->enqueue(ScriptedResponse::sse(
            {chunk({{0, u"Red"_s}}), chunk({{1, u"Blue"_s}}),
             chunk({{0, u" apples"_s, u"stop"_s}, {1, u" sky"_s}}),
             chunk({{1, u" above"_s, u"length"_s}}), chunk({{2, u"Green 草"_s}}),
             chunk({{2, u" grass"_s, u"content_filter"_s}}), usageChunk()},
            7));
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        QSignalSpy changed(&session, &ChatSession::messageChanged);
        QSignalSpy selected(&session, &ChatSession::branchSelected);
        QSignalSpy finished(&session, &ChatSession::answerFinished);
        QVERIFY(session.send(u"Colours?"_s));
        QVERIFY(waitIdle(session));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(m_server->requests().constFirst().body)
                     .object()
                     .value(u"n"_s)
                     .toInt(),
                 3);

        const QList<Message> answers = versions(session);
        QCOMPARE(contents(answers),
                 QStringList({u"Red apples"_s, u"Blue sky above"_s, u"Green 草 grass"_s}));
        QCOMPARE(answers.at(0).finishReason, u"stop"_s);
        QCOMPARE(answers.at(1).finishReason, u"length"_s);
        QCOMPARE(answers.at(2).finishReason, u"content_filter"_s);
        const QString question = session.conversation()->at(0).id;
        for (const Message &answer : answers) {
            QCOMPARE(answer.state, Message::State::Complete);
            QCOMPARE(answer.role, Message::Role::Assistant);
            QCOMPARE(answer.parentId, question);
            QCOMPARE(answer.model, u"m-served"_s);
            QVERIFY(!answer.error.isError());
            QVERIFY(answer.timings.finishedAt > 0);
        }
        // Usage covers the request: it stays with choice 0.
        QCOMPARE(answers.at(0).usage.totalTokens, 14);
        QVERIFY(!answers.at(1).usage.isValid());
        QVERIFY(!answers.at(2).usage.isValid());

        // Choice 0 is shown, as 1 of 3; the others only through the switcher.
        QCOMPARE(session.conversation()->rowCount(), 2);
        QCOMPARE(session.conversation()->at(1).id, answers.at(0).id);
        QCOMPARE(shownSiblings(session, 1), std::pair(0, 3));
        QCOMPARE(session.tree().selectedChildOf(question), answers.at(0).id);
        QCOMPARE(selected.size(), 2); // the question and choice 0, never the other choices
        // Each message is announced when it is added and when it is final.
        QStringList announced;
        for (const QList<QVariant> &signal : changed)
            announced.append(signal.at(0).value<Message>().id);
        QCOMPARE(announced.count(answers.at(1).id), 2);
        QCOMPARE(announced.count(answers.at(2).id), 2);
        QCOMPARE(changed.constLast().at(0).value<Message>().content, u"Green 草 grass"_s);

        QVERIFY(session.showSibling(1, +1));
        QCOMPARE(session.conversation()->at(1).content, u"Blue sky above"_s);
        QCOMPARE(shownSiblings(session, 1), std::pair(1, 3));
        QVERIFY(session.showSibling(1, +1));
        QCOMPARE(session.conversation()->at(1).content, u"Green 草 grass"_s);
        QVERIFY(!session.showSibling(1, +1));
        QCOMPARE(session.tree().selectedChildOf(question), answers.at(2).id);
    }

    void switchingWhileTheyArrive()
    {
        ScriptedResponse response = ScriptedResponse::sse(
            {chunk({{0, u"A"_s}}), chunk({{1, u"B"_s}}), chunk({{1, u"b"_s}}), chunk({{0, u"a"_s}}),
             chunk({{1, u"!"_s, u"stop"_s}}), chunk({{0, u"."_s, u"stop"_s}})});
        response.delayMs = 400;
        m_server->enqueue(response);
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session, 2);
        QSignalSpy streamingRow(&session, &ChatSession::streamingRowChanged);
        QVERIFY(session.send(u"Letters?"_s));
        QCOMPARE(session.streamingRow(), 1);
        QCOMPARE(streamingRow.size(), 1);

        // "1/2" as soon as choice 1 exists, and the person can look at it while it arrives.
        QTRY_COMPARE(shownSiblings(session, 1), std::pair(0, 2));
        QVERIFY(session.isBusy());
        QVERIFY(!session.showSibling(0, +1)); // only the streaming row switches while busy
        QVERIFY(session.showSibling(1, +1));
        const QString second = session.conversation()->at(1).id;
        QCOMPARE(session.conversation()->at(1).content.left(1), u"B"_s);
        QCOMPARE(session.streamingMessage()->id, second);
        QCOMPARE(session.streamingMessages().size(), 2);
        QTRY_COMPARE(session.conversation()->at(1).content, u"Bb"_s); // still arriving, shown
        QVERIFY(session.showSibling(1, -1));
        QTRY_COMPARE(session.conversation()->at(1).content, u"Aa"_s);
        QVERIFY(session.showSibling(1, +1));

        QVERIFY(waitIdle(session));
        QCOMPARE(session.streamingRow(), -1);
        QCOMPARE(streamingRow.size(), 2);
        QVERIFY(!session.streamingMessage());
        QVERIFY(session.streamingMessages().isEmpty());
        // The version on screen when the answers ended stays on screen.
        QCOMPARE(session.conversation()->at(1).id, second);
        QCOMPARE(session.conversation()->at(1).content, u"Bb!"_s);
        QCOMPARE(session.conversation()->at(1).state, Message::State::Complete);
        QCOMPARE(contents(versions(session)), QStringList({u"Aa."_s, u"Bb!"_s}));
        QCOMPARE(versions(session).at(0).state, Message::State::Complete);
    }

    void anOlderVersionCanBeShownWhileANewOneArrives()
    {
        m_server->enqueue(ScriptedResponse::sse({chunk({{0, u"Old"_s, u"stop"_s}})}));
        enqueueStalledAfter({chunk({{0, u"New"_s}})});
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session, 1);
        QVERIFY(session.send(u"Q"_s));
        QVERIFY(waitIdle(session));
        QVERIFY(session.regenerate());
        QTRY_COMPARE(session.conversation()->at(1).content, u"New"_s);
        QVERIFY(session.showSibling(1, -1));
        QCOMPARE(session.conversation()->at(1).content, u"Old"_s);
        QCOMPARE(session.streamingMessage()->content, u"New"_s); // arriving off screen
        QVERIFY(!session.regenerate()); // still busy for everything else
        session.stop();
        QVERIFY(waitIdle(session));
        QCOMPARE(session.conversation()->at(1).content, u"Old"_s);
        QCOMPARE(session.conversation()->at(1).state, Message::State::Complete);
        QCOMPARE(contents(versions(session)), QStringList({u"Old"_s, u"New"_s}));
        QCOMPARE(versions(session).at(1).state, Message::State::Cancelled);
    }

    void stopKeepsEveryPartialAnswer()
    {
        enqueueStalledAfter({chunk({{0, u"Zero"_s}}), chunk({{1, u"One"_s}}),
                             chunk({{2, u"Two"_s}, {1, u" done"_s, u"stop"_s}})});
        ChatSession session;
        QAbstractItemModelTester tester(session.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(session);
        QVERIFY(session.send(u"Count"_s));
        // While they arrive, the tree's copy of the one on screen is not kept up to date.
        QTRY_COMPARE(liveContents(session), QStringList({u"Zero"_s, u"One done"_s, u"Two"_s}));
        QCOMPARE(shownSiblings(session, 1), std::pair(0, 3));
        QVERIFY(session.showSibling(1, +1));
        QVERIFY(session.showSibling(1, +1));
        QCOMPARE(session.conversation()->at(1).content, u"Two"_s);

        session.stop();
        QVERIFY(waitIdle(session));
        const QList<Message> answers = versions(session);
        QCOMPARE(contents(answers), QStringList({u"Zero"_s, u"One done"_s, u"Two"_s}));
        QCOMPARE(answers.at(0).state, Message::State::Cancelled);
        QCOMPARE(answers.at(1).state, Message::State::Complete); // it had finished
        QCOMPARE(answers.at(2).state, Message::State::Cancelled);
        for (const Message &answer : answers)
            QVERIFY(!answer.error.isError());
        QCOMPARE(session.conversation()->at(1).id, answers.at(2).id);
        QCOMPARE(session.conversation()->index(1).data(ConversationModel::StateRole).toString(),
                 u"cancelled"_s);
        // Idle again, the other versions are a switch away.
        QVERIFY(session.showSibling(1, -2));
        QCOMPARE(session.conversation()->at(1).content, u"Zero"_s);
    }

    void droppedConnectionMarksTheUnfinished()
    {
        ScriptedResponse response = ScriptedResponse::sse(
            {chunk({{0, u"Half of "_s}}), chunk({{1, u"All of it."_s, u"stop"_s}, {2, u"Ha"_s}})},
            5, false);
        response.ending = ScriptedResponse::Ending::Reset;
        m_server->enqueue(response);
        ChatSession session;
        attach(session);
        QSignalSpy failed(&session, &ChatSession::answerFailed);
        QVERIFY(session.send(u"Go"_s));
        QVERIFY(waitIdle(session));
        QCOMPARE(failed.size(), 1);

        const QList<Message> answers = versions(session);
        QCOMPARE(contents(answers), QStringList({u"Half of "_s, u"All of it."_s, u"Ha"_s}));
        QCOMPARE(answers.at(0).state, Message::State::Failed);
        QCOMPARE(answers.at(0).error.kind, ApiError::Kind::Interrupted);
        QCOMPARE(answers.at(1).state, Message::State::Complete);
        QVERIFY(!answers.at(1).error.isError());
        QCOMPARE(answers.at(2).state, Message::State::Failed);
        QCOMPARE(answers.at(2).error.message, answers.at(0).error.message);
        QCOMPARE(session.statusText(), answers.at(0).error.message);
        QCOMPARE(session.conversation()->index(1).data(ConversationModel::ErrorKindRole).toString(),
                 u"interrupted"_s);
    }

    void aClosedStreamNeedsEveryChoiceFinished()
    {
        // No [DONE]: a finish reason says an answer is whole, but only for its own choice.
        m_server->enqueue(ScriptedResponse::sse(
            {chunk({{0, u"Whole."_s, u"stop"_s}}), chunk({{1, u"Cut sho"_s}})}, 4, false));
        ChatSession session;
        attach(session, 2);
        QVERIFY(session.send(u"Go"_s));
        QVERIFY(waitIdle(session));
        const QList<Message> answers = versions(session);
        QCOMPARE(contents(answers), QStringList({u"Whole."_s, u"Cut sho"_s}));
        QCOMPARE(answers.at(0).state, Message::State::Complete);
        QCOMPARE(answers.at(1).state, Message::State::Failed);
        QCOMPARE(answers.at(1).error.kind, ApiError::Kind::Interrupted);
    }

    void onlyChoiceZeroRunsTools()
    {
        ToolRegistry registry;
        QCOMPARE(registry.add(std::make_unique<CurrentTimeTool>()), u"get_current_time"_s);
        // Choice 1 asks for the time: kept, not run. Choice 0 answers.
        m_server->enqueue(ScriptedResponse::sse({chunk({{1, {}, {}, timeCall(u"call_one"_s)}}),
                                                 chunk({{0, u"It is late."_s, u"stop"_s}}),
                                                 chunk({{1, {}, u"tool_calls"_s}})},
                                                9));
        // Then choice 0 asks for it: it runs, and the answer goes on from choice 0.
        m_server->enqueue(ScriptedResponse::sse({chunk({{0, {}, {}, timeCall(u"call_zero"_s)}}),
                                                 chunk({{1, u"No idea."_s, u"stop"_s}}),
                                                 chunk({{0, {}, u"tool_calls"_s}})}));
        m_server->enqueue(ScriptedResponse::sse({chunk({{0, u"Noon."_s, u"stop"_s}})}));
        ChatSession session;
        attach(session, 2);
        session.setTools(&registry);

        QVERIFY(session.send(u"Time?"_s));
        QVERIFY(waitIdle(session));
        QCOMPARE(m_server->requests().size(), 1);
        QList<Message> answers = versions(session);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(1).toolCalls.size(), 1);
        QCOMPARE(answers.at(1).toolCalls.at(0).id, u"call_one"_s);
        QCOMPARE(answers.at(1).toolCalls.at(0).run.status, ToolRun::Status::None);
        QCOMPARE(answers.at(1).finishReason, u"tool_calls"_s);
        QCOMPARE(session.conversation()->rowCount(), 2);

        QVERIFY(session.send(u"Time, really?"_s));
        QVERIFY(waitIdle(session));
        QCOMPARE(m_server->requests().size(), 3);
        const auto &shown = session.conversation()->messages();
        QCOMPARE(shown.size(), 6); // question, answer, question, choice 0, its result, answer
        QCOMPARE(shown.at(3).toolCalls.at(0).id, u"call_zero"_s);
        QCOMPARE(shown.at(3).toolCalls.at(0).run.status, ToolRun::Status::Done);
        QCOMPARE(shown.at(4).role, Message::Role::Tool);
        QCOMPARE(shown.at(4).toolCallId, u"call_zero"_s);
        QCOMPARE(shown.at(5).content, u"Noon."_s);
        QCOMPARE(shownSiblings(session, 3), std::pair(0, 2));
        QCOMPARE(session.tree().find(session.tree().childrenOf(shown.at(2).id).at(1))->content,
                 u"No idea."_s);
    }
};

QTEST_GUILESS_MAIN(TestChoiceBranches)
#include "tst_choicebranches.moc"
