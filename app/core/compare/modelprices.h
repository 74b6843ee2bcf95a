#pragma once

#include "protocol/chatdelta.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QSettings;

// What one model costs, in US dollars per million tokens, as the person entered it.
struct ModelPrice
{
    static constexpr double maxPerMillion = 100'000; // beyond any real price: a typo

    QString providerId; // empty: this model at any provider (the fallback)
    QString model;
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    // < 0: cached input tokens cost as much as other input tokens.
    double cachedInputPerMillion = -1;
    // < 0: reasoning tokens are billed as output. Providers count them in completion_tokens,
    // and almost all charge the output price for them.
    double reasoningPerMillion = -1;

    // Needs the prompt and completion counts; cached and reasoning tokens are parts of
    // those (as OpenAI reports them) and only change the price of their part.
    std::optional<double> cost(const TokenUsage &usage) const;

    // Empty when the price can be stored; otherwise why not, for people.
    QString problem() const;

    QJsonObject toJson() const;
    static std::optional<ModelPrice> fromJson(const QJsonObject &json, QString *error = nullptr);
    QVariantMap toVariantMap() const;

    bool operator==(const ModelPrice &) const = default;
};

// The price table the person keeps (Settings, and confab-cli reads the same file): one
// price per provider id + model, and model-only prices that apply at any provider. It
// starts empty on purpose: prices change often and differ by provider, router, region and
// tier, so a built-in table would go stale and show wrong costs as if they were right.
// Stored in the settings group "modelPrices" (an array of JSON objects).
class ModelPrices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the price table.")
    // [{providerId, model, inputPerMillion, outputPerMillion, cachedInputPerMillion,
    //   reasoningPerMillion}], sorted by model, then provider; -1 for an unset optional price.
    Q_PROPERTY(QVariantList prices READ pricesForQml NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    static constexpr QLatin1StringView settingsGroup {"modelPrices"};

    // Loads what `settings` holds; entries that do not parse are skipped (and logged).
    // Without settings the table lives in memory only.
    explicit ModelPrices(QSettings *settings, QObject *parent = nullptr);

    const QList<ModelPrice> &entries() const { return m_prices; }
    int count() const { return int(m_prices.size()); }
    QVariantList pricesForQml() const;

    // The price for `model` at `providerId`, else the model-only price, else nothing.
    std::optional<ModelPrice> find(const QString &providerId, const QString &model) const;
    std::optional<double> cost(const QString &providerId, const QString &model,
                               const TokenUsage &usage) const;

    // Adds the price or replaces the one with the same provider id and model. Returns why it
    // cannot be stored, or nothing.
    QString setPrice(const ModelPrice &price);

    // For the settings page: the same, with -1 for "not set" optional prices.
    Q_INVOKABLE QString set(const QString &providerId, const QString &model, double inputPerMillion,
                            double outputPerMillion, double cachedInputPerMillion = -1,
                            double reasoningPerMillion = -1);
    Q_INVOKABLE bool remove(const QString &providerId, const QString &model);
    // The exact entry (no fallback) as in `prices`, or an empty map.
    Q_INVOKABLE QVariantMap price(const QString &providerId, const QString &model) const;
    // Reads the settings again (another process, e.g. the app, may have changed them).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();
    qsizetype indexOf(const QString &providerId, const QString &model) const;

    QPointer<QSettings> m_settings;
    QList<ModelPrice> m_prices;
};
