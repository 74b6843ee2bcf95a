// confab-cli ask --tools, the real executable, against a real loopback server: the model's
// calls run as --approve allows, their results go back as tool messages with the calls'
// ids, and the answer goes on, for a limited number of rounds.
#include "answerscript.h"
#include "cliprocess.h"
#include "loopbackserver.h"
#include "tools/mcp/mcpserversettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Call = AnswerScript::Call;

ScriptedResponse toolAnswer(const QList<Call> &calls)
{
    return AnswerScript::toolCalls(calls);
}

ScriptedResponse textAnswer(const QString &text)
{
    AnswerScript answer;
    answer.content = AnswerScript::pieces(text, 5);
    return answer.response();
}

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QStringList offeredTools(const RecordedRequest &request)
{
    QStringList names;
    for (const QJsonValue &tool : bodyOf(request)[u"tools"_s].toArray())
        names << tool[u"function"_s][u"name"_s].toString();
    return names;
}

QJsonArray messagesOf(const RecordedRequest &request)
{
    return bodyOf(request)[u"messages"_s].toArray();
}

} // namespace

class TestCliTools : public QObject
{
    Q_OBJECT

    using Run = CliProcess::Run;

    QTemporaryDir m_home;
    LoopbackServer *m_server = nullptr;

    Run ask(const QStringList &options, const QString &prompt = u"Question?"_s)
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        QProcessEnvironment &environment = process.environment();
        environment.insert(u"HOME"_s, m_home.filePath(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"CONFAB_API_KEY"_s, u"sk-tools-e2e"_s);
        environment.insert(u"CONFAB_BASE_URL"_s, m_server->baseUrl().toString());
        environment.remove(u"CONFAB_PROVIDER"_s);
        environment.remove(u"CONFAB_MODEL"_s);
        return process.run(QStringList {u"ask"_s, u"--model"_s, u"m1"_s} + options
                           + QStringList {prompt});
    }

    // The tool messages of request `index`, after its last assistant message.
    QList<QJsonObject> toolMessages(int index)
    {
        QList<QJsonObject> tools;
        for (const QJsonValue &message : messagesOf(m_server->requests().at(index)))
            if (message[u"role"_s] == u"tool"_s)
                tools << message.toObject();
        return tools;
    }

