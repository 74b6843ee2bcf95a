#pragma once

// Conversations for the export and import tests: branches (a regenerated answer and an
// edited question), reasoning, a tool call and its result, usage, timings, an error, and
// CJK and emoji text. Text that is only on the branches not shown is marked in capitals.
#include "storage/conversationrecord.h"
#include "storage/conversationstore.h"

#include <QJsonObject>

namespace HistoryFixtures {

using namespace Qt::StringLiterals;

inline Message message(const QString &id, const QString &parentId, Message::Role role,
                       const QString &content, qint64 createdAt)
{
    Message m;
    m.id = id;
    m.parentId = parentId;
    m.role = role;
    m.content = content;
    m.createdAt = createdAt;
    return m;
}

// m1 question; m2 (failed) and m3 (regenerated, a tool call) answer it; m4 the tool's
// result; m5 the answer; m6 (with its interrupted answer m9) and m7 (the edit, with the
// cancelled answer m8) ask the next question.
inline ConversationRecord kyoto(const QString &id = u"c-kyoto"_s)
{
    using Role = Message::Role;
    ConversationRecord r;
    StoredConversation &c = r.conversation;
    c.id = id;
    c.title = u"京都の旅 🗾 trip"_s;
    c.providerId = u"deepseek"_s;
    c.model = u"deepseek-reasoner"_s;
    c.systemPrompt = u"Answer briefly."_s;
    c.parameters = {{u"temperature"_s, 0.7}, {u"max_tokens"_s, 512}};
    c.createdAt = 1700000000000;
    c.updatedAt = 1700000500123;
    c.customTitle = true;
    c.comparisonGroup = u"g-compare"_s;
    c.selectedChild = {{QString(), u"m1"_s}, {u"m1"_s, u"m3"_s}, {u"m5"_s, u"m7"_s}};

    Message m1 = message(u"m1"_s, {}, Role::User, u"Which temple should I see in 京都? 🙏"_s,
                         1700000001000);
    // Described only, as an imported conversation has it: the bytes were not exported.
    m1.attachments = {Attachment::fromJson(QJsonObject {{u"kind"_s, u"image"_s},
                                                        {u"name"_s, u"map of 京都.png"_s},
                                                        {u"mime_type"_s, u"image/png"_s},
                                                        {u"sha256"_s, u"ab12"_s},
                                                        {u"original_size"_s, 120332},
                                                        {u"width"_s, 800},
                                                        {u"height"_s, 600}})};
    Message m2
        = message(u"m2"_s, u"m1"_s, Role::Assistant, u"FIRST-ATTEMPT partial"_s, 1700000002000);
    m2.state = Message::State::Failed;
    m2.error = ApiError::make(ApiError::Kind::RateLimited, u"Rate limited, retry in 20 s"_s);
    m2.error.httpStatus = 429;
    m2.error.providerMessage = u"Too many requests"_s;
    m2.error.retryAfterSeconds = 20;

    Message m3 = message(u"m3"_s, u"m1"_s, Role::Assistant, {}, 1700000003000);
    m3.reasoning = u"The user asks about temples; 清水寺 is famous. Check the weather."_s;
    ToolCall call;
    call.id = u"call_1"_s;
    call.name = u"get_weather"_s;
    call.arguments = u"{\"city\":\"Kyoto\"}"_s;
    call.extraContent = {{u"google"_s, QJsonObject {{u"thought_signature"_s, u"sig=="_s}}}};
    m3.toolCalls = {call};
    m3.model = u"deepseek-reasoner-0528"_s;
    m3.finishReason = u"tool_calls"_s;
    m3.usage = {12, 30, 42, 4, 20, 0.0021};
    m3.timings = {1700000003000, 1700000003100, 1700000003900,
                  1700000003200, 1700000003800, 1700000004000};

    Message m4 = message(u"m4"_s, u"m3"_s, Role::Tool, u"{\"forecast\":\"sunny ☀️\"}"_s,
                         1700000004100);
    m4.toolCallId = u"call_1"_s;

    Message m5
        = message(u"m5"_s, u"m4"_s, Role::Assistant,
                  u"Visit 清水寺 (Kiyomizu-dera) — it will be sunny ☀️."_s, 1700000004200);
    m5.reasoning = u"Sunny, so an outdoor temple works."_s;
    m5.model = u"deepseek-reasoner-0528"_s;
    m5.finishReason = u"stop"_s;
    m5.usage = {60, 15, 75, -1, -1, -1};

    Message m6 = message(u"m6"_s, u"m5"_s, Role::User, u"OLD-QUESTION about Nara"_s, 1700000005000);
    Message m9
        = message(u"m9"_s, u"m6"_s, Role::Assistant, u"OLD-ANSWER about deer"_s, 1700000005100);
    m9.state = Message::State::Interrupted;
    Message m7 = message(u"m7"_s, u"m5"_s, Role::User, u"What about 奈良 instead? 🦌"_s,
                         1700000006000);
    Message m8
        = message(u"m8"_s, u"m7"_s, Role::Assistant, u"奈良 has friendly deer"_s, 1700000006100);
    m8.state = Message::State::Cancelled;
    r.messages = {m1, m2, m3, m4, m5, m6, m9, m7, m8};
    return r;
}

// A short pinned one and an archived one, to see the order and --all.
inline ConversationRecord simple(const QString &id, const QString &title, qint64 updatedAt)
{
    ConversationRecord r;
    r.conversation.id = id;
    r.conversation.title = title;
    r.conversation.model = u"gpt-4o-mini"_s;
    r.conversation.providerId = u"openai"_s;
    r.conversation.createdAt = updatedAt - 1000;
    r.conversation.updatedAt = updatedAt;
    Message question
        = message(id + u"-q"_s, {}, Message::Role::User, u"Hello from "_s + title, updatedAt - 900);
    Message answer = message(id + u"-a"_s, question.id, Message::Role::Assistant,
                             u"Hi! Reply to "_s + title, updatedAt - 800);
    answer.model = u"gpt-4o-mini-2024-07-18"_s;
    r.messages = {question, answer};
    return r;
}

// Saves the record; false (and the store's lastError()) on failure.
inline bool save(ConversationStore &store, const ConversationRecord &record)
{
    if (!store.saveConversation(record.conversation))
        return false;
    for (const Message &m : record.messages) {
        if (!store.saveMessage(record.conversation.id, m))
            return false;
    }
    return true;
}

} // namespace HistoryFixtures
