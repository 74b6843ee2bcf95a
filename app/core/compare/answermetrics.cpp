#include "answermetrics.h"

#include <limits>

#include "chat/message.h"
#include "chat/messageformat.h"
#include "demo/demoanswers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>

#include <climits>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnswerMetrics", text, nullptr);
}

const QString approximately = QStringLiteral("≈ ");

// Everything the model wrote that counts as completion tokens.
qsizetype completionCharacters(const Message &message)
{
    qsizetype characters
        = message.content.size() + message.reasoning.size() + message.refusal.size();
    for (const ToolCall &call : message.toolCalls)
        characters += call.name.size() + call.arguments.size();
    return characters;
}

QJsonValue orNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

AnswerMetrics AnswerMetrics::compute(const Message &message, const Context &context)
{
    AnswerMetrics metrics;
    metrics.state = Message::stateName(message.state);
    metrics.finishReason = message.finishReason;
    if (message.state == Message::State::Failed)
        metrics.error
            = message.error.message.isEmpty() ? message.error.kindName() : message.error.message;

    const MessageTimings &timings = message.timings;
    const bool running
        = message.state == Message::State::Pending || message.state == Message::State::Streaming;
    const qint64 now = context.nowMs > 0 ? context.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 end = timings.finishedAt > 0 ? timings.finishedAt : running ? now : 0;
    if (timings.sentAt > 0 && timings.firstTokenAt > 0)
        metrics.timeToFirstTokenMs = std::max<qint64>(0, timings.firstTokenAt - timings.sentAt);
    if (timings.sentAt > 0 && end > 0)
        metrics.durationMs = std::max<qint64>(0, end - timings.sentAt);

    // Tokens: the provider's counts first, then what follows from them, then estimates.
    const TokenUsage &usage = message.usage;
    bool completionEstimated = false;
    if (usage.completionTokens >= 0) {
        metrics.completionTokens = usage.completionTokens;
    } else if (usage.totalTokens >= 0 && usage.promptTokens >= 0) {
        metrics.completionTokens = std::max<qint64>(0, usage.totalTokens - usage.promptTokens);
    } else if (const qsizetype characters = completionCharacters(message); characters > 0) {
        metrics.completionTokens = DemoAnswers::estimateTokens(characters);
        completionEstimated = true;
    }
    if (usage.promptTokens >= 0) {
        metrics.promptTokens = usage.promptTokens;
    } else if (usage.totalTokens >= 0 && usage.completionTokens >= 0) {
        metrics.promptTokens = std::max<qint64>(0, usage.totalTokens - usage.completionTokens);
    } else if (context.promptCharacters >= 0 && metrics.completionTokens >= 0) {
        // Only for an answer that came: a refused request had no prompt tokens to count.
        metrics.promptTokens = DemoAnswers::estimateTokens(context.promptCharacters);
        metrics.estimated = true;
    }
    metrics.estimated = metrics.estimated || completionEstimated;
    if (usage.totalTokens >= 0)
        metrics.totalTokens = usage.totalTokens;
    else if (metrics.promptTokens >= 0 && metrics.completionTokens >= 0)
        metrics.totalTokens = metrics.promptTokens + metrics.completionTokens;
    metrics.reasoningTokens = usage.reasoningTokens;

    // Speed over the stretch in which the counted tokens streamed.
    qint64 streamedTokens = metrics.completionTokens;
    if (!completionEstimated && usage.reasoningTokens > 0 && message.reasoning.isEmpty())
        streamedTokens -= std::min(usage.reasoningTokens, streamedTokens);
    if (streamedTokens > 0 && timings.firstTokenAt > 0 && end > timings.firstTokenAt)
        metrics.tokensPerSecond
            = double(streamedTokens) * 1000.0 / double(end - timings.firstTokenAt);

    if (usage.cost >= 0) {
        metrics.cost = usage.cost;
        metrics.costFromProvider = true;
    } else if (context.price) {
        TokenUsage counted = usage;
        counted.promptTokens = metrics.promptTokens;
        counted.completionTokens = metrics.completionTokens;
        if (const std::optional<double> cost = context.price->cost(counted))
            metrics.cost = *cost;
    }
    return metrics;
}

QString AnswerMetrics::timeToFirstTokenText() const
{
    return timeToFirstTokenMs >= 0 ? MessageFormat::duration(timeToFirstTokenMs) : QString();
}

QString AnswerMetrics::speedText() const
{
    return formatSpeed(tokensPerSecond);
}

