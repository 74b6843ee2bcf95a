#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The sampling and output options of a chat-completion request. Every field is optional:
// only the ones that are set are sent, so the provider's defaults apply to the rest.
struct ModelParameters
{
    std::optional<qint64> maxTokens;
    std::optional<qint64> maxCompletionTokens; // what reasoning models want instead
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> n;
    std::optional<QStringList> stop;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    std::optional<QMap<QString, int>> logitBias; // token id (as text) -> bias
    std::optional<QString> user;
    std::optional<QJsonValue> toolChoice;
    std::optional<QJsonObject> responseFormat;
    std::optional<qint64> seed;
    std::optional<QString> reasoningEffort;

    // Human-readable problems; empty when the parameters may be sent.
    QStringList validate() const;

    // Adds the set fields to a request body.
    void writeTo(QJsonObject &body) const;

    // Sets one field from text as a person types it (`temperature=0.7`, `stop=END`,
    // `logit_bias={"50256":-100}`). Returns an error message, or an empty string.
    // `stop` may be given several times; each adds one sequence.
    QString set(const QString &key, const QString &value);

    static QStringList keys();

    // The inverse of writeTo(): the known fields of a request body (or of a saved one).
    // Unknown keys and values of the wrong type are left out.
    static ModelParameters fromJson(const QJsonObject &body);

    Q_DECLARE_TR_FUNCTIONS(ModelParameters) // last: it leaves the rest private
};
