#include "chatsession.h"

#include "attachments/attachmenttray.h"
#include "client/chatclient.h"
#include "client/chatstream.h"
#include "tools/toolregistry.h"
#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

#include <algorithm>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ChatSession::ChatSession(QObject *parent, const QString &id)
    : QObject(parent)
    , m_id(id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id)
{ }

void ChatSession::setParameters(const ModelParameters &parameters)
{
    m_parameters = parameters;
    Q_EMIT parametersChanged();
}

bool ChatSession::isBusy() const
{
    return m_stream != nullptr || (m_toolRunner && m_toolRunner->isRunning());
}

void ChatSession::setTools(const ToolRegistry *tools)
{
    m_tools = tools;
    delete m_toolRunner;
    m_toolRunner = nullptr;
    if (!tools)
        return;
    m_toolRunner = new ToolRunner(tools, this);
    connect(m_toolRunner, &ToolRunner::finished, this, &ChatSession::onToolsFinished);
    connect(m_toolRunner, &ToolRunner::callStarted, this, &ChatSession::onToolStarted);
    connect(m_toolRunner, &ToolRunner::callSettled, this, &ChatSession::onToolSettled);
    m_consent.attach(m_toolRunner);
}

void ChatSession::setApprovals(ToolApprovals *approvals)
{
    m_consent.setApprovals(approvals);
    if (m_toolRunner)
        m_consent.attach(m_toolRunner);
}

QVariantList ChatSession::pendingApprovals() const
{
    return m_consent.pending();
}

bool ChatSession::answerApproval(const QString &callId, int decision, const QString &arguments)
{
    return m_consent.answer(callId, decision, arguments, [this, &callId](const QString &reason) {
        updateToolRun(callId, [&reason](ToolRun &run) { run.approval = reason; });
    });
}

QString ChatSession::argumentProblems(const QString &callId, const QString &arguments) const
{
    return m_consent.argumentProblems(callId, arguments);
}

const Message *ChatSession::streamingMessage() const
{
    if (m_streamingRow < 0)
        return nullptr;
    const Message &shown = m_conversation.at(m_streamingRow);
    return m_choices.contains(shown.id) ? &shown : m_choices.message(0);
}

QList<const Message *> ChatSession::streamingMessages() const
{
    return m_choices.messages();
}

bool ChatSession::load(const QList<Message> &messages,
                       const QHash<QString, QString> &selectedChildren)
{
    if (isBusy())
        return false;
    m_tree.clear();
    // Calls stored before Confab kept their runs show the result their tool message holds.
    QHash<QString, const Message *> results;
    for (const Message &message : messages)
        if (message.role == Message::Role::Tool)
            results.insert(message.toolCallId, &message);
    for (Message message : messages) {
        for (ToolCall &call : message.toolCalls) {
            const Message *result = results.value(call.id);
            if (call.run.status == ToolRun::Status::None && result) {
                call.run.status = ToolRun::Status::Done;
                call.run.result = result->content;
            }
        }
        m_tree.add(message);
    }
    for (const QString &child : selectedChildren)
        m_tree.select(child); // a choice naming an unknown message changes nothing
    m_conversation.reset(m_tree.activePath());
    refreshSiblings();
    return true;
}

int ChatSession::reveal(const QString &messageId)
{
    if (!m_tree.contains(messageId) || isBusy())
        return -1;
    int row = m_conversation.rowOf(messageId);
    if (row >= 0)
        return row;
    // Select the message and each of its ancestors, then show the branch from the top.
    QString firstChanged;
    for (const Message *message = m_tree.find(messageId); message;
         message = m_tree.find(message->parentId)) {
        if (m_tree.selectedChildOf(message->parentId) != message->id) {
            m_tree.select(message->id);
            Q_EMIT branchSelected(message->parentId, message->id);
            firstChanged = message->id;
        }
    }
    const Message *top = m_tree.find(firstChanged);
    row = top ? m_conversation.rowOf(top->parentId) + 1 : 0;
    showBranch(row, firstChanged);
    return m_conversation.rowOf(messageId);
}