    static QString everythingScript()
    {
        return QStringLiteral(CONFAB_SOURCE_DIR)
            + u"/.npm-deps/node_modules/@modelcontextprotocol/server-everything/dist/index.js"_s;
    }

private Q_SLOTS:
    // The MCP servers confab-cli finds in its settings ($XDG_CONFIG_HOME/Confab/Confab.ini):
    // the real server-everything from npm, one turned off and one that cannot start.
    void initTestCase()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node.isEmpty(), "node is missing: run scripts/setup");
        QVERIFY2(QFileInfo::exists(everythingScript()),
                 "server-everything is missing: run scripts/setup");
        QSettings file(m_home.filePath(u"config/Confab/Confab.ini"_s), QSettings::IniFormat);
        McpServerSettings servers(&file, nullptr);
        McpServerConfig everything;
        everything.name = u"everything"_s;
        everything.command = node;
        everything.args = {everythingScript(), u"stdio"_s};
        QCOMPARE(servers.add(everything), QString());
        McpServerConfig off = everything;
        off.name = u"off"_s;
        off.enabled = false;
        QCOMPARE(servers.add(off), QString());
        McpServerConfig broken;
        broken.name = u"broken"_s;
        broken.command = m_home.filePath(u"no-such-server"_s);
        QCOMPARE(servers.add(broken), QString());
    }

    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void calculatorResultGoesBackAndTheAnswerGoesOn()
    {
        m_server->enqueue(toolAnswer(
            {{u"call_calc_1"_s, u"calculate"_s, uR"({"expression": "(2^10 - 24) / 3"})"_s}}));
        m_server->enqueue(textAnswer(u"It is 333.33 and a third."_s));
        const Run run = ask({u"--tools"_s, u"builtin"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("It is 333.33 and a third.\n"));
        QVERIFY2(run.err.contains("[tool] calculate {\"expression\":\"(2^10 - 24) / 3\"} -> "
                                  "333.333333333333"),
                 run.err.constData());

        QCOMPARE(m_server->requests().size(), 2);
        // Without --allow-folder there are no file tools; fetch_url is offered (and refused
        // unless --approve all).
        QCOMPARE(offeredTools(m_server->requests().at(0)),
                 (QStringList {u"get_current_time"_s, u"calculate"_s, u"fetch_url"_s}));
        QCOMPARE(offeredTools(m_server->requests().at(1)),
                 offeredTools(m_server->requests().at(0)));

        const QJsonArray messages = messagesOf(m_server->requests().at(1));
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0)[u"role"_s].toString(), u"user"_s);
        const QJsonObject assistant = messages.at(1).toObject();
        QCOMPARE(assistant[u"role"_s].toString(), u"assistant"_s);
        const QJsonObject call = assistant[u"tool_calls"_s].toArray().at(0).toObject();
        QCOMPARE(call[u"id"_s].toString(), u"call_calc_1"_s);
        QCOMPARE(call[u"function"_s][u"name"_s].toString(), u"calculate"_s);
        QCOMPARE(call[u"function"_s][u"arguments"_s].toString(),
                 uR"({"expression": "(2^10 - 24) / 3"})"_s);
        const QJsonObject tool = messages.at(2).toObject();
        QCOMPARE(tool[u"role"_s].toString(), u"tool"_s);
        QCOMPARE(tool[u"tool_call_id"_s].toString(), u"call_calc_1"_s);
        QCOMPARE(tool[u"content"_s].toString(), u"333.333333333333"_s);
    }

    void parallelCallsAnswerInTheirOrder()
    {
        m_server->enqueue(toolAnswer({{u"call_a"_s, u"calculate"_s, uR"({"expression":"1+2"})"_s},
                                      {u"call_b"_s, u"calculate"_s, uR"({"expression":"2*5"})"_s},
                                      {u"call_c"_s, u"get_current_time"_s, u"{}"_s}}));
        m_server->enqueue(textAnswer(u"3 and 10."_s));
        const Run run = ask({u"--tools"_s, u"builtin"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QList<QJsonObject> tools = toolMessages(1);
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools.at(0)[u"tool_call_id"_s].toString(), u"call_a"_s);
        QCOMPARE(tools.at(0)[u"content"_s].toString(), u"3"_s);
        QCOMPARE(tools.at(1)[u"tool_call_id"_s].toString(), u"call_b"_s);
        QCOMPARE(tools.at(1)[u"content"_s].toString(), u"10"_s);
        QCOMPARE(tools.at(2)[u"tool_call_id"_s].toString(), u"call_c"_s);
        QVERIFY(!tools.at(2)[u"content"_s].toString().isEmpty());

        // --json: the final answer, and every call with what the model was given back.
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result[u"content"_s].toString(), u"3 and 10."_s);
        QCOMPARE(result[u"tool_calls"_s].toArray().size(), 0);
        QCOMPARE(result[u"tool_rounds"_s].toInt(), 1);
        const QJsonArray results = result[u"tool_results"_s].toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(1)[u"tool_call_id"_s].toString(), u"call_b"_s);
        QCOMPARE(results.at(1)[u"name"_s].toString(), u"calculate"_s);
        QCOMPARE(results.at(1)[u"arguments"_s].toString(), uR"({"expression":"2*5"})"_s);
        QCOMPARE(results.at(1)[u"content"_s].toString(), u"10"_s);
        QCOMPARE(results.at(1)[u"is_error"_s].toBool(), false);
        QCOMPARE(results.at(1)[u"refused"_s].toBool(), false);
        QVERIFY(!result.contains(u"error"_s));
        // Usage counts both requests (7 + 10 prompt tokens).
        QCOMPARE(result[u"usage"_s][u"prompt_tokens"_s].toInt(), 17);
        // stderr says what ran, one line a call.
        QCOMPARE(run.err.count("[tool] "), 3);
    }

    void approveNoneRefusesEveryCall()
    {
        m_server->enqueue(
            toolAnswer({{u"call_n1"_s, u"calculate"_s, uR"({"expression":"1+1"})"_s}}));
        m_server->enqueue(textAnswer(u"I may not calculate."_s));
        const Run run = ask({u"--tools"_s, u"builtin"_s, u"--approve"_s, u"none"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("I may not calculate.\n"));
        QVERIFY2(run.err.contains("[tool] calculate {\"expression\":\"1+1\"} refused: --approve "
                                  "none"),
                 run.err.constData());
        const QList<QJsonObject> tools = toolMessages(1);
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.at(0)[u"tool_call_id"_s].toString(), u"call_n1"_s);
        const QString refusal = tools.at(0)[u"content"_s].toString();
        QVERIFY2(refusal.contains(u"not run"_s) && refusal.contains(u"--approve none"_s),
                 qPrintable(refusal));
        QVERIFY(!refusal.contains(u"2"_s)); // it did not run
    }

    // fetch_url uses the network: the default --approve read-only refuses it (the page is
    // never asked for), --approve all runs it.
    void networkToolRunsOnlyWithApproveAll()
    {
        LoopbackServer site;
        QVERIFY(site.listen());
        site.setFallback(ScriptedResponse::text(200, "text/plain", "The page's text."));
        const QString url = site.baseUrl().toString() + u"/page"_s;
        const QString arguments = QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"url"_s, url}}).toJson(QJsonDocument::Compact));

        m_server->enqueue(toolAnswer({{u"call_f1"_s, u"fetch_url"_s, arguments}}));
        m_server->enqueue(textAnswer(u"I could not look."_s));
        Run run = ask({u"--tools"_s, u"builtin"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("refused: --approve read-only") && run.err.contains("network"),
                 run.err.constData());
        QCOMPARE(site.requests().size(), 0);
        QList<QJsonObject> tools = toolMessages(1);
        QCOMPARE(tools.at(0)[u"tool_call_id"_s].toString(), u"call_f1"_s);
        QVERIFY2(tools.at(0)[u"content"_s].toString().contains(u"--approve read-only"_s),
                 qPrintable(tools.at(0)[u"content"_s].toString()));

        m_server->enqueue(toolAnswer({{u"call_f2"_s, u"fetch_url"_s, arguments}}));
        m_server->enqueue(textAnswer(u"The page says hello."_s));
        run = ask({u"--tools"_s, u"builtin"_s, u"--approve"_s, u"all"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(site.requests().size(), 1);
        QCOMPARE(site.requests().at(0).path, QByteArray("/v1/page"));
        tools = toolMessages(3);
        QCOMPARE(tools.at(0)[u"tool_call_id"_s].toString(), u"call_f2"_s);
        QVERIFY2(tools.at(0)[u"content"_s].toString().contains(u"The page's text."_s),
                 qPrintable(tools.at(0)[u"content"_s].toString()));
    }

    void sharedFolderIsReadable()
    {
        QTemporaryDir shared;
        QFile file(shared.filePath(u"notes.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Buy milk.\nCall Ana.\n");
        file.close();

        m_server->enqueue(
            toolAnswer({{u"call_r1"_s, u"read_text_file"_s, uR"({"path":"notes.txt"})"_s},
                        {u"call_r2"_s, u"read_text_file"_s, uR"({"path":"/etc/passwd"})"_s}}));
        m_server->enqueue(textAnswer(u"Milk, and Ana."_s));
        const Run run = ask({u"--tools"_s, u"builtin"_s, u"--allow-folder"_s, shared.path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(offeredTools(m_server->requests().at(0)).contains(u"list_folder"_s));
        const QList<QJsonObject> tools = toolMessages(1);
        QCOMPARE(tools.size(), 2);
        QVERIFY(tools.at(0)[u"content"_s].toString().contains(u"Call Ana."_s));
        QVERIFY2(tools.at(1)[u"content"_s].toString().contains(u"outside"_s),
                 qPrintable(tools.at(1)[u"content"_s].toString()));
        QVERIFY2(run.err.contains("[tool] read_text_file {\"path\":\"/etc/passwd\"} failed:"),
                 run.err.constData());
    }

    void roundLimitStopsTheLoop()
    {
        for (int round = 1; round <= 3; ++round)
            m_server->enqueue(toolAnswer(
                {{u"call_loop_%1"_s.arg(round), u"calculate"_s, uR"({"expression":"1"})"_s}}));
        m_server->setFallback(textAnswer(u"Never asked for."_s));
        const Run run = ask({u"--tools"_s, u"builtin"_s, u"--max-tool-rounds"_s, u"2"_s});
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("Stopped after 2 rounds of tool calls"), run.err.constData());
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(run.err.count("[tool] calculate"), 2);
        // The last request carries both rounds' calls and results.
        const QList<QJsonObject> tools = toolMessages(2);
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools.at(1)[u"tool_call_id"_s].toString(), u"call_loop_2"_s);
    }

    // A server from the settings: its read-only tools run beside the built-ins, the others
    // are refused under the default --approve read-only.
    void mcpServerToolsRun()
    {
        m_server->enqueue(
            toolAnswer({{u"call_m1"_s, u"get-sum"_s, uR"({"a": 2, "b": 3})"_s},
                        {u"call_m2"_s, u"echo"_s, uR"({"message": "over stdio"})"_s},
                        {u"call_m3"_s, u"toggle-simulated-logging"_s, u"{}"_s},
                        {u"call_m4"_s, u"calculate"_s, uR"({"expression": "2+3"})"_s}}));
        m_server->enqueue(textAnswer(u"Five, both ways."_s));
        const Run run = ask({u"--tools"_s, u"builtin,mcp:everything"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("Five, both ways.\n"));

        const QStringList offered = offeredTools(m_server->requests().at(0));
        QVERIFY2(offered.contains(u"get-sum"_s) && offered.contains(u"calculate"_s),
                 qPrintable(offered.join(u", "_s)));
        const QList<QJsonObject> tools = toolMessages(1);
        QCOMPARE(tools.size(), 4);
        QCOMPARE(tools.at(0)[u"tool_call_id"_s].toString(), u"call_m1"_s);
        QCOMPARE(tools.at(0)[u"content"_s].toString(), u"The sum of 2 and 3 is 5."_s);
        QCOMPARE(tools.at(1)[u"content"_s].toString(), u"Echo: over stdio"_s);
        QVERIFY2(tools.at(2)[u"content"_s].toString().contains(u"--approve read-only"_s),
                 qPrintable(tools.at(2)[u"content"_s].toString()));
        QCOMPARE(tools.at(3)[u"content"_s].toString(), u"5"_s);
        QVERIFY2(run.err.contains("[tool] toggle-simulated-logging {} refused: --approve "
                                  "read-only runs only tools that only read, and "
                                  "toggle-simulated-logging runs programs"),
                 run.err.constData());
    }

    void mcpServersThatCannotBeUsed_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << u"nobody"_s << 2
                                 << u"There is no MCP server named \"nobody\" in Confab's "
                                    "settings (there are: everything, off, broken)"_s;
        QTest::newRow("turned off") << u"off"_s << 2 << u"The MCP server \"off\" is turned off"_s;
        QTest::newRow("does not start")
            << u"broken"_s << 1 << u"The MCP server \"broken\" did not start"_s;
    }
    void mcpServersThatCannotBeUsed()
    {
        QFETCH(QString, server);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = ask({u"--tools"_s, u"builtin,mcp:"_s + server});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown source")
            << QStringList {u"--tools"_s, u"builtin,shell"_s} << u"Unknown tool source \"shell\""_s;
        QTest::newRow("mcp without a name")
            << QStringList {u"--tools"_s, u"mcp:"_s} << u"Unknown tool source \"mcp:\""_s;
        QTest::newRow("approve without tools")
            << QStringList {u"--approve"_s, u"all"_s} << u"--approve goes with --tools"_s;
        QTest::newRow("unknown approval")
            << QStringList {u"--tools"_s, u"builtin"_s, u"--approve"_s, u"some"_s}
            << u"--approve is read-only, all or none"_s;
        QTest::newRow("folder without builtin")
            << QStringList {u"--tools"_s, u"mcp:x"_s, u"--allow-folder"_s, u"/tmp"_s}
            << u"add --tools builtin"_s;
        QTest::newRow("missing folder")
            << QStringList {u"--tools"_s, u"builtin"_s, u"--allow-folder"_s,
                            u"/nonexistent/confab"_s}
            << u"--allow-folder /nonexistent/confab: there is no such folder"_s;
        QTest::newRow("rounds") << QStringList {u"--tools"_s, u"builtin"_s, u"--max-tool-rounds"_s,
                                                u"0"_s}
                                << u"--max-tool-rounds needs a number from 1 to 100"_s;
    }
    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run run = ask(options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void helpNamesTheOptions()
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        const Run run = process.run({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--tools", "--approve", "--allow-folder", "--max-tool-rounds"})
            QVERIFY2(run.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCliTools)
#include "tst_cli_tools.moc"
