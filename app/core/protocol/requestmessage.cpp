#include "requestmessage.h"

#include <QCoreApplication>

RequestMessage RequestMessage::system(const QString &text)
{
    RequestMessage message;
    message.role = Role::System;
    message.content = text;
    return message;
}

RequestMessage RequestMessage::user(const QString &text)
{
    RequestMessage message;
    message.content = text;
    return message;
}

RequestMessage RequestMessage::userParts(const QJsonArray &parts)
{
    RequestMessage message;
    message.parts = parts;
    return message;
}

RequestMessage RequestMessage::assistant(const QString &text, const QList<RequestToolCall> &calls)
{
    RequestMessage message;
    message.role = Role::Assistant;
    message.content = text;
    message.toolCalls = calls;
    return message;
}

RequestMessage RequestMessage::toolResult(const QString &toolCallId, const QString &text)
{
    RequestMessage message;
    message.role = Role::Tool;
    message.toolCallId = toolCallId;
    message.content = text;
    return message;
}

QString RequestMessage::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::Developer:
        return QStringLiteral("developer");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Tool:
        return QStringLiteral("tool");
    }
    return {};
}

QJsonObject RequestMessage::toJson() const
{
    QJsonObject object {{QLatin1String("role"), roleName(role)}};
    if (!parts.isEmpty())
        object.insert(QLatin1String("content"), parts);
    else if (role == Role::Assistant && content.isEmpty() && !toolCalls.isEmpty())
        object.insert(QLatin1String("content"), QJsonValue::Null);
    else
        object.insert(QLatin1String("content"), content);
    if (!name.isEmpty())
        object.insert(QLatin1String("name"), name);
    if (role == Role::Tool)
        object.insert(QLatin1String("tool_call_id"), toolCallId);
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const RequestToolCall &call : toolCalls) {
            QJsonObject entry {{QLatin1String("id"), call.id},
                               {QLatin1String("type"), QStringLiteral("function")},
                               {QLatin1String("function"),
                                QJsonObject {{QLatin1String("name"), call.name},
                                             {QLatin1String("arguments"), call.arguments}}}};
            if (!call.extraContent.isEmpty())
                entry.insert(QLatin1String("extra_content"), call.extraContent);
            calls.append(entry);
        }
        object.insert(QLatin1String("tool_calls"), calls);
    }
    return object;
}

QString RequestMessage::validate(int position) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("RequestMessage", text); };
    if (role == Role::Tool && toolCallId.isEmpty())
        return tr("Message %1: a tool result needs the id of the call it answers.")
            .arg(position + 1);
    if (!parts.isEmpty()) {
        if (role != Role::User && role != Role::System && role != Role::Developer)
            return tr("Message %1: only user and system messages may have several parts.")
                .arg(position + 1);
        for (const QJsonValue &part : parts) {
            const QString type = part.toObject().value(QLatin1String("type")).toString();
            if (type.isEmpty())
                return tr("Message %1: every content part needs a type.").arg(position + 1);
            if (type == QLatin1String("image_url")
                && part.toObject()
                       .value(QLatin1String("image_url"))
                       .toObject()
                       .value(QLatin1String("url"))
                       .toString()
                       .isEmpty())
                return tr("Message %1: an image part needs image_url.url.").arg(position + 1);
        }
    }
    for (const RequestToolCall &call : toolCalls) {
        if (call.id.isEmpty() || call.name.isEmpty())
            return tr("Message %1: every tool call needs an id and a name.").arg(position + 1);
    }
    return {};
}
