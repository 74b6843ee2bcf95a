#pragma once

#include "comparecolumn.h"
#include "storage/comparisonvote.h"

#include <QList>
#include <QObject>
#include <QQmlListProperty>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class ChatSession;

// One prompt, several models side by side: two to four columns, each a ChatSession with
// its own provider, model, parameters and history, streaming at once and independently —
// one failing or stopped leaves the others alone. Follow-ups go to every column or to one.
// The columns' conversations share the comparison's id as their comparison group.
class CompareSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace makes comparisons.")
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(QQmlListProperty<CompareColumn> columnList READ columnList NOTIFY columnsChanged)
    Q_PROPERTY(int count READ count NOTIFY columnsChanged)
    // Some column is still answering.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // Model names are hidden (columns are A, B, …) until the person votes.
    Q_PROPERTY(bool blind READ isBlind WRITE setBlind NOTIFY blindChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    // The column the person picked as best, Tie (-1) for a tie, NotVoted (-2) before.
    Q_PROPERTY(int pick READ pick NOTIFY pickChanged)

public:
    static constexpr int minColumns = 2;
    static constexpr int maxColumns = 4;
    enum Pick { NotVoted = -2, Tie = -1 }; // besides a column's index
    Q_ENUM(Pick)

    explicit CompareSession(QObject *parent = nullptr, const QString &id = {});

    QString id() const { return m_id; }
    QList<CompareColumn *> columns() const { return m_columns; }
    QQmlListProperty<CompareColumn> columnList(); // for QML, read only
    int count() const { return int(m_columns.size()); }
    CompareColumn *column(int index) const { return m_columns.value(index); }
    bool isBusy() const;
    bool isBlind() const { return m_blind; }
    void setBlind(bool blind);
    QString statusText() const { return m_statusText; }

    // Adds a column answering with `model` through `client` (not owned); its session is
    // made here, or `session` (a stored column, reopened) is taken. Null past maxColumns.
    CompareColumn *addColumn(ChatClient *client, const QString &model,
                             const QString &providerId = {}, const QString &providerName = {},
                             ChatSession *session = nullptr);
    Q_INVOKABLE bool removeColumn(int index); // not while it answers; at least minColumns stay

    // The same question to every column (each with its own history). False, sending
    // nothing, while any column answers or with fewer than minColumns.
    Q_INVOKABLE bool send(const QString &text);
    // A follow-up to one column only.
    Q_INVOKABLE bool sendTo(int index, const QString &text);
    Q_INVOKABLE void stopAll();
    Q_INVOKABLE void stop(int index);
    Q_INVOKABLE bool regenerate(int index);

    int pick() const { return m_pick; }
    // The person's verdict on the latest answers: a column's index, or -1 for a tie. Shows
    // the names again and emits voteCast for the history and the leaderboard. False while
    // an answer streams, before every column has answered, or for an unknown column.
    Q_INVOKABLE bool vote(int winner);
    // The verdict of a reopened comparison, as it was cast (no voteCast).
    void restorePick(int winner);

Q_SIGNALS:
    void columnsChanged();
    void busyChanged();
    void blindChanged();
    void statusTextChanged();
    void columnAdded(CompareColumn *column);
    void columnRemoved(CompareColumn *column); // deleted later
    void pickChanged();
    void voteCast(const ComparisonVote &vote);

private:
    void relabel();
    void setStatusText(const QString &text);

    QString m_id;
    QList<CompareColumn *> m_columns;
    bool m_blind = false;
    int m_pick = NotVoted;
    QString m_statusText;
};
