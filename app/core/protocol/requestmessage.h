#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A tool call as it is sent back in the history of a later request.
struct RequestToolCall
{
    QString id;
    QString name;
    QString arguments; // JSON text, as the model produced it
    QJsonObject extraContent; // echoed for providers that ask for it (Gemini)
};

// One entry of a request's `messages` array.
struct RequestMessage
{
    enum class Role { System, Developer, User, Assistant, Tool };

    Role role = Role::User;
    QString content;
    QJsonArray parts; // multi-part content (text, image_url, …); used instead of `content`
    QList<RequestToolCall> toolCalls; // assistant only
    QString toolCallId; // tool only
    QString name;

    static RequestMessage system(const QString &text);
    static RequestMessage user(const QString &text);
    static RequestMessage userParts(const QJsonArray &parts);
    static RequestMessage assistant(const QString &text, const QList<RequestToolCall> &calls = {});
    static RequestMessage toolResult(const QString &toolCallId, const QString &text);

    static QString roleName(Role role);
    QJsonObject toJson() const;
    QString validate(int position) const; // empty when fine
};
