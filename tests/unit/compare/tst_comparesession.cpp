#include "answerscript.h"
#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "compare/comparesession.h"
#include "compare/comparisonexport.h"
#include "compare/modelprices.h"
#include "loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

// Four models on one prompt, each from its own loopback server at its own speed: one
// answers quickly, one slowly, one is rate-limited, one is stopped halfway. Each column
// ends its own way and the others are untouched.
class TestCompareSession : public QObject
{
    Q_OBJECT

private:
    static constexpr int columns = 4;

    void answer(int column, const QStringList &content, int delayMs = 0)
    {
        AnswerScript script;
        script.model = m_models.at(column);
        script.content = content;
        script.delayMs = delayMs;
        m_servers.at(column)->enqueue(script.response());
    }
    const Message &lastOf(int column) const
    {
        const ConversationModel *rows = m_compare->column(column)->session()->conversation();
        return rows->at(rows->rowCount() - 1);
    }

private Q_SLOTS:
    void init()
    {
        m_compare = std::make_unique<CompareSession>();
        for (int i = 0; i < columns; ++i) {
            m_servers[i] = std::make_unique<LoopbackServer>();
            QVERIFY(m_servers[i]->listen());
            m_clients[i] = std::make_unique<ChatClient>();
            Endpoint endpoint;
            endpoint.baseUrl = m_servers[i]->baseUrl();
            m_clients[i]->setEndpoint(endpoint);
            NetworkOptions direct;
            direct.proxyMode = NetworkOptions::ProxyMode::None;
            m_clients[i]->setNetworkOptions(direct);
            ClientOptions options;
            options.maxRetries = 0; // a 429 fails the column at once
            m_clients[i]->setOptions(options);
            QVERIFY(m_compare->addColumn(m_clients[i].get(), m_models.at(i), u"p%1"_s.arg(i),
                                         u"Provider %1"_s.arg(i)));
        }
    }
    void cleanup() { m_compare.reset(); }

    void columnsAreLettered()
    {
        QCOMPARE(m_compare->count(), columns);
        QCOMPARE(m_compare->column(2)->letter(), u"C"_s);
        QCOMPARE(m_compare->column(1)->session()->model(), u"model-b"_s);
        QCOMPARE(m_compare->column(3)->providerName(), u"Provider 3"_s);
        // No fifth column; none removed below the minimum, but above it.
        QVERIFY(!m_compare->addColumn(m_clients[0].get(), u"model-e"_s));
        QVERIFY(m_compare->removeColumn(0));
        QCOMPARE(m_compare->column(0)->letter(), u"A"_s);
        QCOMPARE(m_compare->column(0)->session()->model(), u"model-b"_s);
        QVERIFY(m_compare->removeColumn(0));
        QVERIFY(!m_compare->removeColumn(0)); // two stay
        QCOMPARE(m_compare->count(), CompareSession::minColumns);
    }

    void eachColumnEndsItsOwnWay()
    {
        answer(0, {u"Alpha "_s, u"answers "_s, u"first."_s});
        answer(1, AnswerScript::pieces(u"Beta takes its time over every word."_s, 4), 25);
        m_servers[2]->enqueue(ScriptedResponse::json(
            429, R"({"error": {"message": "Rate limit reached", "type": "rate_limit"}})"));
        AnswerScript stalled;
        stalled.content = {u"Delta starts "_s, u"and then "_s};
        ScriptedResponse delta = stalled.response();
        delta.pieces.resize(2); // then nothing: it is stopped
        delta.ending = ScriptedResponse::Ending::Stall;
        m_servers[3]->enqueue(delta);

        QSignalSpy busy(m_compare.get(), &CompareSession::busyChanged);
        QVERIFY(m_compare->send(u"Explain tides in one line."_s));
        QVERIFY(m_compare->isBusy());
        QVERIFY(!m_compare->send(u"Another question"_s)); // not while they answer
        QVERIFY(!m_compare->statusText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(3).content == u"Delta starts and then "_s, 10000);
        m_compare->stop(3);
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 15000);
        QVERIFY(!busy.isEmpty());

