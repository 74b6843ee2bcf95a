#include "chunkparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

QString stringOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// `code` is a string for OpenAI, the HTTP status as a number for OpenRouter.
QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// Mistral's 422 puts an object ({"detail":[…]}) in `message`: keep it readable as JSON.
QString messageText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return stringOrEmpty(value);
}

// Mistral's Magistral streams content as typed parts; "thinking" parts are reasoning.
void appendContentParts(const QJsonArray &parts, ChoiceDelta &choice)
{
    for (const QJsonValue &partValue : parts) {
        const QJsonObject part = partValue.toObject();
        const QString type = part.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            choice.content += stringOrEmpty(part.value(QLatin1String("text")));
        } else if (type == QLatin1String("thinking")) {
            const QJsonValue thinking = part.value(QLatin1String("thinking"));
            if (thinking.isString()) {
                choice.reasoning += thinking.toString();
            } else {
                for (const QJsonValue &inner : thinking.toArray())
                    choice.reasoning
                        += stringOrEmpty(inner.toObject().value(QLatin1String("text")));
            }
        }
    }
}

QString reasoningFromDetails(const QJsonArray &details)
{
    QString text;
    for (const QJsonValue &itemValue : details) {
        const QJsonObject item = itemValue.toObject();
        const QString type = item.value(QLatin1String("type")).toString();
        if (type == QLatin1String("reasoning.text"))
            text += stringOrEmpty(item.value(QLatin1String("text")));
        else if (type == QLatin1String("reasoning.summary"))
            text += stringOrEmpty(item.value(QLatin1String("summary")));
        // reasoning.encrypted carries nothing a person can read.
    }
    return text;
}

ToolCallFragment parseToolCall(const QJsonObject &object)
{
    ToolCallFragment fragment;
    const QJsonValue index = object.value(QLatin1String("index"));
    fragment.index = index.isDouble() ? index.toInt(-1) : -1;
    fragment.id = stringOrEmpty(object.value(QLatin1String("id")));
    fragment.type = stringOrEmpty(object.value(QLatin1String("type")));
    const QJsonObject function = object.value(QLatin1String("function")).toObject();
    fragment.name = stringOrEmpty(function.value(QLatin1String("name")));
    const QJsonValue arguments = function.value(QLatin1String("arguments"));
    if (arguments.isString())
        fragment.arguments = arguments.toString();
    else if (arguments.isObject()) // some servers send the arguments already parsed
        fragment.arguments
            = QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
    fragment.extraContent = object.value(QLatin1String("extra_content")).toObject();
    return fragment;
}

ChoiceDelta parseChoice(const QJsonObject &object, int position)
{
    ChoiceDelta choice;
    const QJsonValue index = object.value(QLatin1String("index"));
    choice.index = index.isDouble() ? index.toInt(position) : position;
    choice.finishReason = stringOrEmpty(object.value(QLatin1String("finish_reason")));

    QJsonValue deltaValue = object.value(QLatin1String("delta"));
    if (!deltaValue.isObject())
        deltaValue = object.value(QLatin1String("message")); // non-streamed completion
    const QJsonObject delta = deltaValue.toObject();

    choice.role = stringOrEmpty(delta.value(QLatin1String("role")));
    const QJsonValue content = delta.value(QLatin1String("content"));
    if (content.isString())
        choice.content = content.toString();
    else if (content.isArray())
        appendContentParts(content.toArray(), choice);

    // Servers name reasoning differently, and some send the same text twice: use one.
    const QJsonValue reasoningContent = delta.value(QLatin1String("reasoning_content"));
    const QJsonValue reasoning = delta.value(QLatin1String("reasoning"));
    if (reasoningContent.isString() && !reasoningContent.toString().isEmpty())
        choice.reasoning += reasoningContent.toString();
    else if (reasoning.isString() && !reasoning.toString().isEmpty())
        choice.reasoning += reasoning.toString();
    else // OpenRouter's typed items, only when neither plain field carries text
        choice.reasoning
            += reasoningFromDetails(delta.value(QLatin1String("reasoning_details")).toArray());

    choice.refusal = stringOrEmpty(delta.value(QLatin1String("refusal")));

    const QJsonArray toolCalls = delta.value(QLatin1String("tool_calls")).toArray();
    choice.toolCalls.reserve(toolCalls.size());
    for (const QJsonValue &call : toolCalls) {
        if (call.isObject())
            choice.toolCalls.append(parseToolCall(call.toObject()));
    }
    return choice;
}

