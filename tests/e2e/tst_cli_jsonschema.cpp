#include "answerscript.h"
#include "cliprocess.h"
#include "loopbackserver.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// confab-cli ask --json-schema FILE, the real executable, against a real loopback server.
class TestCliJsonSchema : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    QTemporaryDir m_folder;

    CliProcess::Run ask(const QString &schemaPath)
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        process.environment().insert(u"CONFAB_API_KEY"_s, u"sk-e2e"_s);
        process.environment().insert(u"CONFAB_BASE_URL"_s, m_server->baseUrl().toString());
        process.environment().remove(u"CONFAB_MODEL"_s);
        return process.run({u"ask"_s, u"--model"_s, u"m1"_s, u"--json-schema"_s, schemaPath,
                            u"Weather in Oslo?"_s});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void sendsTheSchemaAsResponseFormat()
    {
        const QString path = TestFiles::write(m_folder, u"weather.schema.json"_s, R"({
            "title": "Weather report", "type": "object",
            "properties": {"city": {"type": "string"}, "celsius": {"type": "number"}},
            "required": ["city", "celsius"], "additionalProperties": false})");
        m_server->enqueue(
            ScriptedResponse::sse({AnswerScript::contentChunk(u"{\"city\": \"Oslo\", "_s),
                                   AnswerScript::contentChunk(u"\"celsius\": -3}"_s, "stop")},
                                  5));
        const CliProcess::Run run = ask(path);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("{\"city\": \"Oslo\", \"celsius\": -3}\n"));

        QCOMPARE(m_server->requests().size(), 1);
        const QJsonObject body
            = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value(u"response_format"_s).toObject(),
                 QJsonDocument::fromJson(R"({"type": "json_schema", "json_schema": {
                     "name": "Weather_report", "strict": true, "schema": {
                     "title": "Weather report", "type": "object",
                     "properties": {"city": {"type": "string"}, "celsius": {"type": "number"}},
                     "required": ["city", "celsius"], "additionalProperties": false}}})")
                     .object());
        QCOMPARE(body.value(u"model"_s).toString(), u"m1"_s);
    }

    void namedAfterTheFileWithoutATitle()
    {
        const QString path = TestFiles::write(m_folder, u"forecast.json"_s, R"({"type": "array"})");
        m_server->enqueue(ScriptedResponse::sse({AnswerScript::contentChunk(u"[]"_s, "stop")}, 5));
        QCOMPARE(ask(path).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(m_server->requests().constFirst().body)
                     .object()
                     .value(u"response_format"_s)
                     .toObject(),
                 QJsonDocument::fromJson(R"({"type": "json_schema", "json_schema": {
                     "name": "forecast", "strict": true, "schema": {"type": "array"}}})")
                     .object());
    }

    // Usage errors: exit 2, said on stderr, and nothing is sent.
    void aBadFileIsAUsageError()
    {
        const QString missing = m_folder.filePath(u"missing.json"_s);
        CliProcess::Run run = ask(missing);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"confab-cli: Cannot read the JSON Schema file %1: No such "
                                    "file or directory.\n"_s.arg(missing)
                                        .toUtf8()),
                 run.err.constData());

        const QString broken
            = TestFiles::write(m_folder, u"broken.json"_s, R"({"type": "object",})");
        run = ask(broken);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"confab-cli: %1: The schema is not valid JSON: object is "
                                    "missing after a comma at character 19.\n"_s.arg(broken)
                                        .toUtf8()),
                 run.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliJsonSchema)
#include "tst_cli_jsonschema.moc"
