#include "cliprocess.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

// confab-cli, the real executable, against a real loopback server.
class TestCli : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    static constexpr char key[] = "sk-e2e-secret-0123456789";

    using Run = CliProcess::Run;

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        process.environment().insert(QStringLiteral("CONFAB_API_KEY"), QLatin1String(key));
        process.environment().insert(QStringLiteral("CONFAB_BASE_URL"),
                                     m_server->baseUrl().toString());
        process.environment().remove(QStringLiteral("CONFAB_MODEL"));
        return process.run(arguments, input);
    }

    static QByteArray chunk(const QJsonObject &delta, const char *finish = nullptr)
    {
        QJsonObject choice {{QLatin1String("index"), 0}, {QLatin1String("delta"), delta}};
        choice.insert(QLatin1String("finish_reason"),
                      finish ? QJsonValue(QLatin1String(finish)) : QJsonValue(QJsonValue::Null));
        return QJsonDocument(QJsonObject {{QLatin1String("model"), QStringLiteral("served-1")},
                                          {QLatin1String("choices"), QJsonArray {choice}}})
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray text(const QString &content, const char *finish = nullptr)
    {
        return chunk(QJsonObject {{QLatin1String("content"), content}}, finish);
    }

    static ScriptedResponse reasoningAnswer()
    {
        return ScriptedResponse::sse(
            {chunk(QJsonObject {
                 {QLatin1String("role"), QStringLiteral("assistant")},
                 {QLatin1String("reasoning_content"), QStringLiteral("Thinking hard")}}),
             text(QStringLiteral("The answer ")), text(QStringLiteral("is 42 — 答え"), "stop"),
             R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":5,"total_tokens":12}})"},
            5);
    }

    void verifyNoKeyIn(const Run &run)
    {
        QVERIFY(!run.out.contains(key));
        QVERIFY(!run.err.contains(key));
    }

private Q_SLOTS:
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

    void streamsTheAnswerToStdoutAndReasoningToStderr()
    {
        m_server->enqueue(reasoningAnswer());
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                             QStringLiteral("--param"), QStringLiteral("temperature=0.3"),
                             QStringLiteral("--system"), QStringLiteral("Be kind"),
                             QStringLiteral("What is it?")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("The answer is 42 — 答え\n"));
        QVERIFY(run.err.contains("Thinking hard"));
        verifyNoKeyIn(run);

        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + key);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("m1"));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Be kind"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("What is it?"));
    }

    void hideReasoning()
    {
        m_server->enqueue(reasoningAnswer());
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                             QStringLiteral("--hide-reasoning"), QStringLiteral("Q")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.err.contains("Thinking"));
        QVERIFY(run.out.startsWith("The answer"));
    }

    void jsonResult()
    {
        m_server->enqueue(ScriptedResponse::sse(
            {chunk(QJsonObject {{QLatin1String("reasoning"), QStringLiteral("Plan")}}),
             chunk(QJsonObject {
                 {QLatin1String("tool_calls"),
                  QJsonArray {QJsonObject {
                      {QLatin1String("index"), 0},
                      {QLatin1String("id"), QStringLiteral("call_1")},
                      {QLatin1String("type"), QStringLiteral("function")},
                      {QLatin1String("function"),
                       QJsonObject {{QLatin1String("name"), QStringLiteral("get_weather")},
                                    {QLatin1String("arguments"), QString()}}}}}}}),
             chunk(QJsonObject {
                 {QLatin1String("tool_calls"),
                  QJsonArray {QJsonObject {{QLatin1String("index"), 0},
                                           {QLatin1String("function"),
                                            QJsonObject {{QLatin1String("arguments"),
                                                          QStringLiteral("{\"city\":")}}}}}}}),
             chunk(QJsonObject {{QLatin1String("tool_calls"),
                                 QJsonArray {QJsonObject {
                                     {QLatin1String("index"), 0},
                                     {QLatin1String("function"),
                                      QJsonObject {{QLatin1String("arguments"),
                                                    QStringLiteral("\"Paris\"}")}}}}}}},
                   "tool_calls"),
             R"({"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})"},
            3));
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                             QStringLiteral("--json"), QStringLiteral("Weather?")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("content")).toString(), QString());
        QCOMPARE(result.value(QLatin1String("reasoning")).toString(), QStringLiteral("Plan"));
        QCOMPARE(result.value(QLatin1String("finish_reason")).toString(),
                 QStringLiteral("tool_calls"));
        QCOMPARE(result.value(QLatin1String("model")).toString(), QStringLiteral("served-1"));
        const QJsonObject call
            = result.value(QLatin1String("tool_calls")).toArray().at(0).toObject();
        QCOMPARE(call.value(QLatin1String("id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(call.value(QLatin1String("name")).toString(), QStringLiteral("get_weather"));
        QCOMPARE(call.value(QLatin1String("arguments")).toString(),
                 QStringLiteral("{\"city\":\"Paris\"}"));
        QCOMPARE(result.value(QLatin1String("usage"))
                     .toObject()
                     .value(QLatin1String("total_tokens"))
                     .toInt(),
                 3);
        const QJsonObject timings = result.value(QLatin1String("timings")).toObject();
        QVERIFY(timings.value(QLatin1String("first_byte_ms")).isDouble());
        QVERIFY(timings.value(QLatin1String("first_token_ms")).isDouble());
        QVERIFY(timings.value(QLatin1String("total_ms")).toDouble()
                >= timings.value(QLatin1String("first_token_ms")).toDouble());
        QVERIFY(!result.contains(QLatin1String("error")));
    }

    void promptFromStdin()
    {
        m_server->enqueue(ScriptedResponse::sse({text(QStringLiteral("ok"), "stop")}));
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                             QStringLiteral("-")},
                            QStringLiteral("Ünïcode prompt\nfrom stdin").toUtf8());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject body
            = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value(QLatin1String("messages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Ünïcode prompt\nfrom stdin"));
    }

    void nonStreaming()
    {
        m_server->enqueue(ScriptedResponse::json(
            200,
            R"({"choices":[{"index":0,"message":{"role":"assistant","content":"Whole"},"finish_reason":"length"}]})"));
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                             QStringLiteral("--no-stream"), QStringLiteral("Q")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Whole\n"));
        QVERIFY(run.err.contains("cut off"));
        QVERIFY(!QJsonDocument::fromJson(m_server->requests().constFirst().body)
                     .object()
                     .contains(QLatin1String("stream")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"message":"Invalid key"}})") << 4
                             << QStringLiteral("auth");
        QTest::newRow("403") << 403 << QByteArray("forbidden") << 4 << QStringLiteral("forbidden");
        QTest::newRow("404") << 404 << QByteArray(R"({"error":{"message":"no such model"}})") << 5
                             << QStringLiteral("not_found");
        QTest::newRow("500") << 500 << QByteArray("<html><title>oops</title></html>") << 5
                             << QStringLiteral("server");
    }

    void exitCodes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        m_server->enqueue(ScriptedResponse::text(status, "application/json", body));
        const Run text
            = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                   QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("Q")});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY(text.err.startsWith("confab-cli: "));
        verifyNoKeyIn(text);

        m_server->enqueue(ScriptedResponse::text(status, "application/json", body));
        const Run json
            = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                   QStringLiteral("--json"), QStringLiteral("--retries"), QStringLiteral("0"),
                   QStringLiteral("Q")});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject error
            = QJsonDocument::fromJson(json.out).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), kind);
        QCOMPARE(error.value(QLatin1String("http_status")).toInt(), status);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    }

    void malformedStreamIsExitSixAndKeepsTheText()
    {
        m_server->enqueue(ScriptedResponse::sse({text(QStringLiteral("kept")), "{broken"}));
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                             QStringLiteral("Q")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.out.startsWith("kept"));
        QVERIFY(run.err.contains("malformed"));
    }

    void stalledStreamIsExitThreeAndKeepsTheText()
    {
        ScriptedResponse response
            = ScriptedResponse::sse({text(QStringLiteral("so far"))}, 0, false);
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
        const Run run
            = cli({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m1"),
                   QStringLiteral("--idle-timeout"), QStringLiteral("0.3"), QStringLiteral("Q")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.startsWith("so far"));
        QVERIFY(run.err.contains("stalled"));
    }

    void refusedConnectionIsExitThree()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort());
        probe.close();
        const Run run = cli({QStringLiteral("models"), QStringLiteral("--base-url"), url});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("refused"));
    }

    void usageErrorIsExitTwo()
    {
        const Run run = cli({QStringLiteral("ask"), QStringLiteral("--param"),
                             QStringLiteral("temperature=9"), QStringLiteral("--model"),
                             QStringLiteral("m"), QStringLiteral("Q")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("temperature"));
        QVERIFY(run.err.contains("Usage"));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void listsModels()
    {
        m_server->enqueue(ScriptedResponse::json(
            200, R"({"data":[{"id":"zeta"},{"id":"alpha","owned_by":"me"}]})"));
        const Run plain = cli({QStringLiteral("models")});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out, QByteArray("alpha\nzeta\n"));

        m_server->enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"zeta"}]})"));
        const Run json = cli({QStringLiteral("models"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QLatin1String("models"))
                     .toArray()
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
