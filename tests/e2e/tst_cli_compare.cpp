// confab-cli compare, the real executable, against real loopback servers: every column
// streams at once and on its own, at its own speed; one answering 429 and one stalling until
// its timeout leave the others intact; the table and --json report each column's answer,
// metrics, cost and error. Provider columns take their keys from a real Secret Service.
#include "answerscript.h"
#include "cliprocess.h"
#include "compare/modelprices.h"
#include "loopbackserver.h"
#include "providers/providerregistry.h"
#include "secretservicecheck.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr char envKey[] = "sk-compare-e2e-default";

const QString fastText = u"The fast answer arrives first."_s;
const QString slowText = u"The slow answer takes its time, piece by piece."_s;

ScriptedResponse fastAnswer(const QString &model = u"test-model"_s)
{
    AnswerScript answer;
    answer.model = model;
    answer.content = AnswerScript::pieces(fastText, 5);
    answer.completionTokens = 7;
    return answer.response();
}

ScriptedResponse slowAnswer(const QString &model = u"test-model"_s)
{
    AnswerScript answer;
    answer.model = model;
    answer.content = AnswerScript::pieces(slowText, 6);
    answer.completionTokens = 11;
    answer.firstEventDelayMs = 400;
    answer.delayMs = 50;
    return answer.response();
}

ScriptedResponse rateLimited()
{
    return ScriptedResponse::json(
        429, R"({"error":{"message":"Rate limit reached","type":"rate_limit_exceeded"}})");
}

// Headers and the first two events, then nothing: only the idle timeout ends it.
ScriptedResponse stalled()
{
    AnswerScript answer;
    answer.content = {u"This answer "_s, u"never ends"_s};
    ScriptedResponse response = ScriptedResponse::sse(answer.events().mid(0, 2), 0, false);
    response.ending = ScriptedResponse::Ending::Stall;
    return response;
}

QString modelOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body)[u"model"_s].toString();
}

// The table's row for `label`.
QString tableRow(const QByteArray &out, const QString &label)
{
    for (const QString &line : QString::fromUtf8(out).split(u'\n')) {
        if (line.startsWith(u"| "_s + label + u' '))
            return line;
    }
    return {};
}

