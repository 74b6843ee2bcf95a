#pragma once

#include "storage/conversationstore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ChatSession;

// The sidebar's conversations: pinned first, then the most recently updated, each with the
// date group it belongs to. A row is a stored conversation's summary; the ones open in
// this run also have their live ChatSession (the list owns those). The conversations of
// one side-by-side comparison (its columns) are rows too: the first of them in the order
// leads, and stands for the comparison in the sidebar.
class ConversationList : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the conversation list.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        TitleRole, // QString: the stored or automatic title, or "New chat"
        BusyRole, // bool: an answer is streaming
        PinnedRole, // bool
        ArchivedRole, // bool
        GroupRole, // QString: Pinned, Today, Yesterday, Previous 7 days, … (for sections)
        UpdatedRole, // QDateTime
        SessionRole, // ChatSession*, or nullptr while the conversation is not open
        ComparisonRole, // QString: the comparison it is a column of, or empty
        ComparisonSizeRole, // int: how many columns that comparison has saved (0 outside one)
        LeadRole, // bool: shown in the sidebar (not a comparison's other column)
    };
    Q_ENUM(Roles)

    explicit ConversationList(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows with `conversations`, keeping the live sessions' rows.
    void reset(const QList<StoredConversation> &conversations);
    // Adds the conversation, or updates and moves its row.
    void upsert(const StoredConversation &conversation);
    // Removes the row; its session, if any, is handed back (unparented) to the caller.
    ChatSession *take(const QString &id);

    void attach(ChatSession *session); // takes ownership; its row must exist
    // The row stays; its session is handed back (unparented) to the caller.
    ChatSession *detach(const QString &id);
    ChatSession *session(const QString &id) const;
    QList<ChatSession *> sessions() const;
    const StoredConversation *find(const QString &id) const;
    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    // Its comparison's conversations (the lead first), or just `id` outside a comparison.
    QStringList membersOf(const QString &id) const;
    // The first conversation of the list that is not a comparison; empty when none is.
    QString firstChatId() const;

    // The group a conversation last updated at `updatedAt` (ms) falls in, seen on `today`.
    static QString groupOf(bool pinned, qint64 updatedAt, const QDate &today);
    static QString titleOf(const StoredConversation &conversation);

    // "Today" moves at midnight; the owner calls this when the date changes.
    void refreshGroups();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        StoredConversation info;
        QPointer<ChatSession> session;
    };
    static bool before(const StoredConversation &a, const StoredConversation &b);
    int insertionRow(const StoredConversation &conversation) const;
    void watch(ChatSession *session);
    // Finds the lead and size of the comparison again, telling views what changed.
    void regroup(const QString &comparison);

    QList<Row> m_rows;
    struct Comparison
    {
        QString leadId;
        int size = 0;
    };
    QHash<QString, Comparison> m_comparisons; // by comparison group
    QDate m_today;
};
