#include "tools/mcp/mcpclient.h"
#include "tools/mcp/mcptool.h"
#include "tools/toolregistry.h"
#include "tools/toolrunner.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// A built-in that happens to share a name with a server's tool.
class NamedTool : public Tool
{
public:
    explicit NamedTool(const QString &name)
        : m_name(name)
    { }
    QString name() const override { return m_name; }
    QString description() const override { return u"A local tool."_s; }
    QJsonObject parameters() const override { return {{u"type"_s, u"object"_s}}; }
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &, const Done &done) override { done({u"local"_s, false}); }

private:
    QString m_name;
};

} // namespace

// The MCP client against a real server from npm (@modelcontextprotocol/server-everything,
// installed by scripts/setup into .npm-deps), run with this machine's node.
class TestMcpClient : public QObject
{
    Q_OBJECT

private:
    static QString serverScript()
    {
        return QStringLiteral(CONFAB_SOURCE_DIR)
            + u"/.npm-deps/node_modules/@modelcontextprotocol/server-everything/dist/index.js"_s;
    }

    // Starts the server and waits until its tools are listed.
    bool startEverything(McpClient &client)
    {
        client.start(QStandardPaths::findExecutable(u"node"_s), {serverScript(), u"stdio"_s});
        return QTest::qWaitFor([&] { return client.state() == McpClient::State::Ready; }, 20000);
    }

    McpClient::CallResult call(McpClient &client, const QString &tool, const QJsonObject &arguments)
    {
        McpClient::CallResult result {u"(no answer)"_s, {}, true};
        bool answered = false;
        client.callTool(tool, arguments, [&](const McpClient::CallResult &r) {
            result = r;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            return {u"(timed out in the test)"_s, {}, true};
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"node"_s).isEmpty(),
                 "node is missing: run scripts/setup");
        QVERIFY2(QFileInfo::exists(serverScript()),
                 "server-everything is missing: run scripts/setup");
    }

    void handshakeAndTools()
    {
        McpClient client;
        QSignalSpy ready(&client, &McpClient::ready);
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        QCOMPARE(ready.size(), 1);
        QVERIFY(McpClient::supportedProtocolVersions().contains(client.protocolVersion()));
        QVERIFY2(client.serverName().contains(u"everything"_s), qPrintable(client.serverName()));
        QStringList names;
        for (const McpClient::ServerTool &tool : client.tools())
            names.append(tool.name);
        QVERIFY2(names.contains(u"echo"_s) && names.contains(u"get-sum"_s),
                 qPrintable(names.join(u", "_s)));
        const auto echo = std::find_if(client.tools().cbegin(), client.tools().cend(),
                                       [](const auto &t) { return t.name == u"echo"_s; });
        QCOMPARE(echo->inputSchema.value(u"type"_s).toString(), u"object"_s);
        QVERIFY(!echo->description.isEmpty());
    }

    void callsSeveralTools()
    {
        McpClient client;
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        McpClient::CallResult echo = call(client, u"echo"_s, {{u"message"_s, u"hi 東京 🚅"_s}});
        QVERIFY(!echo.isError);
        QCOMPARE(echo.text, u"Echo: hi 東京 🚅"_s);
        McpClient::CallResult sum = call(client, u"get-sum"_s, {{u"a"_s, 2}, {u"b"_s, 3}});
        QCOMPARE(sum.text, u"The sum of 2 and 3 is 5."_s);
        // Several at once: each answer finds its caller, whatever order they come in.
        QStringList answers(5);
        int pending = 5;
        for (int i = 0; i < 5; ++i)
            client.callTool(u"echo"_s, {{u"message"_s, QString::number(i)}},
                            [&answers, &pending, i](const McpClient::CallResult &r) {
                                answers[i] = r.text;
                                --pending;
                            });
        QTRY_COMPARE(pending, 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(answers.at(i), u"Echo: %1"_s.arg(i));
        // An image comes as content, described for the model.
        McpClient::CallResult image = call(client, u"get-tiny-image"_s, {});
        QVERIFY(!image.isError);
        QVERIFY2(image.text.contains(u"[image: image/png"_s), qPrintable(image.text));
    }

    void errorsAreResults()
    {
        McpClient client;
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        McpClient::CallResult unknown = call(client, u"no-such-tool"_s, {});
        QVERIFY(unknown.isError);
        QVERIFY2(unknown.text.contains(u"not found"_s), qPrintable(unknown.text));
        McpClient::CallResult invalid = call(client, u"get-sum"_s, {{u"a"_s, u"two"_s}});
        QVERIFY(invalid.isError);
    }

    void aCrashedServerIsStartedAgain()
    {
        McpClient client;
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        QSignalSpy failed(&client, &McpClient::failed);
        const qint64 pid = client.processId();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 10000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"starting it again"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == McpClient::State::Ready, 20000);
        QCOMPARE(client.restarts(), 1);
        QVERIFY(client.processId() != pid);
        QCOMPARE(call(client, u"echo"_s, {{u"message"_s, u"back"_s}}).text, u"Echo: back"_s);
    }

    void aServerThatCannotStartSaysSo()
    {
        McpClient client;
        QSignalSpy failed(&client, &McpClient::failed);
        client.start(u"/nonexistent/mcp-server"_s, {});
        QTRY_VERIFY(failed.size() == 1);
        QCOMPARE(client.state(), McpClient::State::Failed);
        QVERIFY2(client.errorString().contains(u"could not be started"_s),
                 qPrintable(client.errorString()));
        McpClient::CallResult result = call(client, u"echo"_s, {});
        QVERIFY(result.isError);
    }

