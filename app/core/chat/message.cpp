#include "message.h"

#include <QDateTime>
#include <QUuid>

Message Message::create(Role role, const QString &content)
{
    Message message;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.role = role;
    message.content = content;
    message.createdAt = QDateTime::currentMSecsSinceEpoch();
    return message;
}

QString Message::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Tool:
        return QStringLiteral("tool");
    }
    return {};
}

QString Message::stateName(State state)
{
    switch (state) {
    case State::Complete:
        return QStringLiteral("complete");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Streaming:
        return QStringLiteral("streaming");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

bool Message::isThinking() const
{
    return (state == State::Streaming || state == State::Pending) && !reasoning.isEmpty()
        && content.isEmpty() && timings.reasoningEndedAt == 0;
}

qint64 Message::reasoningDurationMs() const
{
    if (timings.reasoningStartedAt == 0)
        return 0;
    const qint64 end = timings.reasoningEndedAt ? timings.reasoningEndedAt
        : timings.finishedAt                    ? timings.finishedAt
                                                : QDateTime::currentMSecsSinceEpoch();
    return std::max<qint64>(0, end - timings.reasoningStartedAt);
}

qint64 Message::timeToFirstTokenMs() const
{
    if (timings.sentAt == 0 || timings.firstTokenAt == 0)
        return -1;
    return timings.firstTokenAt - timings.sentAt;
}

double Message::tokensPerSecond() const
{
    if (usage.completionTokens <= 0 || timings.firstTokenAt == 0 || timings.finishedAt == 0)
        return 0;
    const qint64 ms = timings.finishedAt - timings.firstTokenAt;
    return ms > 0 ? usage.completionTokens * 1000.0 / double(ms) : 0;
}

RequestMessage Message::toRequestMessage() const
{
    switch (role) {
    case Role::System:
        return RequestMessage::system(content);
    case Role::User: {
        if (attachments.isEmpty())
            return RequestMessage::user(content);
        // The question first, then what was attached, in order.
        QJsonArray parts;
        if (!content.isEmpty())
            parts.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("text"), content}});
        for (const Attachment &attachment : attachments) {
            if (!attachment.data.isEmpty()) {
                parts.append(attachment.requestPart());
                continue;
            }
            // Described but not kept (an imported conversation): the model learns it was there.
            parts.append(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("text"),
                              QStringLiteral("[%1 was attached here; it is no longer available.]")
                                  .arg(attachment.name)}});
        }
        return RequestMessage::userParts(parts);
    }
    case Role::Tool:
        return RequestMessage::toolResult(toolCallId, content);
    case Role::Assistant:
        break;
    }
    QList<RequestToolCall> calls;
    for (const ToolCall &call : toolCalls)
        calls.append(RequestToolCall {call.id, call.name, call.arguments, call.extraContent});
    return RequestMessage::assistant(content, calls);
}
