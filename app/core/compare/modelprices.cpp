#include "modelprices.h"

#include "providers/jsonsettingsarray.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QtNumeric>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPrices, "confab.compare.prices")

namespace {

const QLatin1StringView providerIdKey {"providerId"};
const QLatin1StringView modelKey {"model"};
const QLatin1StringView inputKey {"inputPerMillion"};
const QLatin1StringView outputKey {"outputPerMillion"};
const QLatin1StringView cachedInputKey {"cachedInputPerMillion"};
const QLatin1StringView reasoningKey {"reasoningPerMillion"};

bool validPrice(double price)
{
    return std::isfinite(price) && price >= 0 && price <= ModelPrice::maxPerMillion;
}

// An optional price as the person gave it: any negative number means "not set".
double optionalPrice(double price)
{
    return std::isfinite(price) && price < 0 ? -1 : price;
}

} // namespace

std::optional<double> ModelPrice::cost(const TokenUsage &usage) const
{
    if (usage.promptTokens < 0 || usage.completionTokens < 0)
        return std::nullopt;
    const double prompt = double(usage.promptTokens);
    const double completion = double(usage.completionTokens);
    double input = prompt * inputPerMillion;
    if (cachedInputPerMillion >= 0 && usage.cachedPromptTokens > 0) {
        const double cached = std::min(double(usage.cachedPromptTokens), prompt);
        input = (prompt - cached) * inputPerMillion + cached * cachedInputPerMillion;
    }
    double output = completion * outputPerMillion;
    if (reasoningPerMillion >= 0 && usage.reasoningTokens > 0) {
        const double reasoning = std::min(double(usage.reasoningTokens), completion);
        output = (completion - reasoning) * outputPerMillion + reasoning * reasoningPerMillion;
    }
    return (input + output) / 1'000'000.0;
}

QString ModelPrice::problem() const
{
    if (model.trimmed().isEmpty())
        return ModelPrices::tr("Name the model the price is for.");
    const auto outOfRange = [](double price) { return !validPrice(price); };
    if (outOfRange(inputPerMillion) || outOfRange(outputPerMillion)
        || (cachedInputPerMillion >= 0 && outOfRange(cachedInputPerMillion))
        || (reasoningPerMillion >= 0 && outOfRange(reasoningPerMillion))
        || !std::isfinite(cachedInputPerMillion) || !std::isfinite(reasoningPerMillion))
        return ModelPrices::tr("A price is US dollars per million tokens, from 0 to %1.")
            .arg(ModelPrice::maxPerMillion, 0, 'f', 0);
    return {};
}

QJsonObject ModelPrice::toJson() const
{
    QJsonObject json {
        {modelKey, model}, {inputKey, inputPerMillion}, {outputKey, outputPerMillion}};
    if (!providerId.isEmpty())
        json.insert(providerIdKey, providerId);
    if (cachedInputPerMillion >= 0)
        json.insert(cachedInputKey, cachedInputPerMillion);
    if (reasoningPerMillion >= 0)
        json.insert(reasoningKey, reasoningPerMillion);
    return json;
}

std::optional<ModelPrice> ModelPrice::fromJson(const QJsonObject &json, QString *error)
{
    const auto number = [&json](QLatin1StringView key, double absent) {
        const QJsonValue value = json.value(key);
        return value.isDouble() ? value.toDouble() : value.isUndefined() ? absent : qQNaN();
    };
    ModelPrice price;
    price.providerId = json.value(providerIdKey).toString();
    price.model = json.value(modelKey).toString();
    price.inputPerMillion = number(inputKey, qQNaN());
    price.outputPerMillion = number(outputKey, qQNaN());
    price.cachedInputPerMillion = number(cachedInputKey, -1);
    price.reasoningPerMillion = number(reasoningKey, -1);
    const QString problem = price.problem();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return price;
}

QVariantMap ModelPrice::toVariantMap() const
{
    return {{providerIdKey, providerId},
            {modelKey, model},
            {inputKey, inputPerMillion},
            {outputKey, outputPerMillion},
            {cachedInputKey, cachedInputPerMillion},
            {reasoningKey, reasoningPerMillion}};
}