void ChatSession::setClient(ChatClient *client)
{
    m_client = client;
}

void ChatSession::setModel(const QString &model)
{
    if (m_model == model)
        return;
    m_model = model;
    Q_EMIT modelChanged();
}

void ChatSession::setSystemPrompt(const QString &prompt)
{
    if (m_systemPrompt == prompt)
        return;
    m_systemPrompt = prompt;
    Q_EMIT systemPromptChanged();
}

// The answer asked for tools: run them (the session stays busy), unless the rounds for this
// question are used up.
bool ChatSession::runTools(const Message &answer)
{
    if (answer.toolCalls.isEmpty() || !m_toolRunner)
        return false;
    if (m_toolRounds >= m_maxToolRounds) {
        // Each call still gets its answer, so that the history stays one a provider accepts.
        m_toolAnswerId = answer.id;
        const QString why = tr("Not run: Confab stops after %1 rounds of tool calls per question.")
                                .arg(m_maxToolRounds);
        for (const ToolCall &call : answer.toolCalls) {
            updateToolRun(call.id, [&why](ToolRun &run) {
                run.status = ToolRun::Status::Cancelled;
                run.approval = why;
            });
            Message result = Message::create(Message::Role::Tool, why);
            result.toolCallId = call.id;
            result.parentId = m_conversation.messages().constLast().id;
            appendMessage(result);
        }
        setStatusText(
            tr("Stopped after %1 rounds of tool calls; ask again to go on.").arg(m_maxToolRounds));
        return false;
    }
    ++m_toolRounds;
    m_toolsCancelled = false;
    m_toolAnswerId = answer.id;
    m_consent.clearReasons();
    m_toolRunner->setExcluded(m_disabledTools);
    for (const ToolCall &call : answer.toolCalls) {
        const Tool *tool = m_tools->find(call.name);
        updateToolRun(call.id, [tool](ToolRun &run) {
            run = {};
            run.source = tool ? tool->source() : QString();
            run.effect = tool ? Tool::effectName(tool->effect()) : QString();
        });
    }
    m_toolRunner->run(answer.toolCalls);
    return true;
}

void ChatSession::onToolStarted(int index, const QJsonObject &arguments)
{
    const Message *answer = m_tree.find(m_toolAnswerId);
    if (!answer || index >= answer->toolCalls.size())
        return;
    const ToolCall &call = answer->toolCalls.at(index);
    const QJsonObject asked = QJsonDocument::fromJson(call.arguments.toUtf8()).object();
    const QString approval = m_consent.reasonFor(call.id);
    updateToolRun(call.id, [&](ToolRun &run) {
        run.status = ToolRun::Status::Running;
        run.startedAt = now();
        run.approval = approval;
        if (arguments != asked)
            run.arguments = QString::fromUtf8(QJsonDocument(arguments).toJson());
    });
}

void ChatSession::onToolSettled(int index, const ToolRunner::Outcome &outcome)
{
    const Message *answer = m_tree.find(m_toolAnswerId);
    if (!answer || index >= answer->toolCalls.size())
        return;
    const QString approval = m_consent.reasonFor(outcome.toolCallId);
    updateToolRun(outcome.toolCallId, [&](ToolRun &run) {
        run.status = outcome.status;
        run.result = outcome.output.text;
        run.finishedAt = now();
        if (run.approval.isEmpty())
            run.approval = approval;
    });
    if (const Message *updated = m_tree.find(m_toolAnswerId))
        Q_EMIT toolRunFinished(*updated, updated->toolCalls.at(index));
}

// Changes the run of a call of the answer whose tools run, on screen and in the tree, and
// tells whoever keeps the conversation.
void ChatSession::updateToolRun(const QString &callId, const std::function<void(ToolRun &)> &change)
{
    const int row = m_conversation.rowOf(m_toolAnswerId);
    Message *message = row >= 0 ? &m_conversation.edit(row) : nullptr;
    Message copy;
    if (!message) { // the person switched to another branch meanwhile
        const Message *stored = m_tree.find(m_toolAnswerId);
        if (!stored)
            return;
        copy = *stored;
        message = &copy;
    }
    const auto call = std::find_if(message->toolCalls.begin(), message->toolCalls.end(),
                                   [&callId](const ToolCall &c) { return c.id == callId; });
    if (call == message->toolCalls.end())
        return;
    change(call->run);
    if (row >= 0) {
        m_conversation.noteChanged(row, Message::ToolCallsField);
        m_conversation.flushChanges();
    }
    m_tree.update(*message);
    Q_EMIT messageChanged(*message);
}

