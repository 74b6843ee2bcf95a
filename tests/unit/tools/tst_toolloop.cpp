#include "answerscript.h"
#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "storage/conversationrecorder.h"
#include "storage/conversationstore.h"
#include "tools/currenttimetool.h"
#include "tools/toolapprovals.h"
#include "tools/toolregistry.h"
#include "tools/toolrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

ScriptedResponse toolAnswer(const QList<AnswerScript::Call> &calls)
{
    return AnswerScript::toolCalls(calls);
}

// A tool that changes something, counting its runs: it must not run without consent.
class WriteNoteTool : public Tool
{
public:
    QString name() const override { return u"write_note"_s; }
    QString description() const override { return u"Saves a note."_s; }
    QJsonObject parameters() const override
    {
        return oneStringParameter(u"text"_s, u"What to write down."_s);
    }
    ToolEffect effect() const override { return ToolEffect::Writes; }
    void invoke(const QJsonObject &arguments, const Done &done) override
    {
        ++runs;
        lastArguments = arguments;
        done({u"saved: "_s + arguments.value(u"text"_s).toString(), false});
    }
    int runs = 0;
    QJsonObject lastArguments;
};

// A read-only tool that never answers, for timeouts and Stop.
class SlowTool : public Tool
{
public:
    QString name() const override { return u"slow_lookup"_s; }
    QString description() const override { return u"Takes forever."_s; }
    QJsonObject parameters() const override { return {{u"type"_s, u"object"_s}}; }
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &, const Done &) override { ++runs; }
    int runs = 0;
};

