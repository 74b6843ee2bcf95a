#include "chatsession.h"

#include "client/chatclient.h"
#include "client/chatstream.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
{ }

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

void ChatSession::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}

bool ChatSession::send(const QString &text)
{
    if (isBusy()) {
        setStatusText(tr("Wait for the answer to finish, or stop it first."));
        return false;
    }
    if (text.trimmed().isEmpty())
        return false;
    if (!m_client) {
        setStatusText(tr("No provider is set up yet."));
        return false;
    }
    Message user = Message::create(Message::Role::User, text);
    if (!m_conversation.messages().isEmpty())
        user.parentId = m_conversation.messages().constLast().id;
    m_conversation.append(user);
    return startAnswer();
}

bool ChatSession::regenerate()
{
    if (isBusy())
        return false;
    const auto &messages = m_conversation.messages();
    if (messages.isEmpty())
        return false;
    if (messages.constLast().role == Message::Role::Assistant)
        m_conversation.removeFrom(int(messages.size()) - 1);
    if (messages.isEmpty() || messages.constLast().role != Message::Role::User)
        return false;
    return startAnswer();
}

bool ChatSession::editAndResend(int row, const QString &text)
{
    if (isBusy() || row < 0 || row >= m_conversation.rowCount()
        || m_conversation.at(row).role != Message::Role::User || text.trimmed().isEmpty())
        return false;
    Message edited = Message::create(Message::Role::User, text);
    edited.parentId = m_conversation.at(row).parentId;
    m_conversation.removeFrom(row);
    m_conversation.append(edited);
    return startAnswer();
}

void ChatSession::stop()
{
    if (m_stream)
        m_stream->cancel();
}

bool ChatSession::startAnswer()
{
    if (!m_client) {
        setStatusText(tr("No provider is set up yet."));
        return false;
    }
    ChatRequest request;
    request.model = m_model;
    request.parameters = m_parameters;
    if (!m_systemPrompt.trimmed().isEmpty())
        request.messages.append(RequestMessage::system(m_systemPrompt));
    for (const Message &message : m_conversation.messages()) {
        // Answers that produced nothing (errors) are not history the model needs.
        if (message.role == Message::Role::Assistant && message.content.isEmpty()
            && message.toolCalls.isEmpty())
            continue;
        request.messages.append(message.toRequestMessage());
    }

    Message answer = Message::create(Message::Role::Assistant);
    answer.parentId = m_conversation.messages().constLast().id;
    answer.state = Message::State::Pending;
    answer.timings.sentAt = now();
    m_streamingRow = m_conversation.append(answer);
    m_accumulator = StreamAccumulator();

    m_stream = m_client->start(request);
    connect(m_stream, &ChatStream::deltaReceived, this, &ChatSession::onDelta);
    connect(m_stream, &ChatStream::finished, this, &ChatSession::onFinished);
    connect(m_stream, &ChatStream::failed, this, &ChatSession::onFailed);
    connect(m_stream, &ChatStream::cancelled, this, &ChatSession::onCancelled);
    connect(m_stream, &ChatStream::firstByteReceived, this,
            [this] { m_conversation.edit(m_streamingRow).timings.firstByteAt = now(); });
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
    const Message::Fields changed
        = m_accumulator.apply(m_conversation.edit(m_streamingRow), delta, now());
    m_conversation.noteChanged(m_streamingRow, changed);
}

void ChatSession::onFinished()
{
    endStream(Message::State::Complete, {});
}

void ChatSession::onFailed(const ApiError &error)
{
    endStream(Message::State::Failed, error);
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
    Message &message = m_conversation.edit(row);
    Message::Fields changed = m_accumulator.finish(message, now());
    message.state = state;
    message.error = error;
    changed |= Message::StateField;
    m_conversation.noteChanged(row, changed);
    m_conversation.flushChanges();

    m_stream->deleteLater();
    m_stream = nullptr;
    m_streamingRow = -1;
    Q_EMIT busyChanged();
    if (state == Message::State::Failed) {
        setStatusText(error.message);
        Q_EMIT answerFailed(row, error.message);
    } else {
        Q_EMIT answerFinished(row);
    }
}
