#include "cliprocess.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Part
{
    Part(int index, const QString &content, const QString &finishReason = {})
        : index(index)
        , content(content)
        , finishReason(finishReason)
    { }

    int index;
    QString content;
    QString finishReason; // empty: null
};

// One chat.completion.chunk about one or more choices.
QByteArray chunk(const QList<Part> &parts)
{
    QJsonArray choices;
    for (const Part &part : parts)
        choices.append(QJsonObject {
            {u"index"_s, part.index},
            {u"delta"_s, QJsonObject {{u"content"_s, part.content}}},
            {u"finish_reason"_s,
             part.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : part.finishReason}});
    return QJsonDocument(QJsonObject {{u"model"_s, u"served-1"_s}, {u"choices"_s, choices}})
        .toJson(QJsonDocument::Compact);
}

// Three answers, interleaved, one chunk about two of them, choice 2 starting last.
ScriptedResponse threeColours()
{
    return ScriptedResponse::sse(
        {chunk({{0, u"Red"_s}}), chunk({{1, u"Blue"_s}}),
         chunk({{0, u" apples 🍎"_s, u"stop"_s}, {1, u" sky"_s, u"length"_s}}),
         chunk({{2, u"Green"_s}}), chunk({{2, u" grass"_s, u"stop"_s}}),
         R"({"choices":[],"usage":{"prompt_tokens":4,"completion_tokens":9,"total_tokens":13}})"},
        6);
}

} // namespace

// confab-cli ask with n > 1: every choice printed, or in --json's choices array.
class TestCliChoices : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;

    CliProcess::Run ask(const QStringList &options)
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        process.environment().insert(u"CONFAB_API_KEY"_s, u"sk-test"_s);
        process.environment().insert(u"CONFAB_BASE_URL"_s, m_server->baseUrl().toString());
        process.environment().remove(u"CONFAB_MODEL"_s);
        return process.run(QStringList {u"ask"_s, u"--model"_s, u"m1"_s} + options
                           + QStringList {u"Colours?"_s});
    }

    int sentN() const
    {
        return QJsonDocument::fromJson(m_server->requests().constFirst().body)
            .object()
            .value(u"n"_s)
            .toInt();
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

    void printsEveryChoice()
    {
        m_server->enqueue(threeColours());
        const CliProcess::Run run = ask({u"--n"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
                 u"Red apples 🍎\n--- choice 2 of 3 ---\nBlue sky\n--- choice 3 of 3 ---\n"
                 "Green grass\n"_s);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"(The answer was cut off: it reached the token limit.)\n"_s);
        QCOMPARE(sentN(), 3);
    }

    void jsonHasEveryChoice()
    {
        m_server->enqueue(threeColours());
        const CliProcess::Run run = ask({u"--param"_s, u"n=3"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(sentN(), 3);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(u"content"_s).toString(), u"Red apples 🍎"_s);
        QCOMPARE(result.value(u"usage"_s).toObject().value(u"total_tokens"_s).toInt(), 13);
        const QJsonArray choices = result.value(u"choices"_s).toArray();
        QCOMPARE(choices.size(), 3);
        const QStringList contents {u"Red apples 🍎"_s, u"Blue sky"_s, u"Green grass"_s};
        const QStringList reasons {u"stop"_s, u"length"_s, u"stop"_s};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject choice = choices.at(i).toObject();
            QCOMPARE(choice.value(u"index"_s).toInt(-1), i);
            QCOMPARE(choice.value(u"content"_s).toString(), contents.at(i));
            QCOMPARE(choice.value(u"finish_reason"_s).toString(), reasons.at(i));
            QCOMPARE(choice.value(u"state"_s).toString(), u"complete"_s);
            QCOMPARE(choice.value(u"tool_calls"_s).toArray().size(), 0);
        }
    }

    void wholeAnswersToo()
    {
        m_server->enqueue(ScriptedResponse::json(
            200,
            R"({"choices":[{"index":0,"message":{"role":"assistant","content":"One"},"finish_reason":"stop"},)"
            R"({"index":1,"message":{"role":"assistant","content":"Two"},"finish_reason":"stop"}]})"));
        const CliProcess::Run run = ask({u"--no-stream"_s, u"--n"_s, u"2"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("One\n--- choice 2 of 2 ---\nTwo\n"));
        QCOMPARE(run.err, QByteArray());
    }

    void fewerAnswersThanAskedForAreReported()
    {
        m_server->enqueue(ScriptedResponse::sse({chunk({{0, u"Only one"_s, u"stop"_s}})}));
        const CliProcess::Run run = ask({u"--n"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Only one\n"));
        QCOMPARE(run.err, QByteArray("(1 of the 3 answers asked for arrived.)\n"));
    }

    void anInterruptedChoiceIsMarked()
    {
        ScriptedResponse response = ScriptedResponse::sse(
            {chunk({{0, u"Whole."_s, u"stop"_s}, {1, u"Half"_s}})}, 5, false);
        response.ending = ScriptedResponse::Ending::Reset;
        m_server->enqueue(response);
        const CliProcess::Run run = ask({u"--n"_s, u"2"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3); // network
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"interrupted"_s);
        const QJsonArray choices = result.value(u"choices"_s).toArray();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).toObject().value(u"state"_s).toString(), u"complete"_s);
        QCOMPARE(choices.at(1).toObject().value(u"content"_s).toString(), u"Half"_s);
        QCOMPARE(choices.at(1).toObject().value(u"state"_s).toString(), u"failed"_s);
        QVERIFY(choices.at(1).toObject().value(u"finish_reason"_s).isNull());
    }

    void badN()
    {
        const CliProcess::Run run = ask({u"--n"_s, u"0"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("n must be between 1 and 128"));
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliChoices)
#include "tst_cli_choices.moc"
