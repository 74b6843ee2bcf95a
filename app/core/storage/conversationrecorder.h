#pragma once

#include "conversationstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ChatSession;

// Keeps one live conversation in the store as it happens. Nothing is written until the
// first message; then every new message, every final answer and every branch choice is
// saved at once, and an answer that is still arriving is checkpointed every
// checkpointIntervalMs, so that a crash loses at most that much of it. What could not be
// written (a full disk, a locked file) stays pending and is tried again at the next tick;
// nothing is dropped from memory.
class ConversationRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int checkpointIntervalMs = 500;
    // In the stored parameters: the tools turned off in the conversation.
    static constexpr QLatin1StringView disabledToolsKey {"confab_disabled_tools"};
    // In the stored parameters of a comparison's column: {"column": index, "blind": bool}.
    static constexpr QLatin1StringView comparisonKey {"confab_comparison"};

    // `info` is the stored conversation the session shows (or a new one: only its id and
    // settings matter then). Neither the store nor the session is owned.
    ConversationRecorder(ConversationStore *store, ChatSession *session,
                         const StoredConversation &info, QObject *parent = nullptr);

    const StoredConversation &info() const { return m_info; }
    bool isStored() const { return m_stored; }
    bool hasUnsavedChanges() const
    {
        return m_infoDirty || !m_dirtyMessages.isEmpty() || !m_pendingRuns.isEmpty();
    }

    void rename(const QString &title); // empty: back to the automatic title
    void setPinned(bool pinned);
    void setArchived(bool archived);
    void setProviderId(const QString &providerId);
    // The conversation is column `column` of the comparison `group`, blind or not.
    void setComparison(const QString &group, int column, bool blind);
    // Writes everything again (after the store was reopened on another file).
    void saveAll();
    // Writes what is pending now; false (with the store's message) when something failed.
    bool flush();

    // The title a conversation gets from its first question.
    static QString automaticTitle(const QString &firstQuestion);
    // The stored model, prompt, parameters and tools put back on a session; `fallbackModel`
    // when none was stored.
    static void restoreSettings(ChatSession *session, const StoredConversation &info,
                                const QString &fallbackModel);

Q_SIGNALS:
    void infoChanged(const StoredConversation &info); // title, dates, flags
    void saveFailed(const QString &message);
    void saved(); // after a failure: everything pending reached the store

private:
    void noteMessage(const Message &message);
    void noteBranch(const QString &parentId, const QString &childId);
    void noteToolRun(const Message &answer, const ToolCall &call);
    void noteSettings();
    void checkpoint();
    void touch(); // the conversation changed now
    void updateTimer();
    void markDirty(const QString &messageId);

    ConversationStore *m_store;
    QPointer<ChatSession> m_session;
    StoredConversation m_info;
    bool m_stored = false;
    bool m_infoDirty = false;
    QStringList m_dirtyMessages; // in the order they must be written (parents first)
    QHash<QString, QString> m_dirtyChoices; // parent -> child
    QList<ToolRunRecord> m_pendingRuns; // for the tool-run log, oldest first
    QJsonObject m_comparisonPlace; // empty outside comparisons
    QTimer m_timer;
    QHash<QString, qsizetype> m_checkpointedSizes; // of the streaming answers, when last written
    bool m_failing = false;
};