    // The server's tools join the registry beside the built-ins; a name taken by another
    // source gets the server's prefix; the runner calls them through the client.
    void serverToolsRunThroughTheRegistry()
    {
        McpClient client;
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        ToolRegistry registry;
        QCOMPARE(registry.add(std::make_unique<NamedTool>(u"echo"_s)), u"echo"_s);
        QStringList exposed;
        for (const McpClient::ServerTool &tool : client.tools())
            exposed.append(registry.add(std::make_unique<McpTool>(&client, u"everything"_s, tool)));
        QVERIFY2(exposed.contains(u"mcp_everything__echo"_s), qPrintable(exposed.join(u", "_s)));
        QVERIFY(exposed.contains(u"get-sum"_s));
        QVERIFY(!exposed.contains(QString())); // every tool found a name
        const Tool *sum = registry.find(u"get-sum"_s);
        QCOMPARE(sum->source(), u"mcp_everything"_s);
        QCOMPARE(registry.requestTools().at(1)[u"function"_s][u"name"_s].toString(),
                 exposed.constFirst());

        // The server's annotations decide: echo and get-sum only read, the toggle changes
        // the server's state.
        QCOMPARE(registry.find(u"get-sum"_s)->effect(), ToolEffect::ReadOnly);
        QCOMPARE(registry.find(u"toggle-simulated-logging"_s)->effect(), ToolEffect::RunsPrograms);

        ToolRunner runner(&registry);
        QSignalSpy finished(&runner, &ToolRunner::finished);
        const QList<ToolCall> calls
            = {{u"1"_s,
                u"function"_s,
                u"mcp_everything__echo"_s,
                u"{\"message\": \"via the runner\"}"_s,
                {},
                {}},
               {u"2"_s, u"function"_s, u"get-sum"_s, u"{\"a\": 1, \"b\": 2}"_s, {}, {}},
               {u"3"_s, u"function"_s, u"toggle-simulated-logging"_s, u"{}"_s, {}, {}}};
        // What only reads runs; what changes something is not run without consent…
        runner.run(calls);
        QTRY_COMPARE(finished.size(), 1);
        auto outcomes = finished.takeFirst().constFirst().value<QList<ToolRunner::Outcome>>();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).output.text, u"Echo: via the runner"_s);
        QCOMPARE(outcomes.at(1).output.text, u"The sum of 1 and 2 is 3."_s);
        QVERIFY(outcomes.at(2).output.isError);
        QVERIFY2(outcomes.at(2).output.text.contains(u"did not allow"_s),
                 qPrintable(outcomes.at(2).output.text));
        // …and runs when the person allows it.
        runner.setApproval([](const Tool &, const ToolCall &) { return true; });
        runner.run({calls.at(2)});
        QTRY_COMPARE(finished.size(), 1);
        outcomes = finished.takeFirst().constFirst().value<QList<ToolRunner::Outcome>>();
        QVERIFY2(!outcomes.at(0).output.isError, qPrintable(outcomes.at(0).output.text));
        QVERIFY2(outcomes.at(0).output.text.contains(u"logging"_s, Qt::CaseInsensitive),
                 qPrintable(outcomes.at(0).output.text));

        registry.removeSource(u"mcp_everything"_s);
        QCOMPARE(registry.names(), QStringList {u"echo"_s});
    }

    // Stop while a server works on a call: the server is told (notifications/cancelled),
    // nothing waits for its answer any more, and it goes on serving.
    void stopCancelsTheServersWork()
    {
        McpClient client;
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        ToolRegistry registry;
        for (const McpClient::ServerTool &tool : client.tools())
            registry.add(std::make_unique<McpTool>(&client, u"everything"_s, tool));
        QVERIFY(registry.find(u"trigger-long-running-operation"_s));
        QCOMPARE(registry.find(u"echo"_s)->timeoutMs(), McpClient::defaultRequestTimeoutMs);
        ToolRunner runner(&registry);
        QSignalSpy finished(&runner, &ToolRunner::finished);
        QSignalSpy started(&runner, &ToolRunner::callStarted);
        runner.run({{u"long"_s,
                     u"function"_s,
                     u"trigger-long-running-operation"_s,
                     u"{\"duration\": 30, \"steps\": 3}"_s,
                     {},
                     {}}});
        QTRY_COMPARE(started.size(), 1);
        QTRY_COMPARE(client.pendingRequests(), 1);
        runner.cancel();
        QCOMPARE(finished.size(), 1);
        const auto outcomes = finished.takeFirst().constFirst().value<QList<ToolRunner::Outcome>>();
        QCOMPARE(outcomes.at(0).status, ToolRun::Status::Cancelled);
        QCOMPARE(client.pendingRequests(), 0); // nothing waits for the server's answer

        runner.run(
            {{u"e"_s, u"function"_s, u"echo"_s, u"{\"message\": \"still here\"}"_s, {}, {}}});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(
            finished.takeFirst().constFirst().value<QList<ToolRunner::Outcome>>().at(0).output.text,
            u"Echo: still here"_s);
    }

    void stderrIsKept()
    {
        McpClient client;
        QVERIFY2(startEverything(client), qPrintable(client.errorString()));
        QTRY_VERIFY(!client.log().isEmpty()); // the server says it started, on stderr
        client.stop();
        QCOMPARE(client.state(), McpClient::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcpclient.moc"
