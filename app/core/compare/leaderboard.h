#pragma once

#include "storage/comparisonvote.h"

#include <QList>
#include <QString>

#include <map>
#include <utility>

// The local leaderboard of side-by-side comparisons: from the person's votes, each model's
// wins, losses and ties against the others and its win rate with a 95 % confidence
// interval, ranked so that two lucky votes do not outrank two hundred.
//
// Counting. A vote on N columns counts as pairwise results: the winner beats each other
// column (N - 1 wins for it, one loss for each of the others; the losers are not ranked
// among themselves), and a tie is a tie between every pair (N - 1 ties for each). Two
// columns with the same provider and model say nothing about that model, so such a pair
// counts for neither. A model is told apart by provider and model: the same model through
// two providers is two entries.
//
// Win rate: (wins + ties / 2) / results, a tie being half a win for each side.
//
// Interval: the Wilson score interval (Wilson 1927) of that rate, with n = results and
// p = win rate, z = 1.96 for 95 %:
//     centre = (p + z²/2n) / (1 + z²/n)
//     half   = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²)
//     [centre − half, centre + half]
// It is the set of true rates p₀ that a score test (p − p₀)² ≤ z²·p₀(1 − p₀)/n does not
// reject. Unlike the textbook p ± z√(p(1 − p)/n), it never leaves [0, 1] and does not
// shrink to a point at 0/n or n/n: three wins of three give [44 %, 100 %], not "100 % ± 0".
// Honest with few votes, which a local leaderboard mostly has. Ties counted as halves make
// the results not strictly Bernoulli; the interval stays a good approximation.
//
// Order: by the interval's lower bound (the rate the model beats with 97.5 % confidence),
// then the win rate, the number of results, the model and the provider.
class Leaderboard
{
public:
    struct Interval
    {
        double low = 0;
        double high = 1;
    };

    struct Standing
    {
        QString providerId;
        QString model;
        int wins = 0; // pairwise results, see above
        int losses = 0;
        int ties = 0;
        int votes = 0; // votes on comparisons it took part in
        double winRate = 0; // (wins + ties / 2) / results; 0 without results
        Interval interval; // 95 % Wilson score interval of winRate; [0, 1] without results

        int results() const { return wins + losses + ties; }
    };

    // The normal distribution's 97.5 % quantile: a two-sided 95 % interval.
    static constexpr double z95 = 1.959963984540054;
    // Wilson score interval for `successes` (may be fractional: ties as halves) out of
    // `trials`; [0, 1] when there are none.
    static Interval wilsonInterval(double successes, int trials, double z = z95);

    Leaderboard() = default;
    explicit Leaderboard(const QList<ComparisonVote> &votes);

    // Counts a vote. An invalid one (see ComparisonVote::isValid) is left out: false.
    bool add(const ComparisonVote &vote);
    int votesCounted() const { return m_votesCounted; }
    // Best first.
    QList<Standing> standings() const;

private:
    struct Tally
    {
        int wins = 0;
        int losses = 0;
        int ties = 0;
        int votes = 0;
    };

    std::map<std::pair<QString, QString>, Tally> m_tallies; // (provider id, model) -> tally
    int m_votesCounted = 0;
};
