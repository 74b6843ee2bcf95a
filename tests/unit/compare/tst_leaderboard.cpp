#include "compare/leaderboard.h"
#include "compare/leaderboardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ComparisonVote::Contender contender(const QString &model, const QString &provider = u"openai"_s)
{
    return {provider, model};
}

ComparisonVote vote(const QStringList &models, int winner, bool blind = true)
{
    ComparisonVote v;
    v.comparisonGroup = u"g"_s;
    for (const QString &model : models)
        v.contenders.append(contender(model));
    v.winner = winner;
    v.blind = blind;
    return v;
}

// `count` identical votes.
QList<ComparisonVote> votes(int count, const QStringList &models, int winner, bool blind = true)
{
    return QList<ComparisonVote>(count, vote(models, winner, blind));
}

std::optional<Leaderboard::Standing> standingOf(const QList<Leaderboard::Standing> &standings,
                                                const QString &model,
                                                const QString &provider = u"openai"_s)
{
    for (const Leaderboard::Standing &s : standings)
        if (s.model == model && s.providerId == provider)
            return s;
    return std::nullopt;
}

QStringList order(const QList<Leaderboard::Standing> &standings)
{
    QStringList models;
    for (const Leaderboard::Standing &s : standings)
        models.append(s.model);
    return models;
}

} // namespace

class TestLeaderboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected bounds worked out by hand from the Wilson formula with z = 1.959964,
    // z² = 3.841459 (d = 1 + z²/n, centre = (p + z²/2n) / d, half = z/d · √(p(1−p)/n + z²/4n²)),
    // and checked as the two roots of (1 + z²/n)x² − (2p + z²/n)x + p² = 0, i.e. where
    // (p − x)² = z²x(1 − x)/n.
    void wilsonIntervalMatchesHandComputedValues_data()
    {
        QTest::addColumn<double>("successes");
        QTest::addColumn<int>("trials");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Nothing known: any rate.
        QTest::newRow("0 of 0") << 0.0 << 0 << 0.0 << 1.0;
        // z²/n = 0.384146, d = 1.384146, centre = (0.5 + 0.192073)/d = 0.5,
        // half = 1.416010 · √(0.025 + 0.009604) = 1.416010 · 0.186021 = 0.263407.
        QTest::newRow("5 of 10") << 5.0 << 10 << 0.236593 << 0.763407;
        // z²/n = 0.038415, d = 1.038415, centre = 0.5,
        // half = 1.887458 · √(0.0025 + 0.000096) = 1.887458 · 0.050951 = 0.096168.
        QTest::newRow("50 of 100") << 50.0 << 100 << 0.403832 << 0.596168;
        // p = 0: centre = half = (z²/2n)/d = 0.192073/1.384146 = 0.138766; high = 2 · that.
        QTest::newRow("0 of 10") << 0.0 << 10 << 0.0 << 0.277533;
        // p = 1: the mirror image; low = 1/d = 1/1.384146 = 0.722467.
        QTest::newRow("10 of 10") << 10.0 << 10 << 0.722467 << 1.0;
        // Ties as halves: 1 win, 1 tie, 1 loss. z²/n = 1.280486, d = 2.280486, centre = 0.5,
        // half = 0.859450 · √(0.083333 + 0.106702) = 0.859450 · 0.435936 = 0.374666.
        QTest::newRow("1.5 of 3") << 1.5 << 3 << 0.125334 << 0.874666;
        // 120 of 200: z²/n = 0.019207, d = 1.019207, centre = 0.609604/1.019207 = 0.598115,
        // half = 1.923028 · √(0.0012 + 0.000024) = 1.923028 · 0.034986 = 0.067279.
        QTest::newRow("120 of 200") << 120.0 << 200 << 0.530837 << 0.665394;
    }

    void wilsonIntervalMatchesHandComputedValues()
    {
        QFETCH(double, successes);
        QFETCH(int, trials);
        QFETCH(double, low);
        QFETCH(double, high);
        const Leaderboard::Interval interval = Leaderboard::wilsonInterval(successes, trials);
        QVERIFY2(qAbs(interval.low - low) < 1e-4,
                 qPrintable(u"low %1, expected %2"_s.arg(interval.low).arg(low)));
        QVERIFY2(qAbs(interval.high - high) < 1e-4,
                 qPrintable(u"high %1, expected %2"_s.arg(interval.high).arg(high)));
        QVERIFY(interval.low >= 0 && interval.high <= 1);
    }

    void twoColumnsCountWinsAndLosses()
    {
        Leaderboard board(votes(3, {u"a"_s, u"b"_s}, 0) + votes(1, {u"a"_s, u"b"_s}, 1));
        QCOMPARE(board.votesCounted(), 4);
        const auto standings = board.standings();
        QCOMPARE(standings.size(), 2);
        const auto a = standingOf(standings, u"a"_s);
        const auto b = standingOf(standings, u"b"_s);
        QVERIFY(a && b);
        QCOMPARE(a->wins, 3);
        QCOMPARE(a->losses, 1);
        QCOMPARE(a->ties, 0);
        QCOMPARE(a->votes, 4);
        QCOMPARE(a->winRate, 0.75);
        QCOMPARE(b->wins, 1);
        QCOMPARE(b->losses, 3);
        QCOMPARE(b->winRate, 0.25);
        // The same interval as the formula gives for 3 of 4.
        QCOMPARE(a->interval.low, Leaderboard::wilsonInterval(3, 4).low);
        QCOMPARE(a->interval.high, Leaderboard::wilsonInterval(3, 4).high);
    }

    void tiesCountAsHalf()
    {
        // a against b: 3 wins, 1 tie. As half a win: 3.5 / 4 = 0.875 (not 0.75 as a loss,
        // not 1.0 as a win, not 1.0 by leaving the tie out).
        Leaderboard board(votes(3, {u"a"_s, u"b"_s}, 0)
                          + votes(1, {u"a"_s, u"b"_s}, ComparisonVote::Tie));
        const auto a = standingOf(board.standings(), u"a"_s);
        const auto b = standingOf(board.standings(), u"b"_s);
        QVERIFY(a && b);
        QCOMPARE(a->ties, 1);
        QCOMPARE(b->ties, 1);
        QCOMPARE(a->winRate, 0.875);
        QCOMPARE(b->winRate, 0.125);
        // Wilson for 3.5 of 4 by hand: z²/n = 0.960365, d = 1.960365,
        // centre = (0.875 + 0.480182)/d = 0.691291, half = 0.999796 · √(0.027344 + 0.060023)
        // = 0.999796 · 0.295578 = 0.295518.
        QVERIFY(qAbs(a->interval.low - 0.395773) < 1e-4);
        QVERIFY(qAbs(a->interval.high - 0.986809) < 1e-4);
        // And the two sides mirror each other.
        QVERIFY(qAbs(b->interval.low - (1 - 0.986809)) < 1e-4);
        QVERIFY(qAbs(b->interval.high - (1 - 0.395773)) < 1e-4);
    }

    void threeColumnsCountPairwise()
    {
        // b wins among a, b, c: b beats a and c; a and c each lose once and are not ranked
        // against each other.
        Leaderboard board;
        QVERIFY(board.add(vote({u"a"_s, u"b"_s, u"c"_s}, 1)));
        auto standings = board.standings();
        QCOMPARE(standingOf(standings, u"b"_s)->wins, 2);
        QCOMPARE(standingOf(standings, u"b"_s)->losses, 0);
        QCOMPARE(standingOf(standings, u"a"_s)->wins, 0);
        QCOMPARE(standingOf(standings, u"a"_s)->losses, 1);
        QCOMPARE(standingOf(standings, u"c"_s)->losses, 1);
        QCOMPARE(standingOf(standings, u"c"_s)->results(), 1);

        // A tie among the three is a tie between each pair: two ties each.
        QVERIFY(board.add(vote({u"a"_s, u"b"_s, u"c"_s}, ComparisonVote::Tie)));
        standings = board.standings();
        for (const QString &model : {u"a"_s, u"b"_s, u"c"_s}) {
            QCOMPARE(standingOf(standings, model)->ties, 2);
            QCOMPARE(standingOf(standings, model)->votes, 2);
        }
        // b: 2 wins + 2 ties of 4 = 0.75; a: 1 loss + 2 ties of 3 = 1/3.
        QCOMPARE(standingOf(standings, u"b"_s)->winRate, 0.75);
        QCOMPARE(standingOf(standings, u"a"_s)->winRate, 1.0 / 3);
        QCOMPARE(board.votesCounted(), 2);

        // Four columns: the winner beats three.
        QVERIFY(board.add(vote({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 3)));
        standings = board.standings();
        QCOMPARE(standingOf(standings, u"d"_s)->wins, 3);
        QCOMPARE(standingOf(standings, u"d"_s)->votes, 1);
        QCOMPARE(standingOf(standings, u"b"_s)->losses, 1);
    }

    void theSameModelTwiceIsOneContender()
    {
        // a in columns 0 and 1 (say with different temperatures) wins in column 1: a beats
        // b once; a against itself is no result, and it took part in one vote, not two.
        Leaderboard board;
        QVERIFY(board.add(vote({u"a"_s, u"a"_s, u"b"_s}, 1)));
        const auto a = standingOf(board.standings(), u"a"_s);
        QCOMPARE(a->wins, 1);
        QCOMPARE(a->losses, 0);
        QCOMPARE(a->votes, 1);
        QCOMPARE(standingOf(board.standings(), u"b"_s)->losses, 1);

        // The same model name through two providers is two entries.
        ComparisonVote twoProviders = vote({u"a"_s, u"a"_s}, 0);
        twoProviders.contenders[1].providerId = u"openrouter"_s;
        QVERIFY(board.add(twoProviders));
        QCOMPARE(standingOf(board.standings(), u"a"_s)->wins, 2);
        QCOMPARE(standingOf(board.standings(), u"a"_s, u"openrouter"_s)->losses, 1);
    }

    void invalidVotesAreLeftOut()
    {
        Leaderboard board;
        QVERIFY(!board.add(vote({u"a"_s}, 0))); // one column: nothing to compare
        QVERIFY(!board.add(vote({u"a"_s, u"b"_s}, 2))); // no column 2
        QVERIFY(!board.add(vote({u"a"_s, u"b"_s}, -2)));
        QCOMPARE(board.votesCounted(), 0);
        QVERIFY(board.standings().isEmpty());
        QVERIFY(board.add(vote({u"a"_s, u"b"_s}, 1)));
        QCOMPARE(board.votesCounted(), 1);
    }

    void orderedByLowerBound()
    {
        // lucky won its 2 votes (rate 1.0, interval 34–100 %); steady won 120 of 200
        // (rate 0.6, interval 53–67 %). Two lucky votes must not top two hundred.
        const QList<ComparisonVote> all = votes(2, {u"lucky"_s, u"x"_s}, 0)
            + votes(120, {u"steady"_s, u"y"_s}, 0) + votes(80, {u"steady"_s, u"y"_s}, 1);
        const auto standings = Leaderboard(all).standings();
        QCOMPARE(order(standings), (QStringList {u"steady"_s, u"lucky"_s, u"y"_s, u"x"_s}));
        // The order is not the one the plain win rate gives.
        QVERIFY(standings.at(1).winRate > standings.at(0).winRate);
        QVERIFY(qAbs(standings.at(0).interval.low - 0.530837) < 1e-4);
        QVERIFY(qAbs(standings.at(1).interval.low - 0.342380) < 1e-4);
        // Same for the others: y (80 of 200, low 33.5 %) above x (0 of 2, low 0).
        QCOMPARE(standings.at(2).wins, 80);
        QCOMPARE(standings.at(3).interval.low, 0.0);

        // With equal lower bounds, the higher rate first, then the name: deterministic.
        const auto tied = Leaderboard(votes(1, {u"n"_s, u"m"_s}, ComparisonVote::Tie)).standings();
        QCOMPARE(order(tied), (QStringList {u"m"_s, u"n"_s}));
    }

    void modelShowsTheStandings()
    {
        LeaderboardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &LeaderboardModel::countChanged);
        QCOMPARE(model.rowCount(), 0);

        // top: 31 wins of 50 blind votes, rate 62 %, Wilson 48.2–74.1 % (by hand: z²/n =
        // 0.076829, d = 1.076829, centre = 0.658414/d = 0.611438, half = 1.820125 · 0.071387
        // = 0.129934). One more vote, not blind: other beats top.
        QList<ComparisonVote> all
            = votes(31, {u"top"_s, u"other"_s}, 0) + votes(19, {u"top"_s, u"other"_s}, 1);
        ComparisonVote seen = vote({u"top"_s, u"other"_s}, 1, false);
        seen.contenders[1].providerId = u"deepseek"_s;
        all.append(seen);
        model.refresh(all);
        QCOMPARE(countChanged.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.voteCount(), 51);
        QCOMPARE(model.property("count").toInt(), 3);

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(LeaderboardModel::ModelNameRole), "modelName");
        QCOMPARE(names.value(LeaderboardModel::WinRateRole), "winRate");
        QCOMPARE(names.value(LeaderboardModel::TextRole), "text");
        QCOMPARE(names.size(), 10);

        model.setBlindOnly(true);
        QCOMPARE(model.rowCount(), 2); // the deepseek entry came from the one seen vote
        QCOMPARE(model.voteCount(), 50);
        QCOMPARE(countChanged.size(), 2);
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(LeaderboardModel::ModelNameRole).toString(), u"top"_s);
        QCOMPARE(top.data(LeaderboardModel::ProviderRole).toString(), u"openai"_s);
        QCOMPARE(top.data(LeaderboardModel::WinsRole).toInt(), 31);
        QCOMPARE(top.data(LeaderboardModel::LossesRole).toInt(), 19);
        QCOMPARE(top.data(LeaderboardModel::TiesRole).toInt(), 0);
        QCOMPARE(top.data(LeaderboardModel::VotesRole).toInt(), 50);
        QCOMPARE(top.data(LeaderboardModel::WinRateRole).toDouble(), 0.62);
        QVERIFY(qAbs(top.data(LeaderboardModel::LowRole).toDouble() - 0.481504) < 1e-4);
        QVERIFY(qAbs(top.data(LeaderboardModel::HighRole).toDouble() - 0.741372) < 1e-4);
        const QString text = top.data(LeaderboardModel::TextRole).toString();
        QVERIFY2(text.startsWith(u"62 % (48–74 %), 50 vote"_s), qPrintable(text));
        QCOMPARE(model.index(1).data(LeaderboardModel::ModelNameRole).toString(), u"other"_s);

        model.setBlindOnly(false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(LeaderboardModel::VotesRole).toInt(), 51);
        QVERIFY(!model.index(3).data(LeaderboardModel::ModelNameRole).isValid());

        model.refresh({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.voteCount(), 0);
    }

    void describeWithoutResults()
    {
        Leaderboard::Standing s;
        s.model = u"a"_s;
        s.votes = 1;
        s.interval = Leaderboard::wilsonInterval(0, 0);
        QVERIFY2(LeaderboardModel::describe(s).startsWith(u"no results yet"_s),
                 qPrintable(LeaderboardModel::describe(s)));
    }
};

QTEST_GUILESS_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
