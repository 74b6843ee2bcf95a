#include "conversationlist.h"

#include "chat/chatsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

ConversationList::ConversationList(QObject *parent)
    : QAbstractListModel(parent)
    , m_today(QDate::currentDate())
{ }

int ConversationList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ConversationList::roleNames() const
{
    return {{IdRole, "conversationId"},
            {TitleRole, "title"},
            {BusyRole, "busy"},
            {PinnedRole, "pinned"},
            {ArchivedRole, "archived"},
            {GroupRole, "group"},
            {UpdatedRole, "updated"},
            {SessionRole, "session"},
            {ComparisonRole, "comparison"},
            {ComparisonSizeRole, "comparisonSize"},
            {LeadRole, "lead"}};
}

QVariant ConversationList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.info.id;
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(row.info);
    case BusyRole:
        return row.session && row.session->isBusy();
    case PinnedRole:
        return row.info.pinned;
    case ArchivedRole:
        return row.info.archived;
    case GroupRole:
        return groupOf(row.info.pinned, row.info.updatedAt, m_today);
    case UpdatedRole:
        return QDateTime::fromMSecsSinceEpoch(row.info.updatedAt);
    case SessionRole:
        return QVariant::fromValue(row.session.data());
    case ComparisonRole:
        return row.info.comparisonGroup;
    case ComparisonSizeRole:
        return m_comparisons.value(row.info.comparisonGroup).size;
    case LeadRole:
        return row.info.comparisonGroup.isEmpty()
            || m_comparisons.value(row.info.comparisonGroup).leadId == row.info.id;
    default:
        return {};
    }
}

QString ConversationList::titleOf(const StoredConversation &conversation)
{
    return conversation.title.isEmpty()
        ? QCoreApplication::translate("ConversationList", "New chat")
        : conversation.title;
}

QString ConversationList::groupOf(bool pinned, qint64 updatedAt, const QDate &today)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("ConversationList", text); };
    if (pinned)
        return tr("Pinned");
    const QDate date = QDateTime::fromMSecsSinceEpoch(updatedAt).date();
    const qint64 daysAgo = date.daysTo(today);
    if (daysAgo <= 0)
        return tr("Today");
    if (daysAgo == 1)
        return tr("Yesterday");
    if (daysAgo < 7)
        return tr("Previous 7 days");
    if (daysAgo < 30)
        return tr("Previous 30 days");
    if (date.year() == today.year())
        return QLocale().standaloneMonthName(date.month());
    return QString::number(date.year());
}

bool ConversationList::before(const StoredConversation &a, const StoredConversation &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.id < b.id;
}

int ConversationList::insertionRow(const StoredConversation &conversation) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), conversation,
        [](const Row &row, const StoredConversation &c) { return before(row.info, c); });
    return int(it - m_rows.cbegin());
}

void ConversationList::reset(const QList<StoredConversation> &conversations)
{
    beginResetModel();
    QList<Row> live;
    for (const Row &row : std::as_const(m_rows))
        if (row.session)
            live.append(row);
    m_rows.clear();
    m_rows.reserve(conversations.size() + live.size());
    for (const StoredConversation &conversation : conversations) {
        const auto same = std::find_if(live.cbegin(), live.cend(), [&](const Row &row) {
            return row.info.id == conversation.id;
        });
        if (same == live.cend())
            m_rows.append({conversation, nullptr});
    }
    m_rows.append(live);
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return before(a.info, b.info); });
    m_comparisons.clear();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.info.comparisonGroup.isEmpty())
            continue;
        Comparison &comparison = m_comparisons[row.info.comparisonGroup];
        if (comparison.size++ == 0)
            comparison.leadId = row.info.id;
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ConversationList::upsert(const StoredConversation &conversation)
{
    StoredConversation summary = conversation;
    summary.selectedChild.clear();
    const int from = rowOf(conversation.id);
    if (from >= 0) {
        // Where it belongs among the others.
        const Row row = m_rows.takeAt(from);
        const int to = insertionRow(summary);
        m_rows.insert(from, row);
        if (to != from) {
            // Qt counts the destination before the move: one further when moving down.
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_rows.move(from, to);
            endMoveRows();
        }
        const QString formerComparison = m_rows.at(to).info.comparisonGroup;
        m_rows[to].info = summary;
        Q_EMIT dataChanged(index(to), index(to));
        if (formerComparison != summary.comparisonGroup)
            regroup(formerComparison);
        regroup(summary.comparisonGroup);
        return;
    }
    const int to = insertionRow(summary);
    beginInsertRows({}, to, to);
    m_rows.insert(to, {summary, nullptr});
    endInsertRows();
    Q_EMIT countChanged();
    regroup(summary.comparisonGroup);
}