        QCOMPARE(lastOf(0).state, Message::State::Complete);
        QCOMPARE(lastOf(0).content, u"Alpha answers first."_s);
        QCOMPARE(lastOf(1).state, Message::State::Complete);
        QCOMPARE(lastOf(1).content, u"Beta takes its time over every word."_s);
        QCOMPARE(lastOf(2).state, Message::State::Failed);
        QCOMPARE(lastOf(2).error.httpStatus, 429);
        QCOMPARE(lastOf(3).state, Message::State::Cancelled);
        QCOMPARE(lastOf(3).content, u"Delta starts and then "_s); // what arrived is kept
        // Each server got the question once, with its own model.
        for (int i = 0; i < columns; ++i) {
            QCOMPARE(m_servers[i]->requests().size(), 1);
            QVERIFY(m_servers[i]->requests().constFirst().body.contains(m_models.at(i).toUtf8()));
        }
        // The fast one finished before the slow one.
        QVERIFY(lastOf(0).timings.finishedAt <= lastOf(1).timings.finishedAt);

        // The failed column again, alone; the others keep their answers.
        answer(2, {u"Gamma, at last."_s});
        QVERIFY(m_compare->regenerate(2));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        QCOMPARE(lastOf(2).content, u"Gamma, at last."_s);
        QCOMPARE(lastOf(0).content, u"Alpha answers first."_s);

