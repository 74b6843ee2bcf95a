#include "leaderboardmodel.h"

#include <cmath>

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Leaderboard::Standing &s = m_standings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelNameRole:
        return s.model;
    case ProviderRole:
        return s.providerId;
    case WinsRole:
        return s.wins;
    case LossesRole:
        return s.losses;
    case TiesRole:
        return s.ties;
    case VotesRole:
        return s.votes;
    case WinRateRole:
        return s.winRate;
    case LowRole:
        return s.interval.low;
    case HighRole:
        return s.interval.high;
    case TextRole:
        return describe(s);
    default:
        return {};
    }
}

QHash<int, QByteArray> LeaderboardModel::roleNames() const
{
    return {{ModelNameRole, "modelName"}, {ProviderRole, "provider"},
            {WinsRole, "wins"},           {LossesRole, "losses"},
            {TiesRole, "ties"},           {VotesRole, "votes"},
            {WinRateRole, "winRate"},     {LowRole, "low"},
            {HighRole, "high"},           {TextRole, "text"}};
}

void LeaderboardModel::setBlindOnly(bool blindOnly)
{
    if (m_blindOnly == blindOnly)
        return;
    m_blindOnly = blindOnly;
    recount();
    Q_EMIT blindOnlyChanged();
}

void LeaderboardModel::refresh(const QList<ComparisonVote> &votes)
{
    m_votes = votes;
    recount();
}

// A reset, not row moves: the whole order may change with one vote, and the list is short.
void LeaderboardModel::recount()
{
    Leaderboard leaderboard;
    for (const ComparisonVote &vote : std::as_const(m_votes))
        if (vote.blind || !m_blindOnly)
            leaderboard.add(vote);
    const int before = count();
    const int votesBefore = m_voteCount;
    beginResetModel();
    m_standings = leaderboard.standings();
    m_voteCount = leaderboard.votesCounted();
    endResetModel();
    if (count() != before || m_voteCount != votesBefore)
        Q_EMIT countChanged();
}

QString LeaderboardModel::describe(const Leaderboard::Standing &s)
{
    const auto percent = [](double rate) { return int(std::lround(rate * 100)); };
    if (s.results() == 0)
        return tr("no results yet, %n vote(s)", "", s.votes);
    return tr("%1 % (%2–%3 %), %n vote(s)", "", s.votes)
        .arg(percent(s.winRate))
        .arg(percent(s.interval.low))
        .arg(percent(s.interval.high));
}
