#include "answerscript.h"
#include "loopbackserver.h"
#include "workspace/parameterset.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newConversationReusesAnUntouchedOne()
    {
        Workspace workspace(nullptr);
        QAbstractItemModelTester tester(workspace.conversations(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(workspace.conversations()->rowCount(), 1);
        ChatSession *first = workspace.current();
        QVERIFY(first);
        QCOMPARE(workspace.newConversation(), first); // still empty: no pile of empty chats
        QCOMPARE(workspace.conversations()->rowCount(), 1);
        QVERIFY(!workspace.isReady());
        QVERIFY(!first->send(u"Hello"_s)); // no endpoint yet, and it says so
        QCOMPARE(first->statusText(), u"No provider is set up yet."_s);
    }

    void conversationsAreListedNewestFirstWithTitles()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        Workspace workspace(nullptr);
        QAbstractItemModelTester tester(workspace.conversations(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        workspace.configure(endpoint, u"m"_s);
        QTRY_COMPARE(server.requests().size(), 1); // the model list

        AnswerScript answer;
        answer.content = {u"Sure."_s};
        server.enqueue(answer.response());
        server.enqueue(answer.response());
        QVERIFY(workspace.current()->send(u"First question\nwith a second line"_s));
        QTRY_VERIFY(!workspace.current()->isBusy());
        ChatSession *second = workspace.newConversation();
        QVERIFY(second->send(u"Another topic about whales"_s));
        QTRY_VERIFY(!second->isBusy());

        ConversationList *list = workspace.conversations();
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(0).data(ConversationList::TitleRole).toString(),
                 u"Another topic about whales"_s);
        QCOMPARE(list->index(1).data(ConversationList::TitleRole).toString(), u"First question"_s);

        QCOMPARE(list->index(0).data(ConversationList::GroupRole).toString(), u"Today"_s);

        SearchResults *search = workspace.search();
        QAbstractItemModelTester searchTester(
            search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        search->setQuery(u"WHALES"_s);
        QTRY_COMPARE(search->rowCount(), 2); // the title, and the question
        QCOMPARE(search->index(0).data(SearchResults::MessageIdRole).toString(), QString());
        QCOMPARE(search->index(1).data(SearchResults::SnippetRole).toString(),
                 u"Another topic about <b>whales</b>"_s); // short texts are shown whole
        search->setQuery(u"sure."_s); // answers are searched too
        QTRY_COMPARE(search->rowCount(), 2);
        search->setQuery(u"nothing like this"_s);
        QTRY_COMPARE(search->rowCount(), 0);

        workspace.openConversation(list->idAt(1));
        QCOMPARE(workspace.current(), list->session(list->idAt(1)));
        QCOMPARE(workspace.current()->conversation()->at(0).content,
                 u"First question\nwith a second line"_s);
    }

    // Switching endpoints while the first one's model list is still coming: only the
    // second one's list is shown.
    void aSlowModelListFromTheEndpointBeforeIsDropped()
    {
        LoopbackServer slow;
        LoopbackServer fast;
        QVERIFY(slow.listen() && fast.listen());
        ScriptedResponse late = ScriptedResponse::json(200, R"({"data":[{"id":"old-model"}]})");
        late.headersDelayMs = 800;
        slow.enqueue(late);
        fast.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"new-model"}]})"));
        Workspace workspace(nullptr);
        Endpoint first;
        first.baseUrl = slow.baseUrl();
        workspace.configure(first, u"m"_s);
        QTRY_COMPARE(slow.requests().size(), 1);
        Endpoint second;
        second.baseUrl = fast.baseUrl();
        workspace.configure(second, u"m"_s);
        QTRY_COMPARE(workspace.models(), QStringList {u"new-model"_s});
        QTest::qWait(1200); // the old list would have arrived by now
        QCOMPARE(workspace.models(), QStringList {u"new-model"_s});
    }

    void modelsComeFromTheEndpoint()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(
            200, "{\"object\":\"list\",\"data\":[{\"id\":\"b-model\"},{\"id\":\"a-model\"}]}"));
        server.enqueue(ScriptedResponse::json(
            401, "{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"auth\"}}"));
        Workspace workspace(nullptr);
        QSignalSpy changed(&workspace, &Workspace::modelsChanged);
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        workspace.configure(endpoint, u"a-model"_s);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(workspace.models(), QStringList({u"a-model"_s, u"b-model"_s}));
        QCOMPARE(workspace.current()->model(), u"a-model"_s);

        workspace.refreshModels();
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY(workspace.modelsError().contains(u"401"));
        QCOMPARE(workspace.models().size(), 2); // the last good list stays
    }

    // The panel sends only what the person set.
    void parametersSendOnlyWhatIsSet()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        Workspace workspace(nullptr);
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        workspace.configure(endpoint, u"m"_s);
        QTRY_COMPARE(server.requests().size(), 1);

        ParameterSet parameters;
        QSignalSpy changed(&parameters, &ParameterSet::valuesChanged);
        parameters.setSession(workspace.current());
        QCOMPARE(parameters.setValue(u"temperature"_s, u"0.7"_s), QString());
        QCOMPARE(parameters.setValue(u"stop"_s, u"END\n\nSTOP"_s), QString());
        QVERIFY(!parameters.setValue(u"max_tokens"_s, u"lots"_s).isEmpty());
        QCOMPARE(parameters.value(u"max_tokens"_s), QString()); // the bad text changed nothing
        QCOMPARE(parameters.setValue(u"seed"_s, u"42"_s), QString());
        QCOMPARE(parameters.setValue(u"seed"_s, u""_s), QString()); // cleared again
        QCOMPARE(parameters.value(u"temperature"_s), u"0.7"_s);
        QCOMPARE(parameters.value(u"stop"_s), u"END\nSTOP"_s);
        QCOMPARE(parameters.setCount(), 2);
        QVERIFY(changed.size() >= 4);
        workspace.current()->setSystemPrompt(u"Be brief."_s);

        AnswerScript answer;
        answer.content = {u"Ok."_s};
        server.enqueue(answer.response());
        QVERIFY(workspace.current()->send(u"Hi"_s));
        QTRY_VERIFY(!workspace.current()->isBusy());
        const QJsonObject body
            = QJsonDocument::fromJson(server.requests().constLast().body).object();
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.7);
        QCOMPARE(body.value(u"stop"_s).toVariant().toStringList(),
                 QStringList({u"END"_s, u"STOP"_s}));
        for (const char *unset : {"top_p", "max_tokens", "seed", "reasoning_effort", "n"})
            QVERIFY2(!body.contains(QLatin1String(unset)), unset);
        QCOMPARE(body.value(u"messages"_s).toArray().first().toObject().value(u"role"_s),
                 u"system"_s);

        parameters.clearAll();
        QCOMPARE(parameters.setCount(), 0);
    }

    // The panel's output format, as the provider receives it.
    void outputFormatIsSentAsChosen()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        Workspace workspace(nullptr);
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        workspace.configure(endpoint, u"m"_s);
        QTRY_COMPARE(server.requests().size(), 1);
        ChatSession *session = workspace.current();
        ParameterSet parameters;
        parameters.setSession(session);
        QSignalSpy changed(&parameters, &ParameterSet::valuesChanged);
        const auto sentFormat = [&](const QString &question) {
            AnswerScript answer;
            answer.content = {u"{}"_s};
            server.enqueue(answer.response());
            if (!session->send(question) || !QTest::qWaitFor([&] { return !session->isBusy(); }))
                return QJsonValue(u"not sent"_s);
            return QJsonDocument::fromJson(server.requests().constLast().body)
                .object()
                .value(u"response_format"_s);
        };

        QCOMPARE(parameters.outputFormat(), u"text"_s);
        QCOMPARE(sentFormat(u"One"_s), QJsonValue(QJsonValue::Undefined)); // nothing sent

        QCOMPARE(parameters.setOutputFormat(u"json_object"_s), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(parameters.outputFormat(), u"json_object"_s);
        QCOMPARE(parameters.setCount(), 1);
        QCOMPARE(sentFormat(u"Two"_s), QJsonValue(QJsonObject {{u"type"_s, u"json_object"_s}}));

        const QString schema = uR"({"title": "Weather", "type": "object",
            "properties": {"city": {"type": "string"}, "celsius": {"type": "number"}},
            "required": ["city", "celsius"], "additionalProperties": false})"_s;
        QCOMPARE(parameters.setOutputFormat(u"json_schema"_s, schema), QString());
        QCOMPARE(parameters.outputFormat(), u"json_schema"_s);
        QCOMPARE(parameters.outputSchemaName(), u"Weather"_s);
        QCOMPARE(QJsonDocument::fromJson(parameters.outputSchema().toUtf8()).object(),
                 QJsonDocument::fromJson(schema.toUtf8()).object());
        const QJsonObject expected = QJsonDocument::fromJson(R"({"type": "json_schema",
            "json_schema": {"name": "Weather", "strict": true, "schema": {"title": "Weather",
            "type": "object", "properties": {"city": {"type": "string"},
            "celsius": {"type": "number"}}, "required": ["city", "celsius"],
            "additionalProperties": false}}})")
                                         .object();
        QCOMPARE(parameters.responseFormat(), expected);
        QCOMPARE(sentFormat(u"Three"_s), QJsonValue(expected));

        // An invalid schema is explained and changes nothing: the last valid one is sent.
        QCOMPARE(parameters.setOutputFormat(u"json_schema"_s, u"{\"type\": \"object\","_s),
                 u"The schema is not valid JSON: unterminated object at character 18."_s);
        QCOMPARE(parameters.setOutputFormat(u"json_schema"_s, u"[]"_s),
                 u"The schema must be a JSON object, such as {\"type\": \"object\"}."_s);
        QCOMPARE(parameters.setOutputFormat(u"xml"_s), u"Unknown output format \"xml\"."_s);
        QCOMPARE(parameters.responseFormat(), expected);
        QCOMPARE(sentFormat(u"Four"_s), QJsonValue(expected));

        QCOMPARE(parameters.setOutputFormat(u"text"_s), QString());
        QCOMPARE(parameters.setCount(), 0);
        QCOMPARE(sentFormat(u"Five"_s), QJsonValue(QJsonValue::Undefined));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
