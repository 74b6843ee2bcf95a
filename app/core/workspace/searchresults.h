#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class ConversationList;
class ConversationStore;

// What the sidebar shows while something is typed in its search box: conversations whose
// title matches, then messages that contain every word, best first, each with a snippet
// in which the match is marked. The search runs a moment after typing stops.
class SearchResults : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the search results.")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        ConversationIdRole = Qt::UserRole + 1, // QString
        MessageIdRole, // QString; empty for a title match
        TitleRole, // QString: the conversation's title
        SnippetRole, // QString: rich text, the match in bold; empty for a title match
    };
    Q_ENUM(Roles)

    static constexpr int delayMs = 150;
    static constexpr int maxTitleHits = 8;
    static constexpr int maxMessageHits = 50;

    SearchResults(ConversationStore *store, ConversationList *conversations,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    Q_INVOKABLE void refresh(); // now, without waiting

    // "[match]" marks (as the store returns them) become bold rich text; the rest is escaped.
    static QString snippetToRichText(const QString &snippet);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    struct Hit
    {
        QString conversationId;
        QString messageId;
        QString snippet;
    };

    ConversationStore *m_store;
    ConversationList *m_conversations;
    QString m_query;
    QList<Hit> m_hits;
    QTimer m_delay;
};
