#pragma once

#include <QList>
#include <QString>

// A person's verdict on one round of a side-by-side comparison: which column answered best,
// or a tie. A vote is a statistic for the leaderboard, not conversation content: it stays
// when the comparison's conversations are deleted, until the person clears the votes.
struct ComparisonVote
{
    // One column of the comparison: who answered.
    struct Contender
    {
        QString providerId;
        QString model;

        friend bool operator==(const Contender &a, const Contender &b)
        {
            return a.providerId == b.providerId && a.model == b.model;
        }
        friend bool operator!=(const Contender &a, const Contender &b) { return !(a == b); }
    };

    static constexpr int Tie = -1; // `winner` when no answer was better than the others

    qint64 id = 0; // given by the store
    QString comparisonGroup; // the id the columns' conversations share
    qint64 createdAt = 0; // ms since the epoch
    QList<Contender> contenders; // in column order (A, B, …); at least two
    // The winning column's index into `contenders`, or Tie. An index rather than a name:
    // the same model may answer in two columns (with different parameters).
    int winner = Tie;
    bool blind = false; // the names were hidden when the person voted

    bool isTie() const { return winner == Tie; }
    // The winner's provider and model; empty for a tie.
    Contender winningContender() const { return isTie() ? Contender() : contenders.value(winner); }
    // At least two columns, and a winner among them or a tie.
    bool isValid() const
    {
        return contenders.size() >= 2
            && (winner == Tie || (winner >= 0 && winner < contenders.size()));
    }
};
