#include "modelparameters.h"

#include "responseformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

bool isReasoningEffort(const QString &value)
{
    static const QStringList known
        = {QStringLiteral("none"),   QStringLiteral("minimal"), QStringLiteral("low"),
           QStringLiteral("medium"), QStringLiteral("high"),    QStringLiteral("xhigh")};
    return known.contains(value);
}

QString validateToolChoice(const QJsonValue &choice)
{
    if (choice.isString()) {
        const QString mode = choice.toString();
        if (mode == QLatin1String("none") || mode == QLatin1String("auto")
            || mode == QLatin1String("required"))
            return {};
        return ModelParameters::tr(
                   "tool_choice must be \"none\", \"auto\", \"required\" or a function, not "
                   "\"%1\".")
            .arg(mode);
    }
    const QJsonObject object = choice.toObject();
    if (object.value(QLatin1String("type")).toString() == QLatin1String("function")
        && !object.value(QLatin1String("function"))
                .toObject()
                .value(QLatin1String("name"))
                .toString()
                .isEmpty())
        return {};
    return ModelParameters::tr(
        "tool_choice as an object must be {\"type\":\"function\",\"function\":{\"name\":…}}.");
}

QString validateResponseFormat(const QJsonObject &format)
{
    const QString type = format.value(QLatin1String("type")).toString();
    if (type == QLatin1String("text") || type == QLatin1String("json_object"))
        return {};
    if (type == QLatin1String("json_schema")) {
        const QJsonObject schema = format.value(QLatin1String("json_schema")).toObject();
        const QString name = schema.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return ModelParameters::tr("response_format json_schema needs json_schema.name.");
        if (!ResponseFormat::isApiName(name))
            return ModelParameters::tr("response_format json_schema.name may have only letters, "
                                       "digits, _ and - (at most 64), not \"%1\".")
                .arg(name);
        const QJsonValue body = schema.value(QLatin1String("schema"));
        if (!body.isUndefined() && !body.isObject())
            return ModelParameters::tr("response_format json_schema.schema must be a JSON object.");
        return {};
    }
    return ModelParameters::tr(
        "response_format type must be \"text\", \"json_object\" or \"json_schema\".");
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QStringList ModelParameters::keys()
{
    return {QStringLiteral("max_tokens"),
            QStringLiteral("max_completion_tokens"),
            QStringLiteral("temperature"),
            QStringLiteral("top_p"),
            QStringLiteral("n"),
            QStringLiteral("stop"),
            QStringLiteral("presence_penalty"),
            QStringLiteral("frequency_penalty"),
            QStringLiteral("logit_bias"),
            QStringLiteral("user"),
            QStringLiteral("tool_choice"),
            QStringLiteral("response_format"),
            QStringLiteral("seed"),
            QStringLiteral("reasoning_effort")};
}

QStringList ModelParameters::validate() const
{
    QStringList problems;
    auto checkRange
        = [&](const std::optional<double> &value, const char *name, double low, double high) {
              if (value && !(*value >= low && *value <= high))
                  problems << tr("%1 must be between %2 and %3 (it is %4).")
                                  .arg(QLatin1String(name))
                                  .arg(low)
                                  .arg(high)
                                  .arg(*value);
          };
    checkRange(temperature, "temperature", 0, 2);
    checkRange(topP, "top_p", 0, 1);
    checkRange(presencePenalty, "presence_penalty", -2, 2);
    checkRange(frequencyPenalty, "frequency_penalty", -2, 2);

    if (maxTokens && *maxTokens < 1)
        problems << tr("max_tokens must be at least 1.");
    if (maxCompletionTokens && *maxCompletionTokens < 1)
        problems << tr("max_completion_tokens must be at least 1.");
    if (n && (*n < 1 || *n > 128))
        problems << tr("n must be between 1 and 128 (it is %1).").arg(*n);
    if (stop) {
        if (stop->size() > 4)
            problems
                << tr("At most 4 stop sequences are allowed (there are %1).").arg(stop->size());
        if (stop->contains(QString()))
            problems << tr("A stop sequence cannot be empty.");
    }
    if (logitBias) {
        static const QRegularExpression tokenId(QStringLiteral("^[0-9]+$"));
        for (auto it = logitBias->cbegin(); it != logitBias->cend(); ++it) {
            if (!tokenId.match(it.key()).hasMatch())
                problems
                    << tr("logit_bias keys must be token ids (numbers), not \"%1\".").arg(it.key());
            if (it.value() < -100 || it.value() > 100)
                problems << tr("logit_bias values must be between -100 and 100 (token %1 has %2).")
                                .arg(it.key())
                                .arg(it.value());
        }
    }
    if (user && user->isEmpty())
        problems << tr("user cannot be empty when it is set.");
    if (toolChoice) {
        const QString problem = validateToolChoice(*toolChoice);
        if (!problem.isEmpty())
            problems << problem;
    }
    if (responseFormat) {
        const QString problem = validateResponseFormat(*responseFormat);
        if (!problem.isEmpty())
            problems << problem;
    }
    if (reasoningEffort && !isReasoningEffort(*reasoningEffort))
        problems << tr("reasoning_effort must be none, minimal, low, medium, high or xhigh, not "
                       "\"%1\".")
                        .arg(*reasoningEffort);
    return problems;
}

void ModelParameters::writeTo(QJsonObject &body) const
{
    if (maxTokens)
        body.insert(QLatin1String("max_tokens"), *maxTokens);
    if (maxCompletionTokens)
        body.insert(QLatin1String("max_completion_tokens"), *maxCompletionTokens);
    if (temperature)
        body.insert(QLatin1String("temperature"), *temperature);
    if (topP)
        body.insert(QLatin1String("top_p"), *topP);
    if (n)
        body.insert(QLatin1String("n"), *n);
    if (stop)
        body.insert(QLatin1String("stop"), QJsonArray::fromStringList(*stop));
    if (presencePenalty)
        body.insert(QLatin1String("presence_penalty"), *presencePenalty);
    if (frequencyPenalty)
        body.insert(QLatin1String("frequency_penalty"), *frequencyPenalty);
    if (logitBias) {
        QJsonObject bias;
        for (auto it = logitBias->cbegin(); it != logitBias->cend(); ++it)
            bias.insert(it.key(), it.value());
        body.insert(QLatin1String("logit_bias"), bias);
    }
    if (user)
        body.insert(QLatin1String("user"), *user);
    if (toolChoice)
        body.insert(QLatin1String("tool_choice"), *toolChoice);
    if (responseFormat)
        body.insert(QLatin1String("response_format"), *responseFormat);
    if (seed)
        body.insert(QLatin1String("seed"), *seed);
    if (reasoningEffort)
        body.insert(QLatin1String("reasoning_effort"), *reasoningEffort);
}

ModelParameters ModelParameters::fromJson(const QJsonObject &body)
{
    ModelParameters parameters;
    for (const QString &key : keys()) {
        const QJsonValue value = body.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        QString text;
        if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            text
                = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 17);
        else
            text = value.toString();
        parameters.set(key, text); // a value that does not parse is left out
    }
    return parameters;
}

