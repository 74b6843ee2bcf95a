#include "conversationrecorder.h"

#include "chat/chatsession.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// How much of an answer there is: when it grows, a checkpoint has something new to write.
qsizetype progressOf(const Message &message)
{
    qsizetype size = message.content.size() + message.reasoning.size() + message.refusal.size();
    for (const ToolCall &call : message.toolCalls)
        size += call.name.size() + call.arguments.size();
    return size;
}

} // namespace

ConversationRecorder::ConversationRecorder(ConversationStore *store, ChatSession *session,
                                           const StoredConversation &info, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
    , m_info(info)
    , m_stored(info.createdAt != 0)
{
    m_info.id = session->id();
    m_info.selectedChild.clear(); // written one by one as they change
    m_timer.setInterval(checkpointIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConversationRecorder::checkpoint);
    connect(session, &ChatSession::messageChanged, this, &ConversationRecorder::noteMessage);
    connect(session, &ChatSession::branchSelected, this, &ConversationRecorder::noteBranch);
    connect(session, &ChatSession::toolRunFinished, this, &ConversationRecorder::noteToolRun);
    connect(session, &ChatSession::busyChanged, this, &ConversationRecorder::updateTimer);
    connect(session, &ChatSession::modelChanged, this, &ConversationRecorder::noteSettings);
    connect(session, &ChatSession::systemPromptChanged, this, &ConversationRecorder::noteSettings);
    connect(session, &ChatSession::parametersChanged, this, &ConversationRecorder::noteSettings);
    connect(session, &ChatSession::disabledToolsChanged, this, &ConversationRecorder::noteSettings);
}

QString ConversationRecorder::automaticTitle(const QString &firstQuestion)
{
    const QString firstLine = firstQuestion.trimmed().section(u'\n', 0, 0).simplified();
    constexpr int maxLength = 60;
    if (firstLine.size() <= maxLength)
        return firstLine;
    // Cut at a word when there is one near the end, never inside a surrogate pair.
    qsizetype cut = firstLine.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    if (firstLine.at(cut - 1).isHighSurrogate())
        --cut;
    return firstLine.first(cut).trimmed() + u'…';
}

void ConversationRecorder::rename(const QString &title)
{
    const QString trimmed = title.simplified();
    m_info.customTitle = !trimmed.isEmpty();
    if (m_info.customTitle) {
        m_info.title = trimmed;
    } else if (m_session) {
        const auto &messages = m_session->conversation()->messages();
        const auto first = std::find_if(messages.cbegin(), messages.cend(), [](const Message &m) {
            return m.role == Message::Role::User;
        });
        m_info.title = first == messages.cend() ? QString() : automaticTitle(first->content);
    }
    m_infoDirty = m_stored;
    Q_EMIT infoChanged(m_info);
    flush();
}

void ConversationRecorder::setPinned(bool pinned)
{
    if (m_info.pinned == pinned)
        return;
    m_info.pinned = pinned;
    m_infoDirty = m_stored;
    Q_EMIT infoChanged(m_info);
    flush();
}

void ConversationRecorder::setArchived(bool archived)
{
    if (m_info.archived == archived)
        return;
    m_info.archived = archived;
    m_infoDirty = m_stored;
    Q_EMIT infoChanged(m_info);
    flush();
}

void ConversationRecorder::setProviderId(const QString &providerId)
{
    if (m_info.providerId == providerId)
        return;
    m_info.providerId = providerId;
    m_infoDirty = m_stored;
}

void ConversationRecorder::setComparison(const QString &group, int column, bool blind)
{
    const QJsonObject place {{u"column"_s, column}, {u"blind"_s, blind}};
    if (m_info.comparisonGroup == group && m_comparisonPlace == place)
        return;
    m_info.comparisonGroup = group;
    m_comparisonPlace = place;
    noteSettings();
}

void ConversationRecorder::restoreSettings(ChatSession *session, const StoredConversation &info,
                                           const QString &fallbackModel)
{
    session->setModel(info.model.isEmpty() ? fallbackModel : info.model);
    session->setSystemPrompt(info.systemPrompt);
    session->setParameters(ModelParameters::fromJson(info.parameters));
    session->setDisabledTools(info.parameters.value(disabledToolsKey).toVariant().toStringList());
}

void ConversationRecorder::noteSettings()
{
    if (!m_session)
        return;
    m_info.model = m_session->model();
    m_info.systemPrompt = m_session->systemPrompt();
    QJsonObject parameters;
    m_session->parameters().writeTo(parameters);
    if (!m_session->disabledTools().isEmpty())
        parameters.insert(disabledToolsKey, QJsonArray::fromStringList(m_session->disabledTools()));
    if (!m_comparisonPlace.isEmpty())
        parameters.insert(comparisonKey, m_comparisonPlace);
    m_info.parameters = parameters;
    if (m_stored) {
        m_infoDirty = true;
        flush();
    }
}

void ConversationRecorder::touch()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_stored) {
        m_info.createdAt = now;
        noteSettings();
    }
    m_info.updatedAt = now;
    if (!m_info.customTitle && m_info.title.isEmpty() && m_session) {
        for (const Message &message : m_session->conversation()->messages()) {
            if (message.role == Message::Role::User) {
                m_info.title = automaticTitle(message.content);
                break;
            }
        }
    }
    m_infoDirty = true;
    Q_EMIT infoChanged(m_info);
}

