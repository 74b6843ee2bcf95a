#include "clioptions.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestCliOptions : public QObject
{
    Q_OBJECT

    static CliOptions parse(const QStringList &arguments, const QStringList &environment = {})
    {
        return CliOptions::parse(QStringList {QStringLiteral("confab-cli")} + arguments,
                                 environment);
    }

private Q_SLOTS:
    void askWithEverything()
    {
        const CliOptions options = parse({QStringLiteral("ask"),
                                          QStringLiteral("--base-url"),
                                          QStringLiteral("http://localhost:11434/v1"),
                                          QStringLiteral("--api-key-env"),
                                          QStringLiteral("MY_KEY"),
                                          QStringLiteral("--model"),
                                          QStringLiteral("llama3"),
                                          QStringLiteral("--system"),
                                          QStringLiteral("Be brief"),
                                          QStringLiteral("--param"),
                                          QStringLiteral("temperature=0.2"),
                                          QStringLiteral("--param"),
                                          QStringLiteral("stop=END"),
                                          QStringLiteral("--param"),
                                          QStringLiteral("stop=STOP"),
                                          QStringLiteral("--no-stream"),
                                          QStringLiteral("--json"),
                                          QStringLiteral("--hide-reasoning"),
                                          QStringLiteral("--idle-timeout"),
                                          QStringLiteral("2.5"),
                                          QStringLiteral("Hello there")},
                                         {QStringLiteral("MY_KEY=sk-test")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.command, CliOptions::Command::Ask);
        QCOMPARE(options.endpoint.baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QCOMPARE(options.endpoint.apiKey, QStringLiteral("sk-test"));
        QCOMPARE(options.model, QStringLiteral("llama3"));
        QCOMPARE(options.system, QStringLiteral("Be brief"));
        QCOMPARE(*options.parameters.temperature, 0.2);
        QCOMPARE(*options.parameters.stop,
                 (QStringList {QStringLiteral("END"), QStringLiteral("STOP")}));
        QVERIFY(!options.stream);
        QVERIFY(options.json);
        QVERIFY(options.hideReasoning);
        QCOMPARE(options.client.idleTimeoutMs, 2500);
        QCOMPARE(options.prompt, QStringLiteral("Hello there"));
    }

    void defaultsComeFromTheEnvironment()
    {
        const CliOptions options = parse(
            {QStringLiteral("ask"), QStringLiteral("-")},
            {QStringLiteral("CONFAB_BASE_URL=https://api.deepseek.com/v1"),
             QStringLiteral("CONFAB_API_KEY=k"), QStringLiteral("CONFAB_MODEL=deepseek-chat")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.endpoint.baseUrl.host(), QStringLiteral("api.deepseek.com"));
        QCOMPARE(options.endpoint.apiKey, QStringLiteral("k"));
        QCOMPARE(options.model, QStringLiteral("deepseek-chat"));
        QCOMPARE(options.prompt, QStringLiteral("-"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("ask, models");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("chat")} << QStringLiteral("chat");
        QTest::newRow("no prompt")
            << QStringList {QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m")}
            << QStringLiteral("PROMPT");
        QTest::newRow("no model") << QStringList {QStringLiteral("ask"), QStringLiteral("hi")}
                                  << QStringLiteral("model");
        QTest::newRow("bad param") << QStringList {QStringLiteral("ask"),
                                                   QStringLiteral("--model"),
                                                   QStringLiteral("m"),
                                                   QStringLiteral("--param"),
                                                   QStringLiteral("temperature=hot"),
                                                   QStringLiteral("hi")}
                                   << QStringLiteral("temperature");
        QTest::newRow("out of range")
            << QStringList {QStringLiteral("ask"),     QStringLiteral("--model"),
                            QStringLiteral("m"),       QStringLiteral("--param"),
                            QStringLiteral("top_p=3"), QStringLiteral("hi")}
            << QStringLiteral("top_p");
        QTest::newRow("unknown param")
            << QStringList {QStringLiteral("ask"),      QStringLiteral("--model"),
                            QStringLiteral("m"),        QStringLiteral("--param"),
                            QStringLiteral("warmth=1"), QStringLiteral("hi")}
            << QStringLiteral("warmth");
        QTest::newRow("missing key variable")
            << QStringList {QStringLiteral("models"), QStringLiteral("--api-key-env"),
                            QStringLiteral("NOPE")}
            << QStringLiteral("NOPE");
        QTest::newRow("bad url") << QStringList {QStringLiteral("models"),
                                                 QStringLiteral("--base-url"),
                                                 QStringLiteral("ftp://x")}
                                 << QStringLiteral("ftp://x");
        QTest::newRow("option without value")
            << QStringList {QStringLiteral("models"), QStringLiteral("--base-url")}
            << QStringLiteral("--base-url");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("models"), QStringLiteral("--colour"),
                            QStringLiteral("x")}
            << QStringLiteral("--colour");
        QTest::newRow("provider and base url")
            << QStringList {QStringLiteral("models"), QStringLiteral("--provider"),
                            QStringLiteral("OpenAI"), QStringLiteral("--base-url"),
                            QStringLiteral("http://localhost:1/v1")}
            << QStringLiteral("--provider");
        QTest::newRow("key on the command line")
            << QStringList {QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("OpenAI"),
                            QStringLiteral("sk-123")}
            << QStringLiteral("stdin");
        QTest::newRow("keys without name")
            << QStringList {QStringLiteral("keys"), QStringLiteral("delete")}
            << QStringLiteral("keys delete NAME");
        QTest::newRow("bad timeout")
            << QStringList {QStringLiteral("models"), QStringLiteral("--idle-timeout"),
                            QStringLiteral("-1")}
            << QStringLiteral("--idle-timeout");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliOptions options = parse(arguments);
        QVERIFY(!options.error.isEmpty());
        QVERIFY2(options.error.contains(mentions), qPrintable(options.error));
    }

    void providerCommands()
    {
        const CliOptions list = parse({QStringLiteral("providers"), QStringLiteral("--json")});
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.command, CliOptions::Command::Providers);
        QVERIFY(list.json);

        const CliOptions set
            = parse({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("My Groq")});
        QCOMPARE(set.command, CliOptions::Command::KeysSet);
        QCOMPARE(set.provider, QStringLiteral("My Groq"));
        QCOMPARE(
            parse({QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("x")}).command,
            CliOptions::Command::KeysDelete);

        // With --provider no model is needed yet (the provider may have a default), and the
        // key in CONFAB_API_KEY does not silently win over the keychain.
        const CliOptions ask = CliOptions::parse(
            {QStringLiteral("confab-cli"), QStringLiteral("ask"), QStringLiteral("--provider"),
             QStringLiteral("DeepSeek"), QStringLiteral("hi")},
            {QStringLiteral("CONFAB_API_KEY=from-env")});
        QVERIFY2(ask.error.isEmpty(), qPrintable(ask.error));
        QCOMPARE(ask.provider, QStringLiteral("DeepSeek"));
        QVERIFY(ask.endpoint.apiKey.isEmpty());
        QVERIFY(!ask.apiKeyGiven);
    }

    // --json-schema FILE: response_format json_schema, named by the title or the file.
    void jsonSchemaFile()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto write = [&folder](const QString &name, const QByteArray &content) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return QString();
            return file.fileName();
        };
        const auto ask = [](const QString &path) {
            return parse({QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m"),
                          QStringLiteral("--json-schema"), path, QStringLiteral("hi")});
        };

        const QString titled
            = write(QStringLiteral("city.schema.json"), R"({"title":"City","type":"object"})");
        CliOptions options = ask(titled);
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.parameters.responseFormat,
                 QJsonDocument::fromJson(R"({"type":"json_schema","json_schema":{"name":"City",
                     "strict":true,"schema":{"title":"City","type":"object"}}})")
                     .object());

        options = ask(write(QStringLiteral("weather.json"), R"({"type":"object"})"));
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.parameters.responseFormat->value(QLatin1String("json_schema"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("weather"));

        const QString missing = folder.filePath(QStringLiteral("missing.json"));
        QCOMPARE(ask(missing).error,
                 QStringLiteral("Cannot read the JSON Schema file %1: No such file or directory.")
                     .arg(missing));
        const QString broken = write(QStringLiteral("broken.json"), R"({"type":)");
        QCOMPARE(
            ask(broken).error,
            QStringLiteral("%1: The schema is not valid JSON: unterminated object at character "
                           "8.")
                .arg(broken));
        QCOMPARE(parse({QStringLiteral("models"), QStringLiteral("--json-schema"), titled}).error,
                 QStringLiteral("--json-schema is an option of ask."));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).command, CliOptions::Command::Help);
        QCOMPARE(parse({QStringLiteral("--version")}).command, CliOptions::Command::Version);
        QVERIFY(CliOptions::usage().contains(QLatin1String("--api-key-env")));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
