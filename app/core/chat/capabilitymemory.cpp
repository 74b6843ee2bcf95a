#include "capabilitymemory.h"

#include <QDateTime>

ModelCapabilities CapabilityMemory::known(const QString &model) const
{
    ModelCapabilities known = m_lookup ? m_lookup(model) : ModelCapabilities();
    const auto learned = m_learned.constFind(model);
    if (learned == m_learned.cend())
        return known;
    for (ModelCapability capability :
         {ModelCapability::Vision, ModelCapability::Tools, ModelCapability::Reasoning}) {
        const CapabilityFlag &seen = learned->flag(capability);
        if (seen.support != CapabilityFlag::Support::Unknown)
            known.note(capability, seen.isYes(), seen.source, seen.at); // the person's word wins
    }
    return known;
}

void CapabilityMemory::start(const QString &model, const ModelCapabilities &known,
                             const RequestFeatures &features)
{
    m_model = model;
    m_known = known;
    m_features = features;
}

ApiError CapabilityMemory::explained(const ApiError &error) const
{
    return CapabilityEvidence::explained(m_features, m_known, error);
}

QList<CapabilityObservation> CapabilityMemory::finish(const Message &answer, const ApiError &error)
{
    const QList<CapabilityObservation> seen
        = CapabilityEvidence::observe(m_features, answer, error);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const CapabilityObservation &observation : seen)
        m_learned[m_model].note(observation.capability, observation.supported,
                                CapabilityFlag::Source::Learned, now);
    return seen;
}
