#include "historyedits.h"

#include "chat/chatsession.h"
#include "comparisons.h"
#include "conversationlist.h"
#include "storage/conversationrecorder.h"

HistoryEdits::HistoryEdits(ConversationList *conversations, ConversationStore *store,
                           Comparisons *comparisons, RecorderOf recorderOf, QObject *parent)
    : QObject(parent)
    , m_conversations(conversations)
    , m_store(store)
    , m_comparisons(comparisons)
    , m_recorderOf(std::move(recorderOf))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(undoTimeMs);
    connect(&m_timer, &QTimer::timeout, this, &HistoryEdits::finish);
}

void HistoryEdits::editStored(const QString &id,
                              const std::function<void(StoredConversation &)> &edit)
{
    const StoredConversation *listed = m_conversations->find(id);
    if (!listed)
        return;
    // The list has a summary; the store has the whole conversation, which is saved whole.
    std::optional<StoredConversation> info
        = listed->createdAt == 0 ? std::optional(*listed) : m_store->conversation(id);
    if (!info) {
        Q_EMIT problem(tr("Could not read from the history: %1").arg(m_store->lastError()));
        return;
    }
    edit(*info);
    if (info->createdAt != 0
        && !m_store->saveConversation(*info, ConversationStore::BranchChoices::Keep)) {
        Q_EMIT problem(tr("Could not save to the history: %1").arg(m_store->lastError()));
        return;
    }
    m_conversations->upsert(*info);
}

void HistoryEdits::edit(const QString &id, const std::function<void(ConversationRecorder *)> &open,
                        const std::function<void(StoredConversation &)> &stored)
{
    for (const QString &member : m_conversations->membersOf(id)) {
        if (ConversationRecorder *recorder = m_recorderOf(member))
            open(recorder);
        else
            editStored(member, stored);
    }
}

void HistoryEdits::rename(const QString &id, const QString &title)
{
    edit(
        id, [title](ConversationRecorder *recorder) { recorder->rename(title); },
        [title](StoredConversation &info) {
            if (title.simplified().isEmpty())
                return; // the automatic title needs the messages: kept as it was
            info.title = title.simplified();
            info.customTitle = true;
        });
}

void HistoryEdits::setPinned(const QString &id, bool pinned)
{
    edit(
        id, [pinned](ConversationRecorder *recorder) { recorder->setPinned(pinned); },
        [pinned](StoredConversation &info) { info.pinned = pinned; });
}

void HistoryEdits::setArchived(const QString &id, bool archived)
{
    edit(
        id, [archived](ConversationRecorder *recorder) { recorder->setArchived(archived); },
        [archived](StoredConversation &info) { info.archived = archived; });
}

void HistoryEdits::remove(const QString &id)
{
    const StoredConversation *listed = m_conversations->find(id);
    if (!listed)
        return;
    finish();
    PendingDeletion pending;
    if (!listed->comparisonGroup.isEmpty())
        m_comparisons->discard(listed->comparisonGroup);
    for (const QString &member : m_conversations->membersOf(id)) {
        pending.infos.append(*m_conversations->find(member));
        if (ChatSession *session = m_conversations->session(member))
            session->stop();
        pending.session = m_conversations->take(member);
    }
    m_pending = pending;
    m_timer.start();
    Q_EMIT undoableChanged();
}

QString HistoryEdits::undoableTitle() const
{
    return m_pending ? ConversationList::titleOf(m_pending->infos.constFirst()) : QString();
}

std::optional<HistoryEdits::Restored> HistoryEdits::undo()
{
    if (!m_pending)
        return std::nullopt;
    const PendingDeletion pending = *m_pending;
    m_pending.reset();
    m_timer.stop();
    for (const StoredConversation &info : pending.infos)
        m_conversations->upsert(info);
    if (pending.session)
        m_conversations->attach(pending.session);
    Q_EMIT undoableChanged();
    return Restored {pending.infos.constFirst().id, pending.session};
}

void HistoryEdits::finish()
{
    if (!m_pending)
        return;
    const PendingDeletion pending = *m_pending;
    m_pending.reset();
    m_timer.stop();
    if (pending.session) {
        // Its recorder must not write it back.
        pending.session->disconnect();
        delete pending.session;
    }
    for (const StoredConversation &info : pending.infos)
        if (info.createdAt != 0 && !m_store->removeConversation(info.id))
            Q_EMIT problem(tr("Could not delete from the history: %1").arg(m_store->lastError()));
    Q_EMIT undoableChanged();
}