QString ModelParameters::set(const QString &key, const QString &value)
{
    const QString notNumber = tr("%1 needs a number, not \"%2\".").arg(key, value);
    const QString notInteger = tr("%1 needs a whole number, not \"%2\".").arg(key, value);
    const QJsonDocument json = QJsonDocument::fromJson(value.toUtf8());

    if (key == QLatin1String("temperature") || key == QLatin1String("top_p")
        || key == QLatin1String("presence_penalty") || key == QLatin1String("frequency_penalty")) {
        const auto number = parseNumber(value);
        if (!number)
            return notNumber;
        if (key == QLatin1String("temperature"))
            temperature = number;
        else if (key == QLatin1String("top_p"))
            topP = number;
        else if (key == QLatin1String("presence_penalty"))
            presencePenalty = number;
        else
            frequencyPenalty = number;
        return {};
    }
    if (key == QLatin1String("max_tokens") || key == QLatin1String("max_completion_tokens")
        || key == QLatin1String("seed") || key == QLatin1String("n")) {
        const auto integer = parseInteger(value);
        if (!integer)
            return notInteger;
        if (key == QLatin1String("max_tokens"))
            maxTokens = integer;
        else if (key == QLatin1String("max_completion_tokens"))
            maxCompletionTokens = integer;
        else if (key == QLatin1String("seed"))
            seed = integer;
        else
            n = int(std::clamp<qint64>(*integer, -1, 1'000'000));
        return {};
    }
    if (key == QLatin1String("stop")) {
        if (!stop)
            stop = QStringList();
        if (json.isArray()) {
            for (const QJsonValue &item : json.array())
                stop->append(item.toString());
        } else {
            stop->append(value);
        }
        return {};
    }
    if (key == QLatin1String("logit_bias")) {
        if (!json.isObject())
            return tr("logit_bias needs a JSON object such as {\"50256\": -100}.");
        QMap<QString, int> bias;
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const double number = it.value().toDouble();
            if (!it.value().isDouble() || number != std::trunc(number))
                return tr("logit_bias values must be whole numbers.");
            // Clamped, not wrapped to 0: validate() must still see an out-of-range value.
            bias.insert(it.key(), int(std::clamp(number, -1e6, 1e6)));
        }
        logitBias = bias;
        return {};
    }
    if (key == QLatin1String("user")) {
        user = value;
        return {};
    }
    if (key == QLatin1String("reasoning_effort")) {
        reasoningEffort = value.trimmed();
        return {};
    }
    if (key == QLatin1String("tool_choice")) {
        if (json.isObject())
            toolChoice = QJsonValue(json.object());
        else
            toolChoice = QJsonValue(value.trimmed());
        return {};
    }
    if (key == QLatin1String("response_format")) {
        if (json.isObject())
            responseFormat = json.object();
        else
            responseFormat = QJsonObject {{QLatin1String("type"), value.trimmed()}};
        return {};
    }
    return tr("Unknown parameter \"%1\". Known parameters: %2.")
        .arg(key, keys().join(QLatin1String(", ")));
}