QJsonObject requestBody(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

// The tool-call loop end to end against the loopback server: the model calls tools, Confab
// runs the ones it may, sends their results as tool messages and the answer goes on.
class TestToolLoop : public QObject
{
    Q_OBJECT

private:
    void answerWith(const QStringList &content)
    {
        AnswerScript answer;
        answer.content = content;
        m_server->enqueue(answer.response());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ChatClient>();
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        m_client->setEndpoint(endpoint);
        NetworkOptions direct;
        direct.proxyMode = NetworkOptions::ProxyMode::None;
        m_client->setNetworkOptions(direct);
        ClientOptions options;
        options.maxRetries = 0;
        m_client->setOptions(options);
        m_registry = std::make_unique<ToolRegistry>();
        const QDateTime noon(QDate(2026, 11, 23), QTime(12, 0),
                             QTimeZone(u"Europe/Oslo"_s.toUtf8()));
        QCOMPARE(m_registry->add(std::make_unique<CurrentTimeTool>([noon] { return noon; })),
                 u"get_current_time"_s);
        auto note = std::make_unique<WriteNoteTool>();
        m_note = note.get();
        QCOMPARE(m_registry->add(std::move(note)), u"write_note"_s);
        auto slow = std::make_unique<SlowTool>();
        m_slow = slow.get();
        QCOMPARE(m_registry->add(std::move(slow)), u"slow_lookup"_s);
        m_session = std::make_unique<ChatSession>();
        m_session->setClient(m_client.get());
        m_session->setModel(u"test-model"_s);
        m_session->setTools(m_registry.get());
    }

    void registryNamesAreValidAndUnique()
    {
        // A second tool of the same name and source has nowhere to go.
        QVERIFY(m_registry->add(std::make_unique<CurrentTimeTool>()).isEmpty());
        QVERIFY(!ToolRegistry::isValidName(u"has space"_s));
        QVERIFY(!ToolRegistry::isValidName(QString(65, u'a')));
        QVERIFY(ToolRegistry::isValidName(u"get-weather_2"_s));
        QCOMPARE(m_registry->names(),
                 (QStringList {u"get_current_time"_s, u"write_note"_s, u"slow_lookup"_s}));
        const QJsonArray tools = m_registry->requestTools();
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools.at(0)[u"type"_s].toString(), u"function"_s);
        QCOMPARE(tools.at(0)[u"function"_s][u"name"_s].toString(), u"get_current_time"_s);
        QCOMPARE(tools.at(0)[u"function"_s][u"parameters"_s][u"type"_s].toString(), u"object"_s);
    }

    void aCallRunsAndTheAnswerGoesOn()
    {
        m_server->enqueue(toolAnswer({{u"call_1"_s, u"get_current_time"_s, u"{}"_s}}));
        answerWith({u"It is "_s, u"noon."_s});
        QVERIFY(m_session->send(u"What time is it?"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);

        const ConversationModel *rows = m_session->conversation();
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(rows->at(1).toolCalls.size(), 1);
        QCOMPARE(rows->at(2).role, Message::Role::Tool);
        QCOMPARE(rows->at(2).toolCallId, u"call_1"_s);
        QCOMPARE(rows->at(2).content, u"2026-11-23T12:00:00+01:00 (Europe/Oslo, Monday)"_s);
        QCOMPARE(rows->at(3).content, u"It is noon."_s);
        // The call's card knows what became of it.
        const ToolRun &run = rows->at(1).toolCalls.constFirst().run;
        QCOMPARE(run.status, ToolRun::Status::Done);
        QCOMPARE(run.source, u"builtin"_s);
        QCOMPARE(run.effect, u"read-only"_s);
        QCOMPARE(run.approval, u"Read-only"_s);
        QCOMPARE(run.result, rows->at(2).content);
        QVERIFY(run.startedAt > 0);
        QVERIFY(run.durationMs() >= 0);
        QVERIFY(run.arguments.isEmpty()); // ran as the model asked

        QCOMPARE(m_server->requests().size(), 2);
        const QJsonObject first = requestBody(m_server->requests().at(0));
        QCOMPARE(first[u"tools"_s].toArray().size(), 3);
        const QJsonArray messages
            = requestBody(m_server->requests().at(1))[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1)[u"tool_calls"_s][0][u"id"_s].toString(), u"call_1"_s);
        QCOMPARE(messages.at(2)[u"role"_s].toString(), u"tool"_s);
        QCOMPARE(messages.at(2)[u"tool_call_id"_s].toString(), u"call_1"_s);
        QVERIFY(messages.at(2)[u"content"_s].toString().startsWith(u"2026-11-23T12:00:00"_s));
    }

    // Several calls in one answer: each gets its result, in order; the ones that cannot run
    // say why, to the model, and nothing with side effects runs without consent.
    void parallelCallsEachGetAnAnswer()
    {
        m_server->enqueue(toolAnswer({{u"a"_s, u"get_current_time"_s, u""_s},
                                      {u"b"_s, u"no_such_tool"_s, u"{}"_s},
                                      {u"c"_s, u"get_current_time"_s, u"{not json"_s},
                                      {u"d"_s, u"write_note"_s, u"{\"text\": \"hi\"}"_s}}));
        answerWith({u"Done."_s});
        QVERIFY(m_session->send(u"Do four things"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        const ConversationModel *rows = m_session->conversation();
        QCOMPARE(rows->rowCount(), 7);
        QCOMPARE(rows->at(2).toolCallId, u"a"_s);
        QVERIFY(rows->at(2).content.startsWith(u"2026-11-23"_s));
        QCOMPARE(rows->at(3).toolCallId, u"b"_s);
        QVERIFY2(rows->at(3).content.contains(u"no tool named \"no_such_tool\""_s),
                 qPrintable(rows->at(3).content));
        QCOMPARE(rows->at(4).toolCallId, u"c"_s);
        QVERIFY2(rows->at(4).content.startsWith(u"The arguments are not a JSON object"_s),
                 qPrintable(rows->at(4).content));
        QCOMPARE(rows->at(5).toolCallId, u"d"_s);
        QVERIFY(rows->at(5).content.contains(u"did not allow"_s));
        QCOMPARE(m_note->runs, 0);
        QCOMPARE(rows->at(6).content, u"Done."_s);
        const QList<ToolCall> &calls = rows->at(1).toolCalls;
        QCOMPARE(calls.at(0).run.status, ToolRun::Status::Done);
        QCOMPARE(calls.at(1).run.status, ToolRun::Status::Failed);
        QCOMPARE(calls.at(1).run.result, rows->at(3).content);
        QCOMPARE(calls.at(2).run.status, ToolRun::Status::Failed);
        QCOMPARE(calls.at(3).run.status, ToolRun::Status::Denied);
        QCOMPARE(calls.at(3).run.approval, u"Not allowed: it needs consent"_s);
        QCOMPARE(calls.at(3).run.startedAt, 0);
    }

    // Arguments that are JSON but not what the tool takes are refused before anything runs,
    // and the model hears what to fix.
    void argumentsThatDoNotFitGoBackToTheModel()
    {
        m_server->enqueue(toolAnswer({{u"z"_s, u"get_current_time"_s, u"{\"timezone\": 5}"_s}}));
        answerWith({u"Sorry."_s});
        QVERIFY(m_session->send(u"Time in zone 5?"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        const ConversationModel *rows = m_session->conversation();
        QVERIFY2(rows->at(2).content.startsWith(u"\"timezone\" must be of type string."_s),
                 qPrintable(rows->at(2).content));
        QCOMPARE(rows->at(1).toolCalls.at(0).run.status, ToolRun::Status::Failed);
        QCOMPARE(rows->at(1).toolCalls.at(0).run.startedAt, 0); // never ran
    }

    void roundsAreLimited()
    {
        m_session->setMaxToolRounds(2);
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(toolAnswer({{u"r%1"_s.arg(i), u"get_current_time"_s, u"{}"_s}}));
        QVERIFY(m_session->send(u"Loop forever"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy() && m_server->requests().size() == 3, 10000);
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 3); // the question and two rounds of results
        QVERIFY2(m_session->statusText().contains(u"2 rounds"_s),
                 qPrintable(m_session->statusText()));
        // The calls of the last round are answered "not run", so the history stays valid.
        const ConversationModel *rows = m_session->conversation();
        const Message &last = rows->at(rows->rowCount() - 1);
        QCOMPARE(last.role, Message::Role::Tool);
        QCOMPARE(last.toolCallId, u"r2"_s);
        QVERIFY2(last.content.startsWith(u"Not run"_s), qPrintable(last.content));
        QCOMPARE(rows->at(rows->rowCount() - 2).toolCalls.at(0).run.status,
                 ToolRun::Status::Cancelled);

        // Asking again starts a new count, and every call sent has its result.
        answerWith({u"Fine."_s});
        QVERIFY(m_session->send(u"Go on"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        const QJsonArray sent
            = requestBody(m_server->requests().constLast())[u"messages"_s].toArray();
        QStringList called, answered;
        for (const QJsonValue &message : sent) {
            for (const QJsonValue &call : message[u"tool_calls"_s].toArray())
                called.append(call[u"id"_s].toString());
            if (message[u"role"_s].toString() == u"tool"_s)
                answered.append(message[u"tool_call_id"_s].toString());
        }
        QCOMPARE(called, (QStringList {u"r0"_s, u"r1"_s, u"r2"_s}));
        QCOMPARE(answered, called);
    }

    // An answer cut off while its calls arrived runs none of them, and its calls are not
    // sent back later without results; a call id the model gave twice is made unique.
    void unansweredCallsStayOutOfTheHistory()
    {
        ScriptedResponse cut = AnswerScript::toolCalls(
            {{u"x"_s, u"get_current_time"_s, u"{}"_s}, {u"x"_s, u"get_current_time"_s, u"{}"_s}});
        cut.ending = ScriptedResponse::Ending::Close;
        cut.pieces.resize(cut.pieces.size() / 2);
        m_server->enqueue(cut);
        QVERIFY(m_session->send(u"Time?"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        const ConversationModel *rows = m_session->conversation();
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->at(1).state, Message::State::Failed);

        m_server->enqueue(toolAnswer(
            {{u"d"_s, u"get_current_time"_s, u"{}"_s}, {u"d"_s, u"get_current_time"_s, u"{}"_s}}));
        answerWith({u"Twice."_s});
        QVERIFY(m_session->send(u"Time, twice?"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        const QList<ToolCall> &calls = rows->at(3).toolCalls;
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.at(0).id != calls.at(1).id);
        QCOMPARE(rows->at(4).toolCallId, calls.at(0).id);
        QCOMPARE(rows->at(5).toolCallId, calls.at(1).id);
        const QJsonArray sent
            = requestBody(m_server->requests().constLast())[u"messages"_s].toArray();
        for (const QJsonValue &message : sent)
            for (const QJsonValue &call : message[u"tool_calls"_s].toArray())
                QVERIFY(call[u"id"_s].toString() != u"x"_s); // the cut answer's calls stay out
    }

    void aToolThatHangsTimesOutAndStopCancels()
    {
        m_session->toolRunner()->setTimeoutMs(300);
        m_server->enqueue(toolAnswer({{u"s1"_s, u"slow_lookup"_s, u"{}"_s}}));
        answerWith({u"Gave up on it."_s});
        QVERIFY(m_session->send(u"Look it up"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        QCOMPARE(m_slow->runs, 1);
        QVERIFY(
            m_session->conversation()->at(2).content.contains(u"did not finish within 0.3 s"_s));
        QCOMPARE(m_session->conversation()->at(3).content, u"Gave up on it."_s);
        QCOMPARE(m_session->conversation()->at(1).toolCalls.constFirst().run.status,
                 ToolRun::Status::Failed);

        // Stop while it runs: it ends as cancelled and the model is not asked again.
        m_session->toolRunner()->setTimeoutMs(60'000);
        m_server->enqueue(toolAnswer({{u"s2"_s, u"slow_lookup"_s, u"{}"_s}}));
        QVERIFY(m_session->send(u"Look again"_s));
        QTRY_VERIFY(m_slow->runs == 2);
        QVERIFY(m_session->isBusy());
        const qsizetype requests = m_server->requests().size();
        m_session->stop();
        QVERIFY(!m_session->isBusy());
        QCOMPARE(m_session->conversation()->at(6).content, u"Cancelled by the user."_s);
        QCOMPARE(m_session->conversation()->at(5).toolCalls.constFirst().run.status,
                 ToolRun::Status::Cancelled);
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), requests);
    }

    // With approvals, a call that changes something waits for the person, who can run it
    // once (with edited arguments), for the chat, always, or deny it.
    void callsWaitForConsent()
    {
        ToolApprovals approvals;
        m_session->setApprovals(&approvals);
        QSignalSpy changed(m_session.get(), &ChatSession::approvalsChanged);
        QSignalSpy logged(m_session.get(), &ChatSession::toolRunFinished);
        m_server->enqueue(toolAnswer({{u"n1"_s, u"write_note"_s, u"{\"text\": \"milk\"}"_s},
                                      {u"t1"_s, u"get_current_time"_s, u"{}"_s}}));
        answerWith({u"Noted."_s});
        QVERIFY(m_session->send(u"Note milk"_s));
        QTRY_COMPARE(m_session->pendingApprovals().size(), 1);
        const QVariantMap pending = m_session->pendingApprovals().constFirst().toMap();
        QCOMPARE(pending.value(u"callId"_s).toString(), u"n1"_s);
        QCOMPARE(pending.value(u"tool"_s).toString(), u"write_note"_s);
        QCOMPARE(pending.value(u"effect"_s).toString(), u"writes"_s);
        QCOMPARE(pending.value(u"arguments"_s).toString(), u"{\n    \"text\": \"milk\"\n}\n"_s);
        QVERIFY(m_session->isBusy());
        QCOMPARE(m_note->runs, 0);
        QCOMPARE(m_session->conversation()->at(1).toolCalls.at(0).run.status,
                 ToolRun::Status::WaitingForApproval);
        QTest::qWait(100);
        QCOMPARE(m_server->requests().size(), 1); // nothing goes on while it waits

        QVERIFY(!m_session->answerApproval(u"n1"_s, ChatSession::AllowOnce, u"{oops"_s));
        QVERIFY(m_session->argumentProblems(u"n1"_s, u"{oops"_s)
                    .startsWith(u"This is not valid JSON"_s));
        QVERIFY(
            m_session->argumentProblems(u"n1"_s, u"{\"text\": 1}"_s).contains(u"type string"_s));
        QVERIFY(!m_session->answerApproval(u"n1"_s, ChatSession::AllowOnce, u"{\"text\": 1}"_s));
        QCOMPARE(m_session->argumentProblems(u"n1"_s, u"{\"text\": \"ok\"}"_s), QString());
        QVERIFY(!m_session->answerApproval(u"nope"_s, ChatSession::AllowOnce, u"{}"_s));
        QVERIFY(m_session->answerApproval(u"n1"_s, ChatSession::AllowOnce,
                                          u"{\"text\": \"oat milk\"}"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        QCOMPARE(m_note->runs, 1);
        QCOMPARE(m_note->lastArguments.value(u"text"_s).toString(), u"oat milk"_s);
        const ConversationModel *rows = m_session->conversation();
        QCOMPARE(rows->at(2).content, u"saved: oat milk"_s);
        QVERIFY(rows->at(3).content.startsWith(u"2026-11-23"_s)); // read-only: no question
        QCOMPARE(rows->at(4).content, u"Noted."_s);
        QVERIFY(changed.size() >= 2);
        const ToolRun &edited = rows->at(1).toolCalls.at(0).run;
        QCOMPARE(edited.status, ToolRun::Status::Done);
        QCOMPARE(edited.approval, u"Allowed once by you, with your changes to the arguments"_s);
        QVERIFY2(edited.arguments.contains(u"oat milk"_s), qPrintable(edited.arguments));
        QCOMPARE(rows->at(1).toolCalls.at(1).run.approval,
                 u"Read-only built-in, allowed in settings"_s);
        // Each ended call is reported once, for the log.
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.at(0).at(1).value<ToolCall>().id, u"t1"_s); // ran while n1 waited
        QCOMPARE(logged.at(1).at(1).value<ToolCall>().id, u"n1"_s);
        QCOMPARE(logged.at(1).at(1).value<ToolCall>().run.status, ToolRun::Status::Done);

        // Allowed for this chat: the next call in it runs at once.
        m_server->enqueue(toolAnswer({{u"n2"_s, u"write_note"_s, u"{\"text\": \"eggs\"}"_s}}));
        answerWith({u"Noted again."_s});
        QVERIFY(m_session->send(u"Note eggs"_s));
        QTRY_COMPARE(m_session->pendingApprovals().size(), 1);
        QVERIFY(m_session->answerApproval(
            u"n2"_s, ChatSession::AllowForChat,
            m_session->pendingApprovals().constFirst().toMap().value(u"arguments"_s).toString()));
        QTRY_VERIFY(!m_session->isBusy());
        m_server->enqueue(toolAnswer({{u"n3"_s, u"write_note"_s, u"{\"text\": \"tea\"}"_s}}));
        answerWith({u"And tea."_s});
        QVERIFY(m_session->send(u"Note tea"_s));
        QTRY_VERIFY(!m_session->isBusy());
        QCOMPARE(m_note->runs, 3);
        QVERIFY(m_session->pendingApprovals().isEmpty()); // n3 never asked

        // Another conversation does not inherit that; denied, the model hears so.
        ChatSession other;
        other.setClient(m_client.get());
        other.setModel(u"test-model"_s);
        other.setTools(m_registry.get());
        other.setApprovals(&approvals);
        m_server->enqueue(toolAnswer({{u"n4"_s, u"write_note"_s, u"{\"text\": \"-\"}"_s}}));
        answerWith({u"Fine, not noted."_s});
        QVERIFY(other.send(u"Note nothing"_s));
        QTRY_COMPARE(other.pendingApprovals().size(), 1);
        QVERIFY(other.answerApproval(u"n4"_s, ChatSession::Deny, {}));
        QTRY_VERIFY(!other.isBusy());
        QCOMPARE(other.conversation()->at(2).content, u"The user denied running write_note."_s);
        QCOMPARE(other.conversation()->at(1).toolCalls.at(0).run.status, ToolRun::Status::Denied);
        QCOMPARE(other.conversation()->at(1).toolCalls.at(0).run.approval, u"Denied by you"_s);
        QCOMPARE(m_note->runs, 3);

        // Always: every conversation from now on.
        m_server->enqueue(toolAnswer({{u"n5"_s, u"write_note"_s, u"{\"text\": \"+\"}"_s}}));
        answerWith({u"Ok."_s});
        QVERIFY(other.send(u"Note again"_s));
        QTRY_COMPARE(other.pendingApprovals().size(), 1);
        QVERIFY(other.answerApproval(u"n5"_s, ChatSession::AlwaysAllow, u"{\"text\": \"+\"}"_s));
        QTRY_VERIFY(!other.isBusy());
        QVERIFY(approvals.allows(*m_note, {}));
        QCOMPARE(m_note->runs, 4);
    }

    void stopWhileWaitingForConsent()
    {
        ToolApprovals approvals;
        approvals.setReadOnlyBuiltinsPreApproved(false); // even the clock asks
        m_session->setApprovals(&approvals);
        m_server->enqueue(toolAnswer({{u"t1"_s, u"get_current_time"_s, u"{}"_s}}));
        QVERIFY(m_session->send(u"What time is it?"_s));
        QTRY_COMPARE(m_session->pendingApprovals().size(), 1);
        m_session->stop();
        QVERIFY(!m_session->isBusy());
        QVERIFY(m_session->pendingApprovals().isEmpty());
        QCOMPARE(m_session->conversation()->at(2).content, u"Cancelled by the user."_s);
        QVERIFY(!m_session->answerApproval(u"t1"_s, ChatSession::AllowOnce, u"{}"_s));
        QTest::qWait(100);
        QCOMPARE(m_server->requests().size(), 1);
    }

    // A tool turned off in a conversation is not offered there, and a call to it anyway is
    // answered as to an unknown tool.
    void toolsCanBeTurnedOffPerConversation()
    {
        m_session->setDisabledTools({u"write_note"_s});
        QCOMPARE(m_session->disabledTools(), QStringList {u"write_note"_s});
        m_server->enqueue(toolAnswer({{u"w"_s, u"write_note"_s, u"{\"text\": \"x\"}"_s}}));
        answerWith({u"Could not."_s});
        QVERIFY(m_session->send(u"Note x"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        const QJsonArray offered = requestBody(m_server->requests().at(0))[u"tools"_s].toArray();
        QCOMPARE(offered.size(), 2);
        for (const QJsonValue &tool : offered)
            QVERIFY(tool[u"function"_s][u"name"_s].toString() != u"write_note"_s);
        QVERIFY2(m_session->conversation()->at(2).content.contains(u"no tool named"_s),
                 qPrintable(m_session->conversation()->at(2).content));
        QVERIFY(!m_session->conversation()->at(2).content.contains(u"write_note,"_s));
        QCOMPARE(m_note->runs, 0);
    }

    // Every call that ended is in the log, with what ran and who let it; the conversation
    // keeps each call's run, so a reopened chat shows the same cards.
    void everyRunIsLoggedAndKept()
    {
        QTemporaryDir folder;
        ConversationStore store;
        QVERIFY2(store.open(folder.filePath(u"history.sqlite"_s)), qPrintable(store.lastError()));
        ConversationRecorder recorder(&store, m_session.get(), {});
        ToolApprovals approvals;
        m_session->setApprovals(&approvals);
        m_server->enqueue(toolAnswer({{u"k1"_s, u"get_current_time"_s, u"{}"_s},
                                      {u"k2"_s, u"write_note"_s, u"{\"text\": \"a\"}"_s},
                                      {u"k3"_s, u"write_note"_s, u"{\"text\": \"b\"}"_s}}));
        answerWith({u"Two of three."_s});
        QVERIFY(m_session->send(u"Note a and b"_s));
        QTRY_COMPARE(m_session->pendingApprovals().size(), 2);
        QVERIFY(
            m_session->answerApproval(u"k2"_s, ChatSession::AllowOnce, u"{\"text\": \"a!\"}"_s));
        QVERIFY(m_session->answerApproval(u"k3"_s, ChatSession::Deny, {}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10000);
        QVERIFY(recorder.flush());

        const QList<ToolRunRecord> runs = store.toolRuns();
        QCOMPARE(runs.size(), 3);
        QHash<QString, ToolRunRecord> byCall;
        for (const ToolRunRecord &run : runs) {
            QCOMPARE(run.conversationId, m_session->id());
            QCOMPARE(run.messageId, m_session->conversation()->at(1).id);
            byCall.insert(run.toolCallId, run);
        }
        QCOMPARE(byCall[u"k1"_s].tool, u"get_current_time"_s);
        QCOMPARE(byCall[u"k1"_s].source, u"builtin"_s);
        QCOMPARE(byCall[u"k1"_s].status, u"done"_s);
        QCOMPARE(byCall[u"k1"_s].approval, u"Read-only built-in, allowed in settings"_s);
        QVERIFY(byCall[u"k1"_s].result.startsWith(u"2026-11-23"_s));
        QCOMPARE(byCall[u"k2"_s].status, u"done"_s);
        QVERIFY2(byCall[u"k2"_s].arguments.contains(u"a!"_s),
                 qPrintable(byCall[u"k2"_s].arguments));
        QCOMPARE(byCall[u"k2"_s].result, u"saved: a!"_s);
        QVERIFY(byCall[u"k2"_s].finishedAt >= byCall[u"k2"_s].startedAt);
        QVERIFY(byCall[u"k2"_s].startedAt > 0);
        QCOMPARE(byCall[u"k3"_s].status, u"denied"_s);
        QCOMPARE(byCall[u"k3"_s].approval, u"Denied by you"_s);
        QCOMPARE(byCall[u"k3"_s].startedAt, 0);
        QCOMPARE(store.toolRuns(10, u"another"_s).size(), 0);

        // Reopened, the answer's calls still say what became of them.
        const QList<Message> stored = store.messages(m_session->id());
        const auto answer = std::find_if(stored.cbegin(), stored.cend(),
                                         [](const Message &m) { return m.toolCalls.size() == 3; });
        QVERIFY(answer != stored.cend());
        QCOMPARE(answer->toolCalls.at(1).run.status, ToolRun::Status::Done);
        QCOMPARE(answer->toolCalls.at(1).run.result, u"saved: a!"_s);
        QCOMPARE(answer->toolCalls.at(2).run.status, ToolRun::Status::Denied);
        ChatSession reopened(nullptr, m_session->id());
        QVERIFY(reopened.load(stored, {}));
        QCOMPARE(reopened.conversation()->at(1).toolCalls.at(0).run.status, ToolRun::Status::Done);

        // The log goes with its conversation.
        QVERIFY(store.removeConversation(m_session->id()));
        QCOMPARE(store.toolRuns().size(), 0);
    }

    // A conversation stored before Confab kept runs shows each call with the result its
    // tool message holds.
    void callsFromBeforeShowTheirToolMessage()
    {
        Message question = Message::create(Message::Role::User, u"Time?"_s);
        Message answer = Message::create(Message::Role::Assistant);
        answer.parentId = question.id;
        answer.toolCalls.append({u"old1"_s, u"function"_s, u"get_current_time"_s, u"{}"_s, {}, {}});
        Message result = Message::create(Message::Role::Tool, u"noon"_s);
        result.parentId = answer.id;
        result.toolCallId = u"old1"_s;
        QVERIFY(m_session->load({question, answer, result}, {}));
        const ToolRun &run = m_session->conversation()->at(1).toolCalls.at(0).run;
        QCOMPARE(run.status, ToolRun::Status::Done);
        QCOMPARE(run.result, u"noon"_s);
    }

private:
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<ToolRegistry> m_registry;
    std::unique_ptr<ChatSession> m_session;
    WriteNoteTool *m_note = nullptr;
    SlowTool *m_slow = nullptr;
};

QTEST_GUILESS_MAIN(TestToolLoop)
#include "tst_toolloop.moc"
