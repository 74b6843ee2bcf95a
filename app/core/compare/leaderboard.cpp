#include "leaderboard.h"

#include <algorithm>
#include <cmath>
#include <set>

Leaderboard::Interval Leaderboard::wilsonInterval(double successes, int trials, double z)
{
    if (trials <= 0)
        return {};
    const double n = trials;
    const double p = std::clamp(successes / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At p = 0 or 1 one bound is exactly 0 or 1; rounding must not push it past.
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Leaderboard::Leaderboard(const QList<ComparisonVote> &votes)
{
    for (const ComparisonVote &vote : votes)
        add(vote);
}

bool Leaderboard::add(const ComparisonVote &vote)
{
    if (!vote.isValid())
        return false;
    ++m_votesCounted;
    const auto keyOf = [&vote](qsizetype column) {
        const ComparisonVote::Contender &c = vote.contenders.at(column);
        return std::make_pair(c.providerId, c.model);
    };
    // A model in two columns took part in one vote, not two.
    std::set<std::pair<QString, QString>> present;
    for (qsizetype column = 0; column < vote.contenders.size(); ++column)
        present.insert(keyOf(column));
    for (const auto &key : present)
        ++m_tallies[key].votes;

    for (qsizetype a = 0; a < vote.contenders.size(); ++a) {
        for (qsizetype b = a + 1; b < vote.contenders.size(); ++b) {
            if (keyOf(a) == keyOf(b))
                continue;
            Tally &first = m_tallies[keyOf(a)];
            Tally &second = m_tallies[keyOf(b)];
            if (vote.isTie()) {
                ++first.ties;
                ++second.ties;
            } else if (vote.winner == a) {
                ++first.wins;
                ++second.losses;
            } else if (vote.winner == b) {
                ++first.losses;
                ++second.wins;
            } // two losers: no result between them
        }
    }
    return true;
}

QList<Leaderboard::Standing> Leaderboard::standings() const
{
    QList<Standing> standings;
    standings.reserve(qsizetype(m_tallies.size()));
    for (const auto &[key, tally] : m_tallies) {
        Standing s;
        s.providerId = key.first;
        s.model = key.second;
        s.wins = tally.wins;
        s.losses = tally.losses;
        s.ties = tally.ties;
        s.votes = tally.votes;
        const double score = s.wins + s.ties / 2.0;
        s.winRate = s.results() > 0 ? score / s.results() : 0;
        s.interval = wilsonInterval(score, s.results());
        standings.append(s);
    }
    std::sort(standings.begin(), standings.end(), [](const Standing &a, const Standing &b) {
        if (a.interval.low != b.interval.low)
            return a.interval.low > b.interval.low;
        if (a.winRate != b.winRate)
            return a.winRate > b.winRate;
        if (a.results() != b.results())
            return a.results() > b.results();
        if (a.model != b.model)
            return a.model < b.model;
        return a.providerId < b.providerId;
    });
    return standings;
}
