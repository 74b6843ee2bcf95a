#include "protocol/modelparameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

static QJsonObject written(const ModelParameters &parameters)
{
    QJsonObject body;
    parameters.writeTo(body);
    return body;
}

static QJsonObject jsonObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The one problem `parameters` has; fails the comparison in the caller when there are more.
static QString onlyProblem(const ModelParameters &parameters)
{
    const QStringList problems = parameters.validate();
    return problems.size() == 1 ? problems.constFirst()
                                : QStringLiteral("%1 problems: %2")
                                      .arg(problems.size())
                                      .arg(problems.join(QLatin1String(" | ")));
}

class TestModelParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSetWritesNothing()
    {
        const ModelParameters parameters;
        QVERIFY(parameters.validate().isEmpty());
        QJsonObject body {{QLatin1String("model"), QStringLiteral("m")}};
        parameters.writeTo(body);
        QCOMPARE(body, QJsonObject({{QLatin1String("model"), QStringLiteral("m")}}));
    }

    void everyFieldHasItsKey()
    {
        ModelParameters parameters;
        parameters.maxTokens = 100;
        parameters.maxCompletionTokens = 200;
        parameters.temperature = 0.5;
        parameters.topP = 0.9;
        parameters.n = 2;
        parameters.stop = QStringList {QStringLiteral("END"), QStringLiteral("\n\n")};
        parameters.presencePenalty = -1.5;
        parameters.frequencyPenalty = 1.25;
        parameters.logitBias = QMap<QString, int> {{QStringLiteral("50256"), -100}};
        parameters.user = QStringLiteral("u-1");
        parameters.toolChoice = QJsonValue(QStringLiteral("required"));
        parameters.responseFormat
            = QJsonObject {{QLatin1String("type"), QStringLiteral("json_object")}};
        parameters.seed = 42;
        parameters.reasoningEffort = QStringLiteral("high");
        QVERIFY2(parameters.validate().isEmpty(), qPrintable(parameters.validate().join(u'\n')));

        const QJsonObject expected = jsonObject(
            R"({"max_tokens":100,"max_completion_tokens":200,"temperature":0.5,"top_p":0.9,)"
            R"("n":2,"stop":["END","\n\n"],"presence_penalty":-1.5,"frequency_penalty":1.25,)"
            R"("logit_bias":{"50256":-100},"user":"u-1","tool_choice":"required",)"
            R"("response_format":{"type":"json_object"},"seed":42,"reasoning_effort":"high"})");
        QCOMPARE(written(parameters), expected);

        // The key list names exactly what can be written.
        QStringList keys = ModelParameters::keys();
        keys.sort();
        QCOMPARE(keys, expected.keys());

        // And what was written reads back the same (a saved conversation's parameters).
        QCOMPARE(written(ModelParameters::fromJson(expected)), expected);
    }

    void fromJsonLeavesOutWhatItCannotRead()
    {
        const QJsonObject body = jsonObject(
            R"({"temperature":"warm","max_tokens":12.5,"seed":7,"stop":"END","extra":1,)"
            R"("logit_bias":[1],"tool_choice":{"type":"function"}})");
        const QJsonObject expected
            = jsonObject(R"({"seed":7,"stop":["END"],"tool_choice":{"type":"function"}})");
        QCOMPARE(written(ModelParameters::fromJson(body)), expected);
        QCOMPARE(written(ModelParameters::fromJson({})), QJsonObject());
    }

    void onlySetFieldsAreWritten_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        auto row = [](const char *key, const char *value, const char *expected) {
            QTest::newRow(key) << QString::fromUtf8(key) << QString::fromUtf8(value)
                               << QByteArray(expected);
        };
        row("max_tokens", "256", R"({"max_tokens":256})");
        row("max_completion_tokens", "4096", R"({"max_completion_tokens":4096})");
        row("temperature", "0", R"({"temperature":0})");
        row("top_p", "0.25", R"({"top_p":0.25})");
        row("n", "3", R"({"n":3})");
        row("stop", "STOP", R"({"stop":["STOP"]})");
        row("presence_penalty", "-2", R"({"presence_penalty":-2})");
        row("frequency_penalty", "2", R"({"frequency_penalty":2})");
        row("logit_bias", R"({"50256":-100,"1":5})", R"({"logit_bias":{"1":5,"50256":-100}})");
        row("user", "alice", R"({"user":"alice"})");
        row("tool_choice", "none", R"({"tool_choice":"none"})");
        row("response_format", "text", R"({"response_format":{"type":"text"}})");
        row("seed", "-7", R"({"seed":-7})");
        row("reasoning_effort", "minimal", R"({"reasoning_effort":"minimal"})");
    }

    void onlySetFieldsAreWritten()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        ModelParameters parameters;
        QCOMPARE(parameters.set(key, value), QString());
        QVERIFY2(parameters.validate().isEmpty(), qPrintable(parameters.validate().join(u'\n')));
        QCOMPARE(written(parameters), QJsonDocument::fromJson(expected).object());
    }

    void rangeChecks_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        auto row = [](const char *name, const char *key, const char *value, bool valid) {
            QTest::newRow(name) << QString::fromUtf8(key) << QString::fromUtf8(value) << valid;
        };
        row("temperature 0", "temperature", "0", true);
        row("temperature 2", "temperature", "2", true);
        row("temperature -0.01", "temperature", "-0.01", false);
        row("temperature 2.01", "temperature", "2.01", false);
        row("temperature nan", "temperature", "nan", false);
        row("top_p 0", "top_p", "0", true);
        row("top_p 1", "top_p", "1", true);
        row("top_p 1.5", "top_p", "1.5", false);
        row("top_p -0.1", "top_p", "-0.1", false);
        row("presence_penalty -2", "presence_penalty", "-2", true);
        row("presence_penalty 2", "presence_penalty", "2", true);
        row("presence_penalty -2.5", "presence_penalty", "-2.5", false);
        row("frequency_penalty 2.5", "frequency_penalty", "2.5", false);
        row("frequency_penalty -3", "frequency_penalty", "-3", false);
        row("n 1", "n", "1", true);
        row("n 128", "n", "128", true);
        row("n 0", "n", "0", false);
        row("n -1", "n", "-1", false);
        row("n 129", "n", "129", false);
        row("n huge", "n", "99999999999", false);
        row("max_tokens 1", "max_tokens", "1", true);
        row("max_tokens 0", "max_tokens", "0", false);
        row("max_tokens -5", "max_tokens", "-5", false);
        row("max_completion_tokens 0", "max_completion_tokens", "0", false);
        row("reasoning_effort none", "reasoning_effort", "none", true);
        row("reasoning_effort low", "reasoning_effort", "low", true);
        row("reasoning_effort medium", "reasoning_effort", "medium", true);
        row("reasoning_effort xhigh", "reasoning_effort", "xhigh", true);
        row("reasoning_effort High", "reasoning_effort", "High", false);
        row("reasoning_effort max", "reasoning_effort", "max", false);
        row("reasoning_effort empty", "reasoning_effort", "", false);
        row("tool_choice auto", "tool_choice", "auto", true);
        row("tool_choice required", "tool_choice", "required", true);
        row("tool_choice any", "tool_choice", "any", false);
        row("tool_choice function", "tool_choice",
            R"({"type":"function","function":{"name":"get_weather"}})", true);
        row("tool_choice function without name", "tool_choice",
            R"({"type":"function","function":{}})", false);
        row("tool_choice object without type", "tool_choice", R"({"function":{"name":"f"}})",
            false);
        row("response_format json_object", "response_format", "json_object", true);
        row("response_format json_schema", "response_format",
            R"({"type":"json_schema","json_schema":{"name":"answer","schema":{}}})", true);
        row("response_format json_schema without name", "response_format",
            R"({"type":"json_schema","json_schema":{"schema":{}}})", false);
        row("response_format xml", "response_format", "xml", false);
        row("response_format json_schema name with a space", "response_format",
            R"({"type":"json_schema","json_schema":{"name":"my answer","schema":{}}})", false);
        row("response_format json_schema schema not an object", "response_format",
            R"({"type":"json_schema","json_schema":{"name":"a","schema":"object"}})", false);
        row("user empty", "user", "", false);
    }

    // Each problem is reported once, in a message that names the field.
    void rangeChecks()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        ModelParameters parameters;
        QCOMPARE(parameters.set(key, value), QString());
        const QStringList problems = parameters.validate();
        if (valid) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.constFirst().contains(key), qPrintable(problems.constFirst()));
        }
    }

    void rangeMessageNamesTheLimits()
    {
        ModelParameters parameters;
        parameters.temperature = 2.5;
        QCOMPARE(onlyProblem(parameters),
                 QStringLiteral("temperature must be between 0 and 2 (it is 2.5)."));
        parameters = {};
        parameters.topP = -0.5;
        QCOMPARE(onlyProblem(parameters),
                 QStringLiteral("top_p must be between 0 and 1 (it is -0.5)."));
        parameters = {};
        parameters.frequencyPenalty = 3;
        QCOMPARE(onlyProblem(parameters),
                 QStringLiteral("frequency_penalty must be between -2 and 2 (it is 3)."));
        parameters = {};
        parameters.n = 0;
        QCOMPARE(onlyProblem(parameters), QStringLiteral("n must be between 1 and 128 (it is 0)."));
        parameters = {};
        parameters.temperature = std::numeric_limits<double>::infinity();
        QVERIFY(onlyProblem(parameters).startsWith(QLatin1String("temperature must be")));
    }

    void severalProblemsAreAllReported()
    {
        ModelParameters parameters;
        parameters.temperature = 3;
        parameters.topP = 2;
        parameters.maxTokens = 0;
        parameters.reasoningEffort = QStringLiteral("huge");
        const QStringList problems = parameters.validate();
        QCOMPARE(problems.size(), 4);
        const QString all = problems.join(u'\n');
        for (const char *name : {"temperature", "top_p", "max_tokens", "reasoning_effort"})
            QVERIFY2(all.contains(QLatin1String(name)), name);
    }

    void stopSequences()
    {
        ModelParameters parameters;
        parameters.stop = QStringList {QStringLiteral("a"), QStringLiteral("b"),
                                       QStringLiteral("c"), QStringLiteral("d")};
        QVERIFY(parameters.validate().isEmpty());
        parameters.stop->append(QStringLiteral("e"));
        QString problem = onlyProblem(parameters);
        QVERIFY2(problem.contains(QLatin1String("stop")) && problem.contains(QLatin1String("4"))
                     && problem.contains(QLatin1String("5")),
                 qPrintable(problem));

        parameters.stop = QStringList {QStringLiteral("a"), QString()};
        problem = onlyProblem(parameters);
        QVERIFY2(problem.contains(QLatin1String("stop sequence cannot be empty")),
                 qPrintable(problem));

        // An empty list is allowed and written as an empty array.
        parameters.stop = QStringList();
        QVERIFY(parameters.validate().isEmpty());
        QCOMPARE(written(parameters).value(QLatin1String("stop")).toArray(), QJsonArray());
    }

    void stopGivenRepeatedlyAppends()
    {
        ModelParameters parameters;
        QCOMPARE(parameters.set(QStringLiteral("stop"), QStringLiteral("END")), QString());
        QCOMPARE(parameters.set(QStringLiteral("stop"), QStringLiteral("Human:")), QString());
        QCOMPARE(parameters.set(QStringLiteral("stop"), QStringLiteral(R"(["x","y"])")), QString());
        QCOMPARE(*parameters.stop,
                 QStringList({QStringLiteral("END"), QStringLiteral("Human:"), QStringLiteral("x"),
                              QStringLiteral("y")}));
        QVERIFY(parameters.validate().isEmpty());
        QCOMPARE(parameters.set(QStringLiteral("stop"), QStringLiteral("five")), QString());
        QVERIFY(onlyProblem(parameters).contains(QLatin1String("stop")));
        // Stop text is kept as typed, spaces included.
        ModelParameters spaced;
        spaced.set(QStringLiteral("stop"), QStringLiteral(" \n"));
        QCOMPARE(*spaced.stop, QStringList {QStringLiteral(" \n")});
    }

    void logitBias()
    {
        ModelParameters parameters;
        parameters.logitBias
            = QMap<QString, int> {{QStringLiteral("50256"), -100}, {QStringLiteral("11"), 100}};
        QVERIFY(parameters.validate().isEmpty());

        parameters.logitBias = QMap<QString, int> {{QStringLiteral("hello"), 5}};
        QString problem = onlyProblem(parameters);
        QVERIFY2(problem.contains(QLatin1String("logit_bias"))
                     && problem.contains(QLatin1String("hello")),
                 qPrintable(problem));

        parameters.logitBias = QMap<QString, int> {{QStringLiteral("-1"), 5}};
        QVERIFY(onlyProblem(parameters).contains(QLatin1String("logit_bias")));

        parameters.logitBias = QMap<QString, int> {{QStringLiteral("7"), 101}};
        problem = onlyProblem(parameters);
        QVERIFY2(problem.contains(QLatin1String("logit_bias"))
                     && problem.contains(QLatin1String("101")),
                 qPrintable(problem));
        parameters.logitBias = QMap<QString, int> {{QStringLiteral("7"), -101}};
        QVERIFY(onlyProblem(parameters).contains(QLatin1String("-101")));
    }

    void logitBiasFromText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QStringLiteral(R"({"50256": -100, "1": 0})") << true << true;
        QTest::newRow("not JSON") << QStringLiteral("50256:-100") << false << false;
        QTest::newRow("array") << QStringLiteral("[1,2]") << false << false;
        QTest::newRow("string value") << QStringLiteral(R"({"1":"5"})") << false << false;
        QTest::newRow("fraction") << QStringLiteral(R"({"1":0.5})") << false << false;
        QTest::newRow("word key") << QStringLiteral(R"({"cat":5})") << true << false;
        QTest::newRow("too big") << QStringLiteral(R"({"1":150})") << true << false;
        QTest::newRow("far too big") << QStringLiteral(R"({"1":1e12})") << true << false;
        QTest::newRow("far too small") << QStringLiteral(R"({"1":-1e12})") << true << false;
    }

    void logitBiasFromText()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(bool, valid);
        ModelParameters parameters;
        const QString error = parameters.set(QStringLiteral("logit_bias"), value);
        QCOMPARE(error.isEmpty(), accepted);
        if (!accepted) {
            QVERIFY2(error.contains(QLatin1String("logit_bias")), qPrintable(error));
            QVERIFY(!parameters.logitBias);
            return;
        }
        QCOMPARE(parameters.validate().isEmpty(), valid);
        if (!valid)
            QVERIFY(onlyProblem(parameters).contains(QLatin1String("logit_bias")));
    }

    void setParsesNumbers()
    {
        ModelParameters parameters;
        QCOMPARE(parameters.set(QStringLiteral("temperature"), QStringLiteral(" 0.7 ")), QString());
        QCOMPARE(*parameters.temperature, 0.7);
        QCOMPARE(parameters.set(QStringLiteral("temperature"), QStringLiteral("1e-1")), QString());
        QCOMPARE(*parameters.temperature, 0.1);
        QCOMPARE(parameters.set(QStringLiteral("max_tokens"), QStringLiteral("1024")), QString());
        QCOMPARE(*parameters.maxTokens, 1024);
        QCOMPARE(parameters.set(QStringLiteral("seed"), QStringLiteral("9007199254740993")),
                 QString());
        QCOMPARE(*parameters.seed, Q_INT64_C(9007199254740993));
        QCOMPARE(parameters.set(QStringLiteral("n"), QStringLiteral("4")), QString());
        QCOMPARE(*parameters.n, 4);
        QCOMPARE(parameters.set(QStringLiteral("reasoning_effort"), QStringLiteral(" low ")),
                 QString());
        QCOMPARE(*parameters.reasoningEffort, QStringLiteral("low"));
        // A later value replaces an earlier one.
        QCOMPARE(parameters.set(QStringLiteral("max_tokens"), QStringLiteral("8")), QString());
        QCOMPARE(*parameters.maxTokens, 8);
    }

    void setRejectsBadNumbers_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("temperature word")
            << QStringLiteral("temperature") << QStringLiteral("hot")
            << QStringLiteral("temperature needs a number, not \"hot\".");
        QTest::newRow("temperature comma")
            << QStringLiteral("temperature") << QStringLiteral("0,7")
            << QStringLiteral("temperature needs a number, not \"0,7\".");
        QTest::newRow("top_p empty") << QStringLiteral("top_p") << QString()
                                     << QStringLiteral("top_p needs a number, not \"\".");
        QTest::newRow("presence_penalty unit")
            << QStringLiteral("presence_penalty") << QStringLiteral("1x")
            << QStringLiteral("presence_penalty needs a number, not \"1x\".");
        QTest::newRow("max_tokens fraction")
            << QStringLiteral("max_tokens") << QStringLiteral("1.5")
            << QStringLiteral("max_tokens needs a whole number, not \"1.5\".");
        QTest::newRow("max_completion_tokens word")
            << QStringLiteral("max_completion_tokens") << QStringLiteral("lots")
            << QStringLiteral("max_completion_tokens needs a whole number, not \"lots\".");
        QTest::newRow("n fraction") << QStringLiteral("n") << QStringLiteral("2.0")
                                    << QStringLiteral("n needs a whole number, not \"2.0\".");
        QTest::newRow("seed empty") << QStringLiteral("seed") << QString()
                                    << QStringLiteral("seed needs a whole number, not \"\".");
    }

    void setRejectsBadNumbers()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        ModelParameters parameters;
        QCOMPARE(parameters.set(key, value), expected);
        QVERIFY(written(parameters).isEmpty());
    }

    void setRejectsUnknownKeys()
    {
        ModelParameters parameters;
        for (const char *key : {"temprature", "Temperature", "max-tokens", ""}) {
            const QString error = parameters.set(QString::fromUtf8(key), QStringLiteral("1"));
            QVERIFY2(error.startsWith(
                         QStringLiteral("Unknown parameter \"%1\".").arg(QString::fromUtf8(key))),
                     qPrintable(error));
            // It lists what is known, so the typo can be fixed.
            QVERIFY(error.contains(QLatin1String("temperature")));
            QVERIFY(error.contains(QLatin1String("max_tokens")));
        }
        QVERIFY(written(parameters).isEmpty());
    }

    void setEveryKnownKey()
    {
        // Every key the help lists can be set.
        for (const QString &key : ModelParameters::keys()) {
            ModelParameters parameters;
            const QString value = key == QLatin1String("logit_bias") ? QStringLiteral(R"({"1":1})")
                : key == QLatin1String("tool_choice")                ? QStringLiteral("auto")
                : key == QLatin1String("response_format")            ? QStringLiteral("text")
                : key == QLatin1String("reasoning_effort")           ? QStringLiteral("low")
                                                                     : QStringLiteral("1");
            QVERIFY2(parameters.set(key, value).isEmpty(), qPrintable(key));
            QVERIFY2(written(parameters).contains(key), qPrintable(key));
            QCOMPARE(written(parameters).size(), 1);
        }
    }

    void toolChoiceObjectIsKeptAsObject()
    {
        ModelParameters parameters;
        QCOMPARE(parameters.set(QStringLiteral("tool_choice"),
                                QStringLiteral(R"({"type":"function","function":{"name":"f"}})")),
                 QString());
        QVERIFY(parameters.toolChoice->isObject());
        QCOMPARE(written(parameters).value(QLatin1String("tool_choice")).toObject(),
                 jsonObject(R"({"type":"function","function":{"name":"f"}})"));

        parameters.toolChoice = QJsonValue(42);
        QVERIFY(onlyProblem(parameters).contains(QLatin1String("tool_choice")));
    }

    void responseFormatObjectIsKept()
    {
        ModelParameters parameters;
        const char *schema
            = R"({"type":"json_schema","json_schema":{"name":"a","strict":true,"schema":{"type":"object"}}})";
        QCOMPARE(parameters.set(QStringLiteral("response_format"), QString::fromUtf8(schema)),
                 QString());
        QCOMPARE(written(parameters).value(QLatin1String("response_format")).toObject(),
                 jsonObject(schema));
        parameters.responseFormat = QJsonObject();
        QVERIFY(onlyProblem(parameters).contains(QLatin1String("response_format")));
    }
};

QTEST_GUILESS_MAIN(TestModelParameters)
#include "tst_modelparameters.moc"