void ChatSession::setDisabledTools(const QStringList &names)
{
    const QSet<QString> disabled(names.cbegin(), names.cend());
    if (disabled == m_disabledTools)
        return;
    m_disabledTools = disabled;
    Q_EMIT disabledToolsChanged();
}

QStringList ChatSession::disabledTools() const
{
    QStringList names(m_disabledTools.cbegin(), m_disabledTools.cend());
    names.sort();
    return names;
}

// Each call gets its tool message, in the order of the calls, so that the history stays
// valid for the next request; then the model goes on, unless the person stopped.
void ChatSession::onToolsFinished(const QList<ToolRunner::Outcome> &outcomes)
{
    for (const ToolRunner::Outcome &outcome : outcomes) {
        Message result = Message::create(Message::Role::Tool, outcome.output.text);
        result.toolCallId = outcome.toolCallId;
        result.parentId = m_conversation.messages().constLast().id;
        appendMessage(result); // an error is text the model reads, like any result
    }
    if (m_toolsCancelled || !hasClient()) {
        m_toolsCancelled = false;
        Q_EMIT busyChanged();
        return;
    }
    startAnswer(); // busy throughout: it announces itself
}

void ChatSession::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}

bool ChatSession::hasClient()
{
    if (m_client)
        return true;
    setStatusText(tr("No provider is set up yet."));
    return false;
}

bool ChatSession::send(const QString &text)
{
    return send(text, QList<Attachment>());
}

bool ChatSession::send(const QString &text, AttachmentTray *attachments)
{
    if (!attachments)
        return send(text);
    if (!send(text, attachments->attachments()))
        return false;
    attachments->clear();
    return true;
}

bool ChatSession::send(const QString &text, const QList<Attachment> &attachments)
{
    if (isBusy()) {
        setStatusText(tr("Wait for the answer to finish, or stop it first."));
        return false;
    }
    if ((text.trimmed().isEmpty() && attachments.isEmpty()) || !hasClient())
        return false;
    m_toolRounds = 0;
    // Only attachments: no empty text part goes with them.
    Message user
        = Message::create(Message::Role::User, text.trimmed().isEmpty() ? QString() : text);
    user.attachments = attachments;
    if (!m_conversation.messages().isEmpty())
        user.parentId = m_conversation.messages().constLast().id;
    appendMessage(user);
    return startAnswer();
}

bool ChatSession::regenerate(int row)
{
    if (isBusy() || m_conversation.rowCount() == 0 || !hasClient())
        return false;
    const auto &messages = m_conversation.messages();
    if (row < 0) {
        // A question whose answer never arrived (or was removed) is simply asked again.
        if (messages.constLast().role == Message::Role::User)
            return startAnswer();
        row = int(messages.size()) - 1;
        while (row >= 0 && messages.at(row).role != Message::Role::Assistant)
            --row;
    }
    // Row 0 has nothing before it to ask with.
    if (row < 1 || row >= messages.size() || messages.at(row).role != Message::Role::Assistant)
        return false;
    // The old answer and what followed it stay in the tree, reachable through showSibling.
    m_conversation.removeFrom(row);
    m_toolRounds = 0;
    return startAnswer();
}

bool ChatSession::retry(int row)
{
    if (row < 0 || row >= m_conversation.rowCount())
        return false;
    const Message::State state = m_conversation.at(row).state;
    if (state != Message::State::Failed && state != Message::State::Cancelled
        && state != Message::State::Interrupted)
        return false;
    return regenerate(row);
}

