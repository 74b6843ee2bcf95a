#pragma once

#include "message.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// The messages of the conversation branch on screen, for QML. While a message streams,
// changes are coalesced: at most one dataChanged per frame, for that row and only the
// roles that changed.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A ConversationModel belongs to a ChatSession.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1, // QString
        RoleNameRole, // "system", "user", "assistant", "tool"
        ContentRole, // QString, the answer text
        ReasoningRole, // QString, empty when the model did not reason
        RefusalRole, // QString
        ToolCallsRole, // QVariantList of {id, name, arguments}
        ModelRole, // QString, the model that actually answered
        UsageRole, // QVariantMap: prompt_tokens, completion_tokens, …
        FinishReasonRole, // QString
        StateRole, // "complete", "pending", "streaming", "failed", "cancelled",
                   // "interrupted"
        ErrorTextRole, // QString, for people
        ErrorKindRole, // QString, ApiError::kindName()
        IsThinkingRole, // bool: reasoning streams, no answer yet
        ReasoningDurationRole, // qint64 ms
        TimeToFirstTokenRole, // qint64 ms, -1 when unknown
        TokensPerSecondRole, // double
        SiblingIndexRole, // int: 0-based position among the message's versions
        SiblingCountRole, // int: how many versions the message has (at least 1)
    };
    Q_ENUM(Roles)

    // One frame at 60 Hz: the most often a streaming row is announced.
    static constexpr int coalesceIntervalMs = 16;

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Message> &messages() const { return m_messages; }
    const Message &at(int row) const { return m_messages.at(row); }
    int rowOf(const QString &messageId) const;

    int append(const Message &message);
    void replace(int row, const Message &message);
    void removeFrom(int row); // removes `row` and everything after it
    void clear();
    // Replaces every row at once (a conversation opened): views rebuild once.
    void reset(const QList<Message> &messages);

    // Where the row's message stands among its versions (regenerated or edited); the
    // session sets it, new rows start at 0 of 1 and replace() keeps it. Announces only a
    // real change.
    void setSiblings(int row, int index, int count);

    // For the streaming row: change the message in place, then report which fields changed.
    Message &edit(int row) { return m_messages[row]; }
    void noteChanged(int row, Message::Fields fields); // coalesced
    void flushChanges(); // emits what is pending now (on finish, before a screenshot)

    static QList<int> rolesFor(Message::Fields fields);

Q_SIGNALS:
    void countChanged();

private:
    struct Siblings
    {
        int index = 0;
        int count = 1;
    };

    QList<Message> m_messages;
    QList<Siblings> m_siblings; // parallel to m_messages
    QHash<int, Message::Fields> m_pending;
    QTimer m_coalesceTimer;
    QElapsedTimer m_sinceFlush; // since the last announcement
};
