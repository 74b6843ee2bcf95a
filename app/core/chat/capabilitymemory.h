#pragma once

#include "capabilityevidence.h"

#include <QHash>
#include <QString>

#include <functional>

// A conversation's view of what its models take, for the request answering now: what the
// provider settings know (through the lookup) with what this conversation learned itself
// (so that a refusal is heeded even where nothing is kept, as in the demo), the features
// the request used, and what its end showed.
class CapabilityMemory
{
public:
    using Lookup = std::function<ModelCapabilities(const QString &model)>;
    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }

    // What is known of `model` now.
    ModelCapabilities known(const QString &model) const;

    // A request for `model` starts with these features; `known` is what was known then.
    void start(const QString &model, const ModelCapabilities &known,
               const RequestFeatures &features);
    QString requestModel() const { return m_model; }
    // The request failed with `error`: it with what a refused feature means said first.
    ApiError explained(const ApiError &error) const;
    // The request ended with `answer` (its first choice) and `error`: what that showed,
    // remembered here too.
    QList<CapabilityObservation> finish(const Message &answer, const ApiError &error);

private:
    Lookup m_lookup;
    QHash<QString, ModelCapabilities> m_learned; // by model, in this conversation
    QString m_model;
    ModelCapabilities m_known;
    RequestFeatures m_features;
};