bool ChatSession::editAndResend(int row, const QString &text)
{
    if (isBusy() || row < 0 || row >= m_conversation.rowCount()
        || m_conversation.at(row).role != Message::Role::User || !hasClient())
        return false;
    // The new version keeps what was attached to the old one; only the words change.
    const QList<Attachment> attachments = m_conversation.at(row).attachments;
    if (text.trimmed().isEmpty() && attachments.isEmpty())
        return false;
    Message edited = Message::create(Message::Role::User, text);
    edited.parentId = m_conversation.at(row).parentId;
    edited.attachments = attachments;
    m_conversation.removeFrom(row);
    m_toolRounds = 0;
    appendMessage(edited);
    return startAnswer();
}

bool ChatSession::showSibling(int row, int step)
{
    const bool streamingHere = m_stream && row == m_streamingRow;
    if ((isBusy() && !streamingHere) || row < 0 || row >= m_conversation.rowCount() || step == 0)
        return false;
    const Message &message = m_conversation.at(row);
    const QStringList siblings = m_tree.childrenOf(message.parentId);
    const int current = int(siblings.indexOf(message.id));
    const int target = std::clamp(current + step, 0, int(siblings.size()) - 1);
    if (current < 0 || target == current)
        return false;
    // An answer still arriving goes on arriving in the tree while another version is shown.
    if (streamingHere && m_choices.contains(message.id))
        m_tree.update(message);
    m_tree.select(siblings.at(target));
    Q_EMIT branchSelected(message.parentId, siblings.at(target));
    showBranch(row, siblings.at(target));
    return true;
}

void ChatSession::stop()
{
    if (m_stream)
        m_stream->cancel();
    if (m_toolRunner && m_toolRunner->isRunning()) {
        m_toolsCancelled = true;
        if (m_consent.dropPending())
            Q_EMIT approvalsChanged();
        m_toolRunner->cancel(); // its outcomes say so; the answer does not go on
    }
}

// The model always shows the tree's active path, so a new last row is also the selected
// child of the row before it.
int ChatSession::appendMessage(const Message &message)
{
    m_tree.add(message);
    const int row = m_conversation.append(message);
    refreshSiblings();
    Q_EMIT messageChanged(message);
    Q_EMIT branchSelected(message.parentId, message.id);
    return row;
}

void ChatSession::showBranch(int row, const QString &messageId)
{
    m_conversation.removeFrom(row);
    for (const Message &message : m_tree.activePathFrom(messageId))
        m_conversation.append(message);
    refreshSiblings();
}

void ChatSession::refreshSiblings()
{
    // setSiblings announces only real changes, so refreshing every row is cheap.
    for (int row = 0; row < m_conversation.rowCount(); ++row) {
        const QString &id = m_conversation.at(row).id;
        m_conversation.setSiblings(row, m_tree.siblingIndex(id), m_tree.siblingCount(id));
    }
}

