#pragma once

#include "modelprices.h"

#include <QJsonObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

struct Message;

// How one answer did, for a comparison's columns and `confab-cli compare`: time to first
// token, speed, tokens, duration, how it ended and what it cost; numbers and the words
// people read. Computed from a finished or still-streaming Message.
//
// Token counts come from the provider's usage when it sent one. Without usage they are
// estimated at about four characters a token (DemoAnswers::estimateTokens, the demo
// server's rule too), counting content, reasoning, refusal and tool calls, and `estimated`
// is set: the text forms then start with "≈". English text is usually within a third of
// the real count; text in Chinese or Japanese (about one token a character) counts low.
class AnswerMetrics
{
    Q_GADGET
    QML_VALUE_TYPE(answerMetrics)
    Q_PROPERTY(qint64 timeToFirstTokenMs MEMBER timeToFirstTokenMs)
    Q_PROPERTY(double tokensPerSecond MEMBER tokensPerSecond)
    Q_PROPERTY(qint64 promptTokens MEMBER promptTokens)
    Q_PROPERTY(qint64 completionTokens MEMBER completionTokens)
    Q_PROPERTY(qint64 totalTokens MEMBER totalTokens)
    Q_PROPERTY(qint64 reasoningTokens MEMBER reasoningTokens)
    Q_PROPERTY(bool estimated MEMBER estimated)
    Q_PROPERTY(qint64 durationMs MEMBER durationMs)
    Q_PROPERTY(QString state MEMBER state)
    Q_PROPERTY(QString finishReason MEMBER finishReason)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(double cost MEMBER cost)
    Q_PROPERTY(bool hasCost READ hasCost)
    Q_PROPERTY(bool costFromProvider MEMBER costFromProvider)
    Q_PROPERTY(QString timeToFirstTokenText READ timeToFirstTokenText)
    Q_PROPERTY(QString speedText READ speedText)
    Q_PROPERTY(QString tokensText READ tokensText)
    Q_PROPERTY(QString durationText READ durationText)
    Q_PROPERTY(QString costText READ costText)
    Q_PROPERTY(QString finishText READ finishText)

public:
    // What the Message alone cannot say.
    struct Context
    {
        qint64 nowMs = 0; // the clock for a message still streaming; 0: the current time
        // The request's prompt length in characters (system + user text), to estimate the
        // prompt tokens of an answer without usage; -1: the prompt count stays unknown.
        qint64 promptCharacters = -1;
        std::optional<ModelPrice> price; // for the cost when the provider reports none
    };

    // -1 (or 0 for the speed, an empty string for texts) means "not known (yet)".
    qint64 timeToFirstTokenMs = -1; // sent → first reasoning or answer token
    // Completion tokens over the time from the first token to the end (or now). When the
    // provider counted reasoning it never streamed (OpenAI's o-series), those tokens were
    // made before the first visible token and are left out of the speed.
    double tokensPerSecond = 0;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1; // the answer's tokens, reasoning included
    qint64 totalTokens = -1;
    qint64 reasoningTokens = -1; // as reported; never estimated
    bool estimated = false; // some token count above is an estimate
    qint64 durationMs = -1; // sent → finished (or now, while it streams)
    QString state; // Message::stateName: "pending", "streaming", "complete", "failed", …
    QString finishReason; // as the provider said: "stop", "length", "tool_calls", …
    QString error; // the error for people, when the answer failed
    double cost = -1; // US dollars; -1: unknown
    bool costFromProvider = false; // reported by the provider (OpenRouter), not from a price

    static AnswerMetrics compute(const Message &message, const Context &context);

    // For ordering columns, lower is better: "firstToken", "speed" (negated), "tokens",
    // "duration" or "cost"; +infinity when unknown (or for another name).
    Q_INVOKABLE double rankValue(const QString &metric) const;
    static AnswerMetrics compute(const Message &message) { return compute(message, Context {}); }

    bool hasCost() const { return cost >= 0; }

    QString timeToFirstTokenText() const; // "0.4 s"
    QString speedText() const; // "48 tok/s", "9.5 tok/s"
    QString tokensText() const; // completion tokens: "1,234 tokens", "≈ 1,234 tokens"
    QString durationText() const; // "1.2 s", "2 min 5 s"
    QString costText() const; // "$0.0031", "≈ $0.0031" from estimated tokens
    // "stop", "length", …; "error: <message>", "stopped", "streaming", "waiting".
    QString finishText() const;

    // Every number, with null for what is unknown, in the snake_case of confab-cli's JSON:
    // time_to_first_token_ms, tokens_per_second, prompt_tokens, completion_tokens,
    // total_tokens, reasoning_tokens, estimated, duration_ms, state, finish_reason, error,
    // cost_usd, cost_from_provider.
    QJsonObject toJson() const;

    // The text forms on their own, for tables. Unknown values give an empty string.
    static QString formatSpeed(double tokensPerSecond); // "48 tok/s"
    static QString formatTokenCount(qint64 tokens, bool estimated); // "≈ 1,234"
    static QString formatCost(double dollars, bool estimated = false); // "$0.0031"
};