        // A follow-up to one column goes to its server only, with its own history.
        answer(1, {u"Beta goes on."_s});
        QVERIFY(m_compare->sendTo(1, u"And why?"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        QCOMPARE(m_servers[1]->requests().size(), 2);
        QCOMPARE(m_servers[0]->requests().size(), 1);
        const QByteArray history = m_servers[1]->requests().constLast().body;
        QVERIFY(history.contains("Beta takes its time"));
        QVERIFY(!history.contains("Alpha"));

        // Stop all: every column that answers ends as stopped.
        for (int i = 0; i < columns; ++i) {
            AnswerScript slow;
            slow.content = AnswerScript::pieces(u"A very long answer that keeps going."_s, 2);
            slow.delayMs = 200;
            m_servers[i]->enqueue(slow.response());
        }
        QVERIFY(m_compare->send(u"Long answers, please."_s));
        QTRY_VERIFY_WITH_TIMEOUT(!lastOf(0).content.isEmpty() && !lastOf(3).content.isEmpty(),
                                 10000);
        m_compare->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        for (int i = 0; i < columns; ++i)
            QCOMPARE(lastOf(i).state, Message::State::Cancelled);
    }

    // Each column tells how its answer did; the cost comes from the price table when the
    // provider does not report one.
    void metricsAndCost()
    {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(u"prices.ini"_s), QSettings::IniFormat);
        ModelPrices prices(&settings);
        QCOMPARE(prices.set(u"p0"_s, u"model-a"_s, 2.0, 8.0), QString());
        m_compare->column(0)->setPrices(&prices);
        QSignalSpy changed(m_compare->column(0), &CompareColumn::metricsChanged);
        for (int i = 0; i < columns; ++i)
            answer(i, {u"One "_s, u"two "_s, u"three."_s});
        QVERIFY(m_compare->send(u"Count to three."_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        QVERIFY(!changed.isEmpty()); // it moved while the answer streamed
        const AnswerMetrics metrics = m_compare->column(0)->metrics();
        const TokenUsage usage = lastOf(0).usage;
        QCOMPARE(metrics.completionTokens, usage.completionTokens);
        QVERIFY(!metrics.estimated);
        QCOMPARE(metrics.finishReason, u"stop"_s);
        QVERIFY(metrics.hasCost());
        QCOMPARE(metrics.cost,
                 (usage.promptTokens * 2.0 + usage.completionTokens * 8.0) / 1'000'000.0);
        QVERIFY(!m_compare->column(1)->metrics().hasCost()); // no price for model-b
        QVERIFY(m_compare->column(1)->metrics().durationMs >= 0);
    }

    // The verdict: a column or a tie, once every column has answered; it names who
    // answered in each column and shows the names again after a blind round.
    void votes()
    {
        m_servers[0]->enqueue(ScriptedResponse::json(500, R"({"error": {"message": "boom"}})"));
        for (int i = 1; i < columns; ++i)
            answer(i, {u"Fine."_s});
        m_compare->setBlind(true);
        QVERIFY(m_compare->send(u"Which is best?"_s));
        QVERIFY(!m_compare->vote(1)); // not while they answer
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        QVERIFY(!m_compare->vote(1)); // column A failed: it has not answered
        QVERIFY(!m_compare->statusText().isEmpty());
        answer(0, {u"Fine too."_s});
        QVERIFY(m_compare->regenerate(0));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);

        QSignalSpy cast(m_compare.get(), &CompareSession::voteCast);
        QVERIFY(!m_compare->vote(columns)); // no such column
        QVERIFY(!m_compare->vote(-3));
        QCOMPARE(m_compare->pick(), int(CompareSession::NotVoted));
        QVERIFY(m_compare->vote(2));
        QCOMPARE(m_compare->pick(), 2);
        QVERIFY(!m_compare->isBlind()); // revealed
        QCOMPARE(cast.size(), 1);
        const auto vote = cast.at(0).at(0).value<ComparisonVote>();
        QCOMPARE(vote.winner, 2);
        QVERIFY(vote.blind);
        QCOMPARE(vote.comparisonGroup, m_compare->id());
        QCOMPARE(vote.contenders.size(), columns);
        QCOMPARE(vote.contenders.at(2).model, u"model-c"_s);
        QCOMPARE(vote.contenders.at(3).providerId, u"p3"_s);

        // A new round, a new verdict: a tie this time.
        for (int i = 0; i < columns; ++i)
            answer(i, {u"Again."_s});
        QVERIFY(m_compare->send(u"And now?"_s));
        QCOMPARE(m_compare->pick(), int(CompareSession::NotVoted));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        QVERIFY(m_compare->vote(CompareSession::Tie));
        QCOMPARE(cast.size(), 2);
        QVERIFY(cast.at(1).at(0).value<ComparisonVote>().isTie());
        QVERIFY(!cast.at(1).at(0).value<ComparisonVote>().blind);
    }

    // A comparison as a file: a metrics table and each column's conversation in Markdown,
    // everything in JSON, the verdict in both.
    void exportsMarkdownAndJson()
    {
        for (int i = 0; i < columns; ++i)
            answer(i, {u"Answer of "_s, m_models.at(i)});
        QVERIFY(m_compare->send(u"Say who you are."_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_compare->isBusy(), 10000);
        QVERIFY(m_compare->vote(1));

        const QString markdown = ComparisonExport::markdown(*m_compare);
        QVERIFY(markdown.contains(u"| First token | Speed | Tokens |"_s));
        QVERIFY2(markdown.contains(u"| B ★ | model-b (Provider 1) |"_s), qPrintable(markdown));
        for (int i = 0; i < columns; ++i)
            QVERIFY(markdown.contains(u"Answer of "_s + m_models.at(i)));
        QVERIFY(markdown.contains(u"Say who you are."_s));

        QTemporaryDir folder;
        bool ok = false;
        const QString path = folder.filePath(u"comparison.json"_s);
        QVERIFY(ComparisonExport::write(*m_compare, path, &ok).contains(u"comparison.json"_s));
        QVERIFY(ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root[u"format"_s].toString(), u"confab-comparison"_s);
        QCOMPARE(root[u"verdict"_s].toString(), u"B"_s);
        const QJsonArray written = root[u"columns"_s].toArray();
        QCOMPARE(written.size(), columns);
        QCOMPARE(written.at(2)[u"model"_s].toString(), u"model-c"_s);
        QCOMPARE(written.at(2)[u"messages"_s][1][u"content"_s].toString(), u"Answer of model-c"_s);
        QCOMPARE(written.at(2)[u"metrics"_s][u"completion_tokens"_s].toInteger(),
                 lastOf(2).usage.completionTokens);

        ok = true;
        ComparisonExport::write(*m_compare, folder.filePath(u"missing/x.md"_s), &ok);
        QVERIFY(!ok);
    }

private:
    const QStringList m_models {u"model-a"_s, u"model-b"_s, u"model-c"_s, u"model-d"_s};
    std::array<std::unique_ptr<LoopbackServer>, columns> m_servers;
    std::array<std::unique_ptr<ChatClient>, columns> m_clients;
    std::unique_ptr<CompareSession> m_compare;
};

QTEST_GUILESS_MAIN(TestCompareSession)
#include "tst_comparesession.moc"
