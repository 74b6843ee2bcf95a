#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One piece of a tool call as it streams: the first piece of a call usually carries
// `id` and `name`, later ones only more `arguments`.
struct ToolCallFragment
{
    int index = -1; // -1: the server sent no index (Gemini)
    QString id;
    QString type;
    QString name;
    QString arguments;
    QJsonObject extraContent; // Gemini's `extra_content`, echoed back in the next request
};

// What one chunk says about one choice.
struct ChoiceDelta
{
    int index = 0;
    QString role;
    QString content;
    QString reasoning;
    QString refusal;
    QList<ToolCallFragment> toolCalls;
    QString finishReason;
};

struct TokenUsage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    qint64 cachedPromptTokens = -1;
    qint64 reasoningTokens = -1;
    double cost = -1; // OpenRouter reports the price of the request

    bool isValid() const { return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0; }
    QJsonObject toJson() const;
    static TokenUsage fromJson(const QJsonObject &object);
};

// An error object the server sent with a 200 stream, or in an error response's body.
struct ProviderError
{
    QString message;
    QString type;
    QString code; // a string code, or the numeric status some routers use, as text
    QString param;
};

// Everything one streamed chunk (or a whole non-streamed completion) says.
struct ChatDelta
{
    QString id;
    QString model;
    QList<ChoiceDelta> choices;
    std::optional<TokenUsage> usage;
    std::optional<ProviderError> error;
};