std::optional<ProviderError> parseError(const QJsonObject &root)
{
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        ProviderError result;
        result.message = messageText(object.value(QLatin1String("message")));
        result.type = stringOrEmpty(object.value(QLatin1String("type")));
        result.code = codeText(object.value(QLatin1String("code")));
        result.param = stringOrEmpty(object.value(QLatin1String("param")));
        if (result.message.isEmpty())
            result.message
                = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        // OpenRouter's own message is often generic; the upstream provider's is in raw.
        const QString raw = messageText(
            object.value(QLatin1String("metadata")).toObject().value(QLatin1String("raw")));
        if (!raw.isEmpty() && !result.message.contains(raw))
            result.message += QStringLiteral(" (upstream: %1)").arg(raw.left(300));
        return result;
    }
    if (error.isString() && !error.toString().isEmpty())
        return ProviderError {error.toString(), {}, {}, {}};
    // Mistral: {"object":"error","message":…,"type":…,"code":…} with no wrapper.
    if (root.value(QLatin1String("object")).toString() == QLatin1String("error")) {
        return ProviderError {messageText(root.value(QLatin1String("message"))),
                              stringOrEmpty(root.value(QLatin1String("type"))),
                              codeText(root.value(QLatin1String("code"))),
                              stringOrEmpty(root.value(QLatin1String("param")))};
    }
    return std::nullopt;
}

} // namespace

QJsonObject TokenUsage::toJson() const
{
    QJsonObject object;
    if (promptTokens >= 0)
        object.insert(QLatin1String("prompt_tokens"), promptTokens);
    if (completionTokens >= 0)
        object.insert(QLatin1String("completion_tokens"), completionTokens);
    if (totalTokens >= 0)
        object.insert(QLatin1String("total_tokens"), totalTokens);
    if (cachedPromptTokens >= 0)
        object.insert(QLatin1String("cached_tokens"), cachedPromptTokens);
    if (reasoningTokens >= 0)
        object.insert(QLatin1String("reasoning_tokens"), reasoningTokens);
    if (cost >= 0)
        object.insert(QLatin1String("cost"), cost);
    return object;
}

TokenUsage TokenUsage::fromJson(const QJsonObject &object)
{
    auto count = [](const QJsonValue &value) -> qint64 {
        return value.isDouble() ? value.toInteger(-1) : -1;
    };
    TokenUsage usage;
    usage.promptTokens = count(object.value(QLatin1String("prompt_tokens")));
    usage.completionTokens = count(object.value(QLatin1String("completion_tokens")));
    usage.totalTokens = count(object.value(QLatin1String("total_tokens")));
    usage.cachedPromptTokens = count(object.value(QLatin1String("prompt_tokens_details"))
                                         .toObject()
                                         .value(QLatin1String("cached_tokens")));
    if (usage.cachedPromptTokens < 0)
        usage.cachedPromptTokens = count(object.value(QLatin1String("cached_tokens")));
    if (usage.cachedPromptTokens < 0) // DeepSeek
        usage.cachedPromptTokens = count(object.value(QLatin1String("prompt_cache_hit_tokens")));
    usage.reasoningTokens = count(object.value(QLatin1String("completion_tokens_details"))
                                      .toObject()
                                      .value(QLatin1String("reasoning_tokens")));
    if (usage.reasoningTokens < 0)
        usage.reasoningTokens = count(object.value(QLatin1String("reasoning_tokens")));
    const QJsonValue cost = object.value(QLatin1String("cost"));
    usage.cost = cost.isDouble() ? cost.toDouble() : -1;
    return usage;
}

bool isDoneMarker(QByteArrayView data)
{
    return data.trimmed() == "[DONE]";
}

ChunkParseResult parseChunk(QByteArrayView json)
{
    ChunkParseResult result;
    QJsonParseError jsonError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = jsonError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("parseChunk", "invalid JSON (%1 at byte %2)")
                  .arg(jsonError.errorString())
                  .arg(jsonError.offset)
            : QCoreApplication::translate("parseChunk", "expected a JSON object");
        return result;
    }

    const QJsonObject root = document.object();
    ChatDelta &delta = result.delta;
    delta.id = stringOrEmpty(root.value(QLatin1String("id")));
    delta.model = stringOrEmpty(root.value(QLatin1String("model")));

    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    delta.choices.reserve(choices.size());
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (choices.at(i).isObject())
            delta.choices.append(parseChoice(choices.at(i).toObject(), int(i)));
    }

    QJsonValue usage = root.value(QLatin1String("usage"));
    if (!usage.isObject()) // Groq puts it in its vendor object
        usage = root.value(QLatin1String("x_groq")).toObject().value(QLatin1String("usage"));
    if (usage.isObject()) {
        const TokenUsage parsed = TokenUsage::fromJson(usage.toObject());
        if (parsed.isValid())
            delta.usage = parsed;
    }

    delta.error = parseError(root);
    return result;
}