QString AnswerMetrics::tokensText() const
{
    if (completionTokens < 0)
        return {};
    const int count = int(std::min<qint64>(completionTokens, INT_MAX));
    const QString text = QCoreApplication::translate("AnswerMetrics", "%Ln tokens", nullptr, count);
    return estimated ? approximately + text : text;
}

QString AnswerMetrics::durationText() const
{
    return durationMs >= 0 ? MessageFormat::duration(durationMs) : QString();
}

QString AnswerMetrics::costText() const
{
    return hasCost() ? formatCost(cost, estimated && !costFromProvider) : QString();
}

QString AnswerMetrics::finishText() const
{
    if (state == u"pending")
        return tr("waiting");
    if (state == u"streaming")
        return tr("streaming");
    if (state == u"failed")
        return error.isEmpty() ? tr("error") : tr("error: %1").arg(error);
    if (state == u"cancelled")
        return tr("stopped");
    if (state == u"interrupted")
        return tr("interrupted");
    return finishReason;
}

QJsonObject AnswerMetrics::toJson() const
{
    return {
        {QLatin1String("time_to_first_token_ms"), orNull(timeToFirstTokenMs)},
        {QLatin1String("tokens_per_second"),
         tokensPerSecond > 0 ? QJsonValue(tokensPerSecond) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("prompt_tokens"), orNull(promptTokens)},
        {QLatin1String("completion_tokens"), orNull(completionTokens)},
        {QLatin1String("total_tokens"), orNull(totalTokens)},
        {QLatin1String("reasoning_tokens"), orNull(reasoningTokens)},
        {QLatin1String("estimated"), estimated},
        {QLatin1String("duration_ms"), orNull(durationMs)},
        {QLatin1String("state"), state},
        {QLatin1String("finish_reason"), orNull(finishReason)},
        {QLatin1String("error"), orNull(error)},
        {QLatin1String("cost_usd"), hasCost() ? QJsonValue(cost) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("cost_from_provider"), costFromProvider},
    };
}

QString AnswerMetrics::formatSpeed(double tokensPerSecond)
{
    if (!(tokensPerSecond > 0) || !std::isfinite(tokensPerSecond))
        return {};
    const int decimals = tokensPerSecond < 10 ? 1 : 0;
    return tr("%1 tok/s").arg(QLocale().toString(tokensPerSecond, 'f', decimals));
}

QString AnswerMetrics::formatTokenCount(qint64 tokens, bool estimated)
{
    if (tokens < 0)
        return {};
    const QString count = QLocale().toString(tokens);
    return estimated ? approximately + count : count;
}

QString AnswerMetrics::formatCost(double dollars, bool estimated)
{
    if (!(dollars >= 0) || !std::isfinite(dollars))
        return {};
    // Two significant digits below a dollar, cents above: "$0.0031", "$0.012", "$1.23".
    constexpr int maxDecimals = 6;
    int decimals = 2;
    while (decimals < maxDecimals && dollars > 0 && dollars < std::pow(10.0, 1 - decimals))
        ++decimals;
    // The person's way of writing an amount; "$0.0031" in the C locale (Qt writes "0.0031$").
    const QLocale locale;
    const auto amount = [&locale](double value, int precision) -> QString {
        if (locale.language() == QLocale::C)
            return QStringLiteral("$") + locale.toString(value, 'f', precision);
        return locale.toCurrencyString(value, QStringLiteral("$"), precision);
    };
    QString text;
    if (dollars > 0 && dollars < 0.5 * std::pow(10.0, -maxDecimals))
        text = tr("< %1").arg(amount(std::pow(10.0, -maxDecimals), maxDecimals));
    else
        text = amount(dollars, decimals);
    return estimated ? approximately + text : text;
}

double AnswerMetrics::rankValue(const QString &metric) const
{
    constexpr double unknown = std::numeric_limits<double>::infinity();
    if (metric == QLatin1String("firstToken"))
        return timeToFirstTokenMs >= 0 ? double(timeToFirstTokenMs) : unknown;
    if (metric == QLatin1String("speed"))
        return tokensPerSecond > 0 ? -tokensPerSecond : unknown;
    if (metric == QLatin1String("tokens"))
        return completionTokens >= 0 ? double(completionTokens) : unknown;
    if (metric == QLatin1String("duration"))
        return durationMs >= 0 ? double(durationMs) : unknown;
    if (metric == QLatin1String("cost"))
        return hasCost() ? cost : unknown;
    return unknown;
}