ModelPrices::ModelPrices(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

QVariantList ModelPrices::pricesForQml() const
{
    QVariantList list;
    list.reserve(m_prices.size());
    for (const ModelPrice &price : m_prices)
        list.append(price.toVariantMap());
    return list;
}

std::optional<ModelPrice> ModelPrices::find(const QString &providerId, const QString &model) const
{
    const QString wanted = model.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    qsizetype at = providerId.isEmpty() ? -1 : indexOf(providerId, wanted);
    if (at < 0)
        at = indexOf({}, wanted);
    if (at < 0)
        return std::nullopt;
    return m_prices.at(at);
}

std::optional<double> ModelPrices::cost(const QString &providerId, const QString &model,
                                        const TokenUsage &usage) const
{
    const std::optional<ModelPrice> price = find(providerId, model);
    return price ? price->cost(usage) : std::nullopt;
}

QString ModelPrices::setPrice(const ModelPrice &price)
{
    ModelPrice entry = price;
    entry.providerId = entry.providerId.trimmed();
    entry.model = entry.model.trimmed();
    entry.cachedInputPerMillion = optionalPrice(entry.cachedInputPerMillion);
    entry.reasoningPerMillion = optionalPrice(entry.reasoningPerMillion);
    if (const QString problem = entry.problem(); !problem.isEmpty())
        return problem;
    const qsizetype at = indexOf(entry.providerId, entry.model);
    if (at >= 0) {
        if (m_prices.at(at) == entry)
            return {};
        m_prices[at] = entry;
    } else {
        // Sorted by model, then provider (the model-only price first), for the settings page.
        const auto before = [](const ModelPrice &a, const ModelPrice &b) {
            const int byModel = a.model.compare(b.model, Qt::CaseInsensitive);
            return byModel != 0 ? byModel < 0 : a.providerId < b.providerId;
        };
        m_prices.insert(std::upper_bound(m_prices.begin(), m_prices.end(), entry, before), entry);
    }
    save();
    Q_EMIT changed();
    return {};
}

QString ModelPrices::set(const QString &providerId, const QString &model, double inputPerMillion,
                         double outputPerMillion, double cachedInputPerMillion,
                         double reasoningPerMillion)
{
    return setPrice(ModelPrice {providerId, model, inputPerMillion, outputPerMillion,
                                cachedInputPerMillion, reasoningPerMillion});
}

bool ModelPrices::remove(const QString &providerId, const QString &model)
{
    const qsizetype at = indexOf(providerId.trimmed(), model.trimmed());
    if (at < 0)
        return false;
    m_prices.removeAt(at);
    save();
    Q_EMIT changed();
    return true;
}

QVariantMap ModelPrices::price(const QString &providerId, const QString &model) const
{
    const qsizetype at = indexOf(providerId.trimmed(), model.trimmed());
    return at < 0 ? QVariantMap() : m_prices.at(at).toVariantMap();
}

void ModelPrices::reload()
{
    const QList<ModelPrice> before = m_prices;
    load();
    if (m_prices != before)
        Q_EMIT changed();
}

void ModelPrices::load()
{
    m_prices.clear();
    if (!m_settings)
        return;
    m_settings->sync();
    QList<ModelPrice> loaded;
    JsonSettingsArray::read(*m_settings, settingsGroup, lcPrices, "model price",
                            [&loaded](const QJsonObject &object, QString *error) {
                                std::optional<ModelPrice> price
                                    = ModelPrice::fromJson(object, error);
                                if (price)
                                    loaded.append(*price);
                                return price.has_value();
                            });
    // Through setPrice's rules (trimmed, sorted, one per key) without writing back.
    QPointer<QSettings> settings = m_settings;
    m_settings = nullptr;
    const QSignalBlocker blocker(this);
    for (const ModelPrice &price : std::as_const(loaded))
        setPrice(price);
    m_settings = settings;
}

void ModelPrices::save()
{
    if (!m_settings)
        return;
    QList<QJsonObject> objects;
    objects.reserve(m_prices.size());
    for (const ModelPrice &price : std::as_const(m_prices))
        objects.append(price.toJson());
    JsonSettingsArray::write(*m_settings, settingsGroup, objects);
}

qsizetype ModelPrices::indexOf(const QString &providerId, const QString &model) const
{
    for (qsizetype i = 0; i < m_prices.size(); ++i) {
        const ModelPrice &price = m_prices.at(i);
        if (price.model == model && price.providerId == providerId)
            return i;
    }
    return -1;
}