// Asks for an answer to the branch on screen; the caller has checked for a client.
bool ChatSession::startAnswer()
{
    ChatRequest request;
    request.model = m_model;
    request.parameters = m_parameters;
    if (!m_systemPrompt.trimmed().isEmpty())
        request.messages.append(RequestMessage::system(m_systemPrompt));
    const ModelCapabilities known = m_capabilities.known(m_model);
    if (m_tools && !m_tools->isEmpty() && !known.tools.isNo())
        request.tools = m_tools->requestTools(m_disabledTools);
    if (known.reasoning.isNo())
        request.parameters.reasoningEffort.reset();
    RequestFeatures features;
    features.tools = !request.tools.isEmpty();
    features.reasoningEffort = request.parameters.reasoningEffort.has_value();
    // A call without its result (the answer failed or was stopped while the calls
    // arrived) is left out: providers refuse a history with unanswered calls.
    QSet<QString> answered;
    for (const Message &message : m_conversation.messages())
        if (message.role == Message::Role::Tool)
            answered.insert(message.toolCallId);
    for (const Message &message : m_conversation.messages()) {
        if (message.role != Message::Role::Assistant) {
            request.messages.append(message.toRequestMessage());
            for (const Attachment &attachment : message.attachments)
                features.images
                    = features.images || (attachment.isImage() && !attachment.data.isEmpty());
            continue;
        }
        Message sent = message;
        sent.toolCalls.removeIf(
            [&answered](const ToolCall &call) { return !answered.contains(call.id); });
        // Answers that produced nothing (errors) are not history the model needs.
        if (sent.content.isEmpty() && sent.toolCalls.isEmpty())
            continue;
        request.messages.append(sent.toRequestMessage());
    }

    m_capabilities.start(m_model, known, features);

    Message answer = Message::create(Message::Role::Assistant);
    answer.parentId = m_conversation.messages().constLast().id;
    answer.state = Message::State::Pending;
    answer.timings.sentAt = now();
    m_streamingRow = appendMessage(answer);
    m_choices.start(answer.id, m_streamingRow);
    Q_EMIT streamingRowChanged();

    m_stream = m_client->start(request);
    connect(m_stream, &ChatStream::deltaReceived, this, &ChatSession::onDelta);
    connect(m_stream, &ChatStream::finished, this, &ChatSession::onFinished);
    connect(m_stream, &ChatStream::failed, this, &ChatSession::onFailed);
    connect(m_stream, &ChatStream::cancelled, this, &ChatSession::onCancelled);
    connect(m_stream, &ChatStream::firstByteReceived, this, [this] {
        if (Message *answer = m_choices.message(0))
            answer->timings.firstByteAt = now();
    });
    connect(m_stream, &ChatStream::retrying, this,
            [this](int attempt, int seconds, const QString &reason) {
                setStatusText(
                    tr("%1 Retrying in %2 s (attempt %3).").arg(reason).arg(seconds).arg(attempt));
            });
    setStatusText({});
    Q_EMIT busyChanged();
    return true;
}

void ChatSession::onDelta(const ChatDelta &delta)
{
    if (m_streamingRow < 0)
        return;
    const QStringList added = m_choices.apply(delta, now());
    if (added.isEmpty())
        return;
    refreshSiblings(); // "1/3" as soon as the other answers exist
    for (const QString &id : added)
        Q_EMIT messageChanged(*m_tree.find(id));
}

void ChatSession::onFinished()
{
    endStream(Message::State::Complete, {});
}

void ChatSession::onFailed(const ApiError &error)
{
    endStream(Message::State::Failed, m_capabilities.explained(error));
}

void ChatSession::onCancelled()
{
    endStream(Message::State::Cancelled, {});
}

void ChatSession::endStream(Message::State state, const ApiError &error)
{
    const int row = m_streamingRow;
    if (row < 0)
        return;
    const QStringList ended = m_choices.finish(state, error, now());
    for (const QString &id : ended)
        Q_EMIT messageChanged(*m_tree.find(id));
    const Message *first = ended.isEmpty() ? nullptr : m_tree.find(ended.constFirst());
    const Message answer = first ? *first : Message(); // choice 0
    // Learned before anything else reacts, so that a retry already asks accordingly.
    if (first)
        for (const CapabilityObservation &seen : m_capabilities.finish(answer, error))
            Q_EMIT capabilityObserved(m_capabilities.requestModel(), seen.capability,
                                      seen.supported);

    m_choices.clear();
    m_stream->deleteLater();
    m_stream = nullptr;
    m_streamingRow = -1;
    Q_EMIT streamingRowChanged();
    // Only choice 0 drives the tool loop: calls in the other choices stay in their
    // messages, not run (their results would start branches nobody asked to continue).
    const bool wantsTools
        = state == Message::State::Complete && m_toolRunner && !answer.toolCalls.isEmpty();
    if (wantsTools && m_conversation.at(row).id != answer.id) {
        // The person looked at another version; the conversation goes on under choice 0.
        m_tree.select(answer.id);
        Q_EMIT branchSelected(answer.parentId, answer.id);
        showBranch(row, answer.id);
    }
    const bool toolsRun = wantsTools && runTools(answer);
    if (!toolsRun)
        Q_EMIT busyChanged();
    if (state == Message::State::Failed) {
        setStatusText(error.message);
        Q_EMIT answerFailed(row, error.message);
    } else {
        Q_EMIT answerFinished(row);
    }
}