void ConversationList::regroup(const QString &comparison)
{
    if (comparison.isEmpty())
        return;
    Comparison now;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.info.comparisonGroup != comparison)
            continue;
        if (now.size++ == 0)
            now.leadId = row.info.id;
    }
    const Comparison before = m_comparisons.value(comparison);
    if (now.size == 0)
        m_comparisons.remove(comparison);
    else
        m_comparisons.insert(comparison, now);
    // Every role: a filter on the lead sees the change.
    const auto changed = [this](const QString &id) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    };
    if (before.leadId != now.leadId)
        changed(before.leadId);
    if (before.leadId != now.leadId || before.size != now.size)
        changed(now.leadId);
}

QStringList ConversationList::membersOf(const QString &id) const
{
    const StoredConversation *conversation = find(id);
    if (!conversation)
        return {};
    if (conversation->comparisonGroup.isEmpty())
        return {id};
    QStringList ids;
    for (const Row &row : m_rows)
        if (row.info.comparisonGroup == conversation->comparisonGroup)
            ids.append(row.info.id);
    return ids;
}

QString ConversationList::firstChatId() const
{
    for (const Row &row : m_rows)
        if (row.info.comparisonGroup.isEmpty())
            return row.info.id;
    return {};
}

ChatSession *ConversationList::take(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return nullptr;
    beginRemoveRows({}, row, row);
    const Row removed = m_rows.takeAt(row);
    ChatSession *session = removed.session;
    endRemoveRows();
    Q_EMIT countChanged();
    regroup(removed.info.comparisonGroup);
    if (session) {
        session->disconnect(this);
        session->conversation()->disconnect(this);
        session->setParent(nullptr);
    }
    return session;
}

void ConversationList::attach(ChatSession *session)
{
    const int row = rowOf(session->id());
    if (row < 0)
        return;
    session->setParent(this);
    m_rows[row].session = session;
    watch(session);
    Q_EMIT dataChanged(index(row), index(row), {BusyRole, SessionRole});
}

ChatSession *ConversationList::detach(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_rows.at(row).session)
        return nullptr;
    ChatSession *session = m_rows[row].session;
    m_rows[row].session = nullptr;
    session->disconnect(this);
    session->setParent(nullptr);
    Q_EMIT dataChanged(index(row), index(row), {BusyRole, SessionRole});
    return session;
}

void ConversationList::watch(ChatSession *session)
{
    connect(session, &ChatSession::busyChanged, this, [this, session] {
        const int row = rowOf(session->id());
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {BusyRole});
    });
}

ChatSession *ConversationList::session(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).session.data() : nullptr;
}

QList<ChatSession *> ConversationList::sessions() const
{
    QList<ChatSession *> result;
    for (const Row &row : m_rows)
        if (row.session)
            result.append(row.session);
    return result;
}

const StoredConversation *ConversationList::find(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_rows.at(row).info : nullptr;
}

int ConversationList::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).info.id == id)
            return row;
    return -1;
}

QString ConversationList::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info.id : QString();
}

void ConversationList::refreshGroups()
{
    const QDate today = QDate::currentDate();
    if (today == m_today || m_rows.isEmpty())
        return;
    m_today = today;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {GroupRole});
}