// The cells of that row, trimmed: model, first token, speed, tokens, duration, [cost,] finish.
QStringList cellsOf(const QByteArray &out, const QString &label)
{
    QStringList cells = tableRow(out, label).split(u'|');
    if (cells.size() < 3)
        return {};
    cells = cells.mid(1, cells.size() - 2);
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

QJsonObject columnNamed(const QJsonObject &result, const QString &label)
{
    for (const QJsonValue &column : result[u"columns"_s].toArray()) {
        if (column[u"label"_s].toString() == label)
            return column.toObject();
    }
    return {};
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

    using Run = CliProcess::Run;

    QTemporaryDir m_home;
    LoopbackServer *m_server = nullptr;

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        QProcessEnvironment &environment = process.environment();
        environment.insert(u"HOME"_s, m_home.filePath(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"CONFAB_API_KEY"_s, QString::fromLatin1(envKey));
        for (const QString &name : {u"CONFAB_BASE_URL"_s, u"CONFAB_MODEL"_s, u"CONFAB_PROVIDER"_s})
            environment.remove(name);
        return process.run(arguments, input, 30'000);
    }

    // Bare models share the server, which answers in the order the requests arrive: which
    // model got which queued answer.
    QHash<QString, int> answerIndexByModel() const
    {
        QHash<QString, int> indices;
        for (int i = 0; i < m_server->requests().size(); ++i)
            indices.insert(modelOf(m_server->requests().at(i)), i);
        return indices;
    }

    QString settingsPath() const { return m_home.filePath(u"config/Confab/Confab.ini"_s); }

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

    void oneColumnRateLimitedTheOthersComplete()
    {
        const QList<ScriptedResponse> answers {fastAnswer(), slowAnswer(), rateLimited()};
        for (const ScriptedResponse &answer : answers)
            m_server->enqueue(answer);
        const Run run = cli({u"compare"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                             u"--retries"_s, u"0"_s, u"-m"_s, u"alpha"_s, u"-m"_s, u"beta"_s,
                             u"-m"_s, u"gamma"_s, u"Which is best?"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server->requests().size(), 3);
        for (const RecordedRequest &request : m_server->requests()) {
            QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + envKey);
        }
        const QHash<QString, int> answer = answerIndexByModel();
        QCOMPARE(answer.size(), 3);
        const QString out = QString::fromUtf8(run.out);
        for (const QString &model : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
            const QStringList row = cellsOf(run.out, model);
            QVERIFY2(row.size() == 6, run.out.constData()); // no cost column: no prices
            const QString finish = row.constLast();
            switch (answer.value(model)) {
            case 0: // every piece, in one piece, under its heading
                QVERIFY2(out.contains(u"## "_s + model + u"\n\n"_s + fastText + u'\n'),
                         run.out.constData());
                QCOMPARE(finish, u"stop"_s);
                QCOMPARE(row.at(3), u"7"_s);
                break;
            case 1:
                QVERIFY2(out.contains(u"## "_s + model + u"\n\n"_s + slowText + u'\n'),
                         run.out.constData());
                QCOMPARE(finish, u"stop"_s);
                QCOMPARE(row.at(3), u"11"_s);
                break;
            default:
                QVERIFY2(finish.startsWith(u"error: "_s) && finish.contains(u"429"_s),
                         qPrintable(finish));
                QCOMPARE(row.at(3), u"—"_s);
                QVERIFY2(out.contains(u"## "_s + model + u"\n\n_"_s), run.out.constData());
                break;
            }
        }
        // Answers first, then the table with a row per column, in the order of -m.
        QVERIFY(out.indexOf(u"| model "_s) > out.lastIndexOf(u"## "_s));
        QVERIFY(out.indexOf(u"| alpha "_s) < out.indexOf(u"| beta "_s));
        QVERIFY(out.indexOf(u"| beta "_s) < out.indexOf(u"| gamma "_s));
    }

    void jsonMatchesTheKnownUsage()
    {
        m_server->enqueue(fastAnswer());
        m_server->enqueue(rateLimited());
        const Run run = cli({u"compare"_s, u"--json"_s, u"--base-url"_s,
                             m_server->baseUrl().toString(), u"--retries"_s, u"0"_s, u"-m"_s,
                             u"alpha"_s, u"-m"_s, u"beta"_s, u"Which is best?"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!result.isEmpty(), run.out.constData());
        QCOMPARE(result[u"answered"_s].toInt(), 1);
        const QJsonArray columns = result[u"columns"_s].toArray();
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns.at(0)[u"label"_s].toString(), u"alpha"_s); // in the order of -m
        QCOMPARE(columns.at(1)[u"label"_s].toString(), u"beta"_s);

        const QHash<QString, int> answer = answerIndexByModel();
        const QJsonObject answered = columnNamed(result, answer.key(0));
        const QJsonObject limited = columnNamed(result, answer.key(1));

        QCOMPARE(answered[u"content"_s].toString(), fastText);
        QCOMPARE(answered[u"finish_reason"_s].toString(), u"stop"_s);
        QCOMPARE(answered[u"answered_model"_s].toString(), u"test-model"_s);
        QVERIFY(answered[u"error"_s].isNull());
        QVERIFY(answered[u"provider"_s].isNull());
        QCOMPARE(answered[u"usage"_s][u"prompt_tokens"_s].toInt(), 10);
        QCOMPARE(answered[u"usage"_s][u"completion_tokens"_s].toInt(), 7);
        const QJsonObject metrics = answered[u"metrics"_s].toObject();
        QCOMPARE(metrics[u"prompt_tokens"_s].toInt(), 10);
        QCOMPARE(metrics[u"completion_tokens"_s].toInt(), 7);
        QCOMPARE(metrics[u"total_tokens"_s].toInt(), 17);
        QCOMPARE(metrics[u"estimated"_s].toBool(), false);
        QCOMPARE(metrics[u"state"_s].toString(), u"complete"_s);
        QVERIFY(metrics[u"time_to_first_token_ms"_s].toInteger(-1) >= 0);
        QVERIFY(metrics[u"duration_ms"_s].toInteger(-1)
                >= metrics[u"time_to_first_token_ms"_s].toInteger());
        QVERIFY(metrics[u"cost_usd"_s].isNull()); // no prices set up

        QCOMPARE(limited[u"content"_s].toString(), QString());
        QCOMPARE(limited[u"error"_s][u"kind"_s].toString(), u"rate_limited"_s);
        QCOMPARE(limited[u"error"_s][u"http_status"_s].toInt(), 429);
        QVERIFY(limited[u"error"_s][u"message"_s].toString().contains(u"Rate limit reached"_s));
        QCOMPARE(limited[u"metrics"_s][u"state"_s].toString(), u"failed"_s);
        QVERIFY(limited[u"metrics"_s][u"completion_tokens"_s].isNull());
        QVERIFY(limited[u"usage"_s].isNull());
    }

    // A server that sends no usage: the counts are estimates, and say so.
    void withoutUsageTheTokensAreMarkedEstimated()
    {
        m_server->setFallback(ScriptedResponse::sse(
            {R"({"choices":[{"index":0,"delta":{"content":"Thirty-two characters, 8 tokens."}}]})",
             R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"}));
        Run run = cli({u"compare"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"-m"_s,
                       u"alpha"_s, u"-m"_s, u"beta"_s, u"Hi"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(cellsOf(run.out, u"alpha"_s).value(3), u"≈ 8"_s);

        run = cli({u"compare"_s, u"--json"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                   u"-m"_s, u"alpha"_s, u"-m"_s, u"beta"_s, u"Hi"_s});
        const QJsonObject metrics
            = QJsonDocument::fromJson(run.out)[u"columns"_s][0][u"metrics"_s].toObject();
        QCOMPARE(metrics[u"estimated"_s].toBool(), true);
        QCOMPARE(metrics[u"completion_tokens"_s].toInt(), 8); // 32 characters
        QCOMPARE(metrics[u"prompt_tokens"_s].toInt(), 1); // "Hi"
    }

    void allFailedExitsAsAskWould()
    {
        m_server->setFallback(ScriptedResponse::json(
            401,
            R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})"));
        Run run = cli({u"compare"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"-m"_s,
                       u"alpha"_s, u"-m"_s, u"beta"_s, u"Hi"_s});
        QCOMPARE(run.exitCode, 4); // auth, as ask says it
        QVERIFY2(cellsOf(run.out, u"alpha"_s).value(5).startsWith(u"error: "_s),
                 run.out.constData());
        QVERIFY2(cellsOf(run.out, u"beta"_s).value(5).startsWith(u"error: "_s),
                 run.out.constData());

        m_server->setFallback(rateLimited());
        run = cli({u"compare"_s, u"--json"_s, u"--retries"_s, u"0"_s, u"--base-url"_s,
                   m_server->baseUrl().toString(), u"-m"_s, u"alpha"_s, u"-m"_s, u"beta"_s,
                   u"Hi"_s});
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(QJsonDocument::fromJson(run.out)[u"answered"_s].toInt(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("one model") << QStringList {u"-m"_s, u"a"_s, u"Hi"_s};
        QTest::newRow("five models")
            << QStringList {u"-m"_s, u"a"_s, u"-m"_s, u"b"_s, u"-m"_s, u"c"_s,
                            u"-m"_s, u"d"_s, u"-m"_s, u"e"_s, u"Hi"_s};
        QTest::newRow("an empty model") << QStringList {u"-m"_s, u"a"_s, u"-m"_s, u" "_s, u"Hi"_s};
        QTest::newRow("no prompt") << QStringList {u"-m"_s, u"a"_s, u"-m"_s, u"b"_s};
        QTest::newRow("tools") << QStringList {u"--tools"_s, u"builtin"_s, u"-m"_s, u"a"_s,
                                               u"-m"_s,      u"b"_s,       u"Hi"_s};
        QTest::newRow("unknown provider") << QStringList {
            u"--provider"_s, u"Nobody"_s, u"-m"_s, u"a"_s, u"-m"_s, u"b"_s, u"Hi"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QStringList command {u"compare"_s};
        if (!arguments.contains(u"--provider"_s))
            command << u"--base-url"_s << m_server->baseUrl().toString();
        const Run run = cli(command + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void helpNamesCompare()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("confab-cli compare -m PROVIDER/MODEL"));
    }

    // Three providers, each on its own server with its own key from the keychain, and a bare
    // model at --base-url with the key from the environment: a fast one, a slow one, one
    // rate limited and one that stalls until its idle timeout. Prices come from the table.
    void providersOnTheirOwnServers()
    {
        if (const QString why = whySecretServiceUnusable(u"Confab"_s); !why.isEmpty())
            QSKIP(qPrintable(why));

        struct Column
        {
            QString name;
            QString model;
            QByteArray key;
            std::unique_ptr<LoopbackServer> server;
            QString id;
        };
        Column columns[3] = {{u"Fast"_s, u"fast-model"_s, "sk-fast-1f2e3d", {}, {}},
                             {u"Slow"_s, u"slow-model"_s, "sk-slow-4c5b6a", {}, {}},
                             {u"Limited"_s, u"limited-model"_s, "sk-limited-7a8b9c", {}, {}}};
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProviderRegistry registry(&settings);
            for (Column &column : columns) {
                column.server = std::make_unique<LoopbackServer>();
                QVERIFY(column.server->listen());
                Provider provider;
                provider.name = column.name;
                provider.baseUrl = column.server->baseUrl();
                column.id = registry.add(provider).id;
                QVERIFY(!column.id.isEmpty());
            }
            ModelPrices prices(&settings);
            QCOMPARE(prices.set(columns[0].id, u"fast-model"_s, 1.0, 2.0), QString());
            QCOMPARE(prices.set({}, u"slow-model"_s, 3.0, 4.0), QString()); // any provider
            // Another provider's price for the same model is not Fast's.
            QCOMPARE(prices.set(u"elsewhere"_s, u"fast-model"_s, 500.0, 600.0), QString());
        }
        for (const Column &column : columns) {
            const Run stored = cli({u"keys"_s, u"set"_s, column.name}, column.key + '\n');
            QVERIFY2(stored.exitCode == 0, stored.err.constData());
        }
        const auto enqueueAnswers = [&] {
            columns[0].server->enqueue(fastAnswer(u"fast-model"_s));
            columns[1].server->enqueue(slowAnswer(u"slow-model-2024"_s)); // the router's name
            columns[2].server->enqueue(rateLimited());
            m_server->enqueue(stalled());
        };
        QStringList arguments {u"compare"_s,   u"--base-url"_s, m_server->baseUrl().toString(),
                               u"--retries"_s, u"0"_s,          u"--idle-timeout"_s,
                               u"1"_s};
        arguments << u"-m"_s << u"Fast/fast-model"_s;
        arguments << u"-m"_s << u"slow/slow-model"_s; // names ignore case, as --provider's
        arguments << u"-m"_s << columns[2].id + u"/limited-model"_s; // an id works too
        arguments << u"-m"_s << u"stuck/model"_s; // not a provider: a model at --base-url
        arguments << u"Which is best?"_s;

        enqueueAnswers();
        Run run = cli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        // Each answer whole under its heading; the fast one before the slow one.
        QVERIFY2(out.contains(u"## Fast/fast-model\n\n"_s + fastText + u'\n'), run.out.constData());
        QVERIFY(out.indexOf(u"## Fast/"_s) < out.indexOf(u"## Slow/"_s));
        QVERIFY2(out.contains(u"## Slow/slow-model\n\n"_s + slowText + u'\n'), run.out.constData());
        QVERIFY2(out.contains(u"## stuck/model\n\nThis answer never ends\n"_s),
                 run.out.constData());
        // model, first token, speed, tokens, duration, cost, finish
        const QStringList fastRow = cellsOf(run.out, u"Fast/fast-model"_s);
        QVERIFY2(fastRow.size() == 7, run.out.constData());
        QCOMPARE(fastRow.at(5), u"$0.000024"_s); // 10 × $1 + 7 × $2 per million
        QCOMPARE(fastRow.at(6), u"stop"_s);
        QCOMPARE(cellsOf(run.out, u"Slow/slow-model"_s).value(5),
                 u"$0.000074"_s); // 10 × 3 + 11 × 4
        const QStringList limitedRow = cellsOf(run.out, u"Limited/limited-model"_s);
        QCOMPARE(limitedRow.value(5), u"—"_s);
        QVERIFY2(limitedRow.value(6).contains(u"429"_s), run.out.constData());
        QVERIFY2(cellsOf(run.out, u"stuck/model"_s).value(6).startsWith(u"error: "_s),
                 run.out.constData());

        // Each server saw its own provider's key, and only that one.
        for (const Column &column : columns) {
            QCOMPARE(column.server->requests().size(), 1);
            const RecordedRequest &request = column.server->requests().constFirst();
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + column.key);
            QCOMPARE(modelOf(request), column.model);
        }
        QCOMPARE(m_server->requests().constFirst().headers.value("authorization"),
                 QByteArray("Bearer ") + envKey);

        enqueueAnswers();
        run = cli(QStringList {arguments.constFirst(), u"--json"_s} + arguments.mid(1));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result[u"answered"_s].toInt(), 2);
        const QJsonObject fast = columnNamed(result, u"Fast/fast-model"_s);
        QCOMPARE(fast[u"provider"_s].toString(), columns[0].id);
        QCOMPARE(fast[u"provider_name"_s].toString(), u"Fast"_s);
        QCOMPARE(fast[u"content"_s].toString(), fastText);
        QCOMPARE(fast[u"metrics"_s][u"cost_usd"_s].toDouble(), 24e-6);
        const QJsonObject slow = columnNamed(result, u"Slow/slow-model"_s);
        QCOMPARE(slow[u"answered_model"_s].toString(), u"slow-model-2024"_s);
        QCOMPARE(slow[u"metrics"_s][u"completion_tokens"_s].toInt(), 11);
        QCOMPARE(slow[u"metrics"_s][u"cost_usd"_s].toDouble(), 74e-6);
        // The slow one waited 400 ms for its first event; the fast one did not.
        QVERIFY(slow[u"metrics"_s][u"time_to_first_token_ms"_s].toInteger()
                > fast[u"metrics"_s][u"time_to_first_token_ms"_s].toInteger());
        const QJsonObject limited = columnNamed(result, u"Limited/limited-model"_s);
        QCOMPARE(limited[u"error"_s][u"http_status"_s].toInt(), 429);
        QVERIFY(limited[u"metrics"_s][u"cost_usd"_s].isNull());
        const QJsonObject stuck = columnNamed(result, u"stuck/model"_s);
        QCOMPARE(stuck[u"error"_s][u"kind"_s].toString(), u"timeout"_s);
        QCOMPARE(stuck[u"content"_s].toString(), u"This answer never ends"_s); // kept
        QVERIFY(stuck[u"provider"_s].isNull());

        for (const Column &column : columns)
            QCOMPARE(cli({u"keys"_s, u"delete"_s, column.name}).exitCode, 0);
        // Without its key a provider's column cannot start, and nothing is sent at all.
        run = cli(arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("keys set"), run.err.constData());
        QCOMPARE(columns[0].server->requests().size(), 2);
    }
};

QTEST_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
