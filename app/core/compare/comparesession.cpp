#include "comparesession.h"

#include "chat/chatsession.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

CompareSession::CompareSession(QObject *parent, const QString &id)
    : QObject(parent)
    , m_id(id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id)
{ }

QQmlListProperty<CompareColumn> CompareSession::columnList()
{
    return {this, &m_columns,
            [](QQmlListProperty<CompareColumn> *list) {
                return static_cast<const QList<CompareColumn *> *>(list->data)->size();
            },
            [](QQmlListProperty<CompareColumn> *list, qsizetype index) {
                return static_cast<const QList<CompareColumn *> *>(list->data)->value(index);
            }};
}

bool CompareSession::isBusy() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [](const CompareColumn *column) { return column->session()->isBusy(); });
}

void CompareSession::setBlind(bool blind)
{
    if (m_blind == blind)
        return;
    m_blind = blind;
    Q_EMIT blindChanged();
}

CompareColumn *CompareSession::addColumn(ChatClient *client, const QString &model,
                                         const QString &providerId, const QString &providerName,
                                         ChatSession *session)
{
    if (m_columns.size() >= maxColumns)
        return nullptr;
    if (!session)
        session = new ChatSession;
    if (!model.isEmpty())
        session->setModel(model);
    auto *column = new CompareColumn(session, client, providerId, providerName, this);
    connect(session, &ChatSession::busyChanged, this, &CompareSession::busyChanged);
    m_columns.append(column);
    relabel();
    Q_EMIT columnAdded(column);
    Q_EMIT columnsChanged();
    return column;
}

bool CompareSession::removeColumn(int index)
{
    CompareColumn *column = m_columns.value(index);
    if (!column || column->session()->isBusy() || m_columns.size() <= minColumns)
        return false;
    m_columns.removeAt(index);
    Q_EMIT columnRemoved(column);
    column->deleteLater();
    relabel();
    Q_EMIT columnsChanged();
    return true;
}

void CompareSession::relabel()
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setLetter(QString(QChar(char16_t(u'A' + i))));
}

bool CompareSession::send(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    if (m_columns.size() < minColumns) {
        setStatusText(tr("Add at least %1 models to compare.").arg(minColumns));
        return false;
    }
    if (isBusy()) {
        setStatusText(tr("Wait for every answer to finish, or stop them first."));
        return false;
    }
    setStatusText({});
    if (m_pick != NotVoted) { // a new round: a new verdict
        m_pick = NotVoted;
        Q_EMIT pickChanged();
    }
    // Each column sends on its own; one that cannot (no client) says why in its status.
    bool any = false;
    for (CompareColumn *column : std::as_const(m_columns))
        any = column->session()->send(text) || any;
    return any;
}

bool CompareSession::vote(int winner)
{
    if (isBusy() || winner < ComparisonVote::Tie || winner >= m_columns.size())
        return false;
    ComparisonVote vote;
    vote.comparisonGroup = m_id;
    vote.createdAt = QDateTime::currentMSecsSinceEpoch();
    vote.winner = winner;
    vote.blind = m_blind;
    for (const CompareColumn *column : std::as_const(m_columns)) {
        const QList<Message> &messages = column->session()->conversation()->messages();
        const bool answered = !messages.isEmpty()
            && messages.constLast().role == Message::Role::Assistant
            && messages.constLast().state == Message::State::Complete;
        if (!answered) {
            setStatusText(tr("Every model has to answer before you pick the best."));
            return false;
        }
        const QString model = messages.constLast().model.isEmpty() ? column->session()->model()
                                                                   : messages.constLast().model;
        vote.contenders.append({column->providerId(), model});
    }
    m_pick = winner;
    Q_EMIT pickChanged();
    setBlind(false); // the names, now that the verdict is in
    setStatusText({});
    Q_EMIT voteCast(vote);
    return true;
}

void CompareSession::restorePick(int winner)
{
    if (winner < ComparisonVote::Tie || winner >= m_columns.size() || m_pick == winner)
        return;
    m_pick = winner;
    Q_EMIT pickChanged();
}

bool CompareSession::sendTo(int index, const QString &text)
{
    CompareColumn *column = m_columns.value(index);
    if (!column || !column->session()->send(text))
        return false;
    if (m_pick != NotVoted) { // the verdict was on the answers before this one
        m_pick = NotVoted;
        Q_EMIT pickChanged();
    }
    return true;
}

void CompareSession::stopAll()
{
    for (CompareColumn *column : std::as_const(m_columns))
        column->session()->stop();
}

void CompareSession::stop(int index)
{
    if (CompareColumn *column = m_columns.value(index))
        column->session()->stop();
}

bool CompareSession::regenerate(int index)
{
    CompareColumn *column = m_columns.value(index);
    return column && column->session()->regenerate();
}

void CompareSession::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}
