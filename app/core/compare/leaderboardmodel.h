#pragma once

#include "leaderboard.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

// The leaderboard for the view: one row per model, best first (see Leaderboard for how
// votes are counted and ranked). Filled from the stored votes by whoever owns the store.
class LeaderboardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The leaderboard is filled from the stored votes; the Workspace provides it.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // How many votes the rows are made of (after the blindOnly filter).
    Q_PROPERTY(int voteCount READ voteCount NOTIFY countChanged)
    // Count only the votes cast with the model names hidden (free of brand preferences).
    Q_PROPERTY(bool blindOnly READ blindOnly WRITE setBlindOnly NOTIFY blindOnlyChanged)

public:
    enum Roles {
        ModelNameRole = Qt::UserRole + 1, // QString: the model's id ("model" is the delegate's
                                          // own required property for the model object)
        ProviderRole, // QString: the provider's id
        WinsRole, // int: pairwise wins
        LossesRole, // int: pairwise losses
        TiesRole, // int: pairwise ties
        VotesRole, // int: votes on comparisons it took part in
        WinRateRole, // double, 0–1: ties count as half a win
        LowRole, // double, 0–1: the 95 % Wilson interval's lower bound
        HighRole, // double, 0–1: its upper bound
        TextRole, // QString, for people: "62 % (48–74 %), 50 votes"
    };
    Q_ENUM(Roles)

    explicit LeaderboardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_standings.size()); }
    int voteCount() const { return m_voteCount; }
    bool blindOnly() const { return m_blindOnly; }
    void setBlindOnly(bool blindOnly);

    // Recounts from these votes (all stored ones; the model applies blindOnly itself).
    void refresh(const QList<ComparisonVote> &votes);
    const QList<Leaderboard::Standing> &standings() const { return m_standings; }

    // "62 % (48–74 %), 50 votes"; "no results yet, 1 vote" when a model has none.
    static QString describe(const Leaderboard::Standing &standing);

Q_SIGNALS:
    void countChanged();
    void blindOnlyChanged();

private:
    void recount();

    QList<ComparisonVote> m_votes;
    QList<Leaderboard::Standing> m_standings;
    int m_voteCount = 0;
    bool m_blindOnly = false;
};
