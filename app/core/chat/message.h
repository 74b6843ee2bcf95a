#pragma once

#include "attachments/attachment.h"
#include "protocol/apierror.h"
#include "protocol/chatdelta.h"
#include "protocol/requestmessage.h"
#include "toolcall.h"

#include <QFlags>
#include <QJsonArray>
#include <QList>
#include <QString>

// When things happened to a message, in milliseconds since the epoch (0 = not yet).
struct MessageTimings
{
    qint64 sentAt = 0;
    qint64 firstByteAt = 0;
    qint64 firstTokenAt = 0;
    qint64 reasoningStartedAt = 0;
    qint64 reasoningEndedAt = 0;
    qint64 finishedAt = 0;
};

// One message of a conversation. Messages form a tree through parentId, so that
// regenerated and edited versions can live side by side.
struct Message
{
    enum class Role { System, User, Assistant, Tool };
    enum class State {
        Complete,
        Pending, // sent, nothing arrived yet
        Streaming,
        Failed, // error is set; what arrived is kept
        Cancelled, // the user stopped it; what arrived is kept
        Interrupted, // Confab ended (crash, kill, power) while it streamed; what was saved is kept
    };
    // Which parts changed, so that views update only those.
    enum Field {
        NoField = 0,
        ContentField = 1 << 0,
        ReasoningField = 1 << 1,
        ToolCallsField = 1 << 2,
        UsageField = 1 << 3,
        FinishReasonField = 1 << 4,
        ModelField = 1 << 5,
        TimingsField = 1 << 6,
        StateField = 1 << 7,
        RefusalField = 1 << 8,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    QString id;
    QString parentId;
    Role role = Role::User;
    QString content;
    QString reasoning;
    QString refusal;
    QList<ToolCall> toolCalls;
    QString toolCallId; // role Tool: the call this answers
    QString model; // the model that actually answered
    TokenUsage usage;
    QString finishReason;
    State state = State::Complete;
    ApiError error;
    MessageTimings timings;
    qint64 createdAt = 0;
    // Images and text files that go with a user message, in the order they were attached.
    QList<Attachment> attachments;

    static Message create(Role role, const QString &content = {});
    static QString roleName(Role role);
    static QString stateName(State state);

    bool isThinking() const; // reasoning streams and the answer has not started
    qint64 reasoningDurationMs() const;
    qint64 timeToFirstTokenMs() const;
    double tokensPerSecond() const; // completion tokens over the time after the first token

    // The entry for a later request's history. Reasoning is never sent back.
    RequestMessage toRequestMessage() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Message::Fields)
