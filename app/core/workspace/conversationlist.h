#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

class ChatSession;

// The conversations of this run, newest first, for the sidebar. Each row is a live
// ChatSession; the list owns them. (The history issue backs this with SQLite.)
class ConversationList : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the conversation list.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    enum Roles {
        SessionRole = Qt::UserRole + 1, // ChatSession*
        TitleRole, // QString: the first line of the first question, or "New chat"
        BusyRole, // bool: an answer is streaming
    };
    Q_ENUM(Roles)

    explicit ConversationList(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds a session at the top (taking ownership) and returns it.
    ChatSession *add(ChatSession *session);
    ChatSession *sessionAt(int row) const; // among the rows shown (the filter applies)
    const QList<ChatSession *> &allSessions() const { return m_all; }
    int rowOfSession(ChatSession *session) const;

    // Only conversations whose title or text contains the filter (case-insensitive) show.
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    static QString titleOf(ChatSession *session);

Q_SIGNALS:
    void countChanged();
    void filterTextChanged();

private:
    bool matches(ChatSession *session) const;
    void refilter();
    void watch(ChatSession *session);

    QList<ChatSession *> m_all; // newest first
    QList<ChatSession *> m_visible;
    QString m_filterText;
};
