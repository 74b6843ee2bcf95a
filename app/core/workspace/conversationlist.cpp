#include "conversationlist.h"

#include "chat/chatsession.h"

#include <QCoreApplication>

ConversationList::ConversationList(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ConversationList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QHash<int, QByteArray> ConversationList::roleNames() const
{
    return {{SessionRole, "session"}, {TitleRole, "title"}, {BusyRole, "busy"}};
}

QVariant ConversationList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    ChatSession *session = m_visible.at(index.row());
    switch (role) {
    case SessionRole:
        return QVariant::fromValue(session);
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(session);
    case BusyRole:
        return session->isBusy();
    default:
        return {};
    }
}

QString ConversationList::titleOf(ChatSession *session)
{
    for (const Message &message : session->conversation()->messages()) {
        if (message.role != Message::Role::User)
            continue;
        const QString firstLine = message.content.trimmed().section(u'\n', 0, 0).simplified();
        constexpr int maxLength = 60;
        return firstLine.size() > maxLength ? firstLine.first(maxLength - 1) + u'…' : firstLine;
    }
    return QCoreApplication::translate("ConversationList", "New chat");
}

ChatSession *ConversationList::add(ChatSession *session)
{
    session->setParent(this);
    m_all.prepend(session);
    watch(session);
    if (matches(session)) {
        beginInsertRows({}, 0, 0);
        m_visible.prepend(session);
        endInsertRows();
        Q_EMIT countChanged();
    }
    return session;
}

void ConversationList::watch(ChatSession *session)
{
    const auto changed = [this, session](int role) {
        const int row = int(m_visible.indexOf(session));
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {role});
    };
    connect(session, &ChatSession::busyChanged, this, [changed] { changed(BusyRole); });
    connect(session->conversation(), &QAbstractItemModel::rowsInserted, this,
            [changed] { changed(TitleRole); });
    connect(session->conversation(), &QAbstractItemModel::rowsRemoved, this,
            [changed] { changed(TitleRole); });
}

ChatSession *ConversationList::sessionAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_visible.at(row) : nullptr;
}

int ConversationList::rowOfSession(ChatSession *session) const
{
    return int(m_visible.indexOf(session));
}

void ConversationList::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    refilter();
    Q_EMIT filterTextChanged();
}

bool ConversationList::matches(ChatSession *session) const
{
    const QString needle = m_filterText.trimmed();
    if (needle.isEmpty())
        return true;
    if (titleOf(session).contains(needle, Qt::CaseInsensitive))
        return true;
    for (const Message &message : session->conversation()->messages()) {
        if (message.content.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ConversationList::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (ChatSession *session : std::as_const(m_all)) {
        if (matches(session))
            m_visible.append(session);
    }
    endResetModel();
    Q_EMIT countChanged();
}
