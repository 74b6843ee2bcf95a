#pragma once

#include "storage/conversationstore.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class ChatSession;
class Comparisons;
class ConversationList;
class ConversationRecorder;

// What the person does to conversations of the list: rename, pin, archive and delete
// (with a time to undo). A comparison's conversation stands for the whole comparison. An
// open conversation is changed through its recorder, which would otherwise write its old
// state back; one that is not open is changed in the history directly.
class HistoryEdits : public QObject
{
    Q_OBJECT

public:
    static constexpr int undoTimeMs = 8000;
    // The recorder of an open conversation (a chat or a comparison's column), else null.
    using RecorderOf = std::function<ConversationRecorder *(const QString &id)>;

    // Nothing is owned.
    HistoryEdits(ConversationList *conversations, ConversationStore *store,
                 Comparisons *comparisons, RecorderOf recorderOf, QObject *parent = nullptr);

    void rename(const QString &id, const QString &title); // empty: the automatic title
    void setPinned(const QString &id, bool pinned);
    void setArchived(const QString &id, bool archived);

    // Out of the list at once (a comparison stops and closes); out of the history when
    // the undo time is over, at the next deletion or at finish(). An open session stops
    // and is kept until then.
    void remove(const QString &id);
    struct Restored
    {
        QString id; // the conversation to show again
        ChatSession *session = nullptr; // back in the list, when it was open
    };
    // The last deletion undone; nothing when there is none to undo.
    std::optional<Restored> undo();
    void finish(); // the pending deletion, now
    QString undoableTitle() const; // empty when there is nothing to undo

Q_SIGNALS:
    void undoableChanged();
    void problem(const QString &message); // the history could not be read or written

private:
    // For a conversation that is not open: change its stored summary.
    void editStored(const QString &id, const std::function<void(StoredConversation &)> &edit);
    void edit(const QString &id, const std::function<void(ConversationRecorder *)> &open,
              const std::function<void(StoredConversation &)> &stored);

    ConversationList *m_conversations;
    ConversationStore *m_store;
    Comparisons *m_comparisons;
    RecorderOf m_recorderOf;
    struct PendingDeletion
    {
        QList<StoredConversation> infos; // one conversation, or a comparison's columns
        ChatSession *session = nullptr;
    };
    std::optional<PendingDeletion> m_pending;
    QTimer m_timer;
};