void ConversationRecorder::noteMessage(const Message &message)
{
    markDirty(message.id);
    if (m_session && m_session->isBusy())
        m_checkpointedSizes.insert(message.id, progressOf(message));
    touch();
    flush();
    updateTimer();
}

void ConversationRecorder::markDirty(const QString &messageId)
{
    if (!m_dirtyMessages.contains(messageId))
        m_dirtyMessages.append(messageId);
}

void ConversationRecorder::noteBranch(const QString &parentId, const QString &childId)
{
    m_dirtyChoices.insert(parentId, childId);
    flush();
}

void ConversationRecorder::noteToolRun(const Message &answer, const ToolCall &call)
{
    const ToolRun &run = call.run;
    m_pendingRuns.append({0, m_info.id, answer.id, call.id, call.name, run.source,
                          run.arguments.isEmpty() ? call.arguments : run.arguments, run.result,
                          ToolRun::statusName(run.status), run.approval, run.startedAt,
                          run.finishedAt});
    flush();
    updateTimer();
}

void ConversationRecorder::checkpoint()
{
    // Every answer of the request (the parameter n asks for several), shown or not.
    const QList<const Message *> streaming
        = m_session ? m_session->streamingMessages() : QList<const Message *>();
    for (const Message *answer : streaming) {
        const qsizetype progress = progressOf(*answer);
        if (progress != m_checkpointedSizes.value(answer->id, -1)) {
            markDirty(answer->id);
            m_checkpointedSizes.insert(answer->id, progress);
        }
    }
    if (streaming.isEmpty())
        m_checkpointedSizes.clear();
    flush();
    updateTimer();
}

void ConversationRecorder::updateTimer()
{
    const bool needed = (m_session && m_session->isBusy()) || hasUnsavedChanges();
    if (needed && !m_timer.isActive())
        m_timer.start();
    else if (!needed)
        m_timer.stop();
}

bool ConversationRecorder::flush()
{
    if (!m_session || !m_store)
        return false;
    if (!m_infoDirty && m_dirtyMessages.isEmpty() && m_dirtyChoices.isEmpty()
        && m_pendingRuns.isEmpty())
        return true;
    // The conversation row first: messages and choices refer to it.
    if (m_infoDirty || !m_stored) {
        if (!m_store->saveConversation(m_info, ConversationStore::BranchChoices::Keep)) {
            if (!m_failing)
                Q_EMIT saveFailed(m_store->lastError());
            m_failing = true;
            updateTimer();
            return false;
        }
        m_stored = true;
        m_infoDirty = false;
    }
    const Message *streaming = m_session->streamingMessage();
    const MessageTree &tree = m_session->tree();
    bool ok = true;
    for (auto it = m_dirtyMessages.begin(); it != m_dirtyMessages.end();) {
        const Message *message = streaming && streaming->id == *it ? streaming : tree.find(*it);
        if (message && !m_store->saveMessage(m_info.id, *message)) {
            ok = false;
            ++it;
        } else {
            it = m_dirtyMessages.erase(it);
        }
    }
    for (auto it = m_dirtyChoices.begin(); ok && it != m_dirtyChoices.end();) {
        if (!m_store->setSelectedChild(m_info.id, it.key(), it.value()))
            ok = false;
        else
            it = m_dirtyChoices.erase(it);
    }
    while (ok && !m_pendingRuns.isEmpty()) {
        if (m_store->addToolRun(m_pendingRuns.constFirst()))
            m_pendingRuns.removeFirst();
        else
            ok = false;
    }
    if (!ok) {
        if (!m_failing)
            Q_EMIT saveFailed(m_store->lastError());
        m_failing = true;
        updateTimer();
        return false;
    }
    if (m_failing) {
        m_failing = false;
        Q_EMIT saved();
    }
    return true;
}

void ConversationRecorder::saveAll()
{
    if (!m_session)
        return;
    m_stored = false;
    m_infoDirty = true;
    const MessageTree &tree = m_session->tree();
    // Parents before children and siblings in their order, as the tree will be rebuilt.
    QStringList pending {QString()};
    while (!pending.isEmpty()) {
        const QString parent = pending.takeFirst();
        const QStringList children = tree.childrenOf(parent);
        for (const QString &child : children) {
            markDirty(child);
            m_dirtyChoices.insert(parent, tree.selectedChildOf(parent));
        }
        pending.append(children);
    }
    flush();
}
