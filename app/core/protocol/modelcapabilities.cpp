#include "modelcapabilities.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

constexpr ModelCapability all[]
    = {ModelCapability::Vision, ModelCapability::Tools, ModelCapability::Reasoning};

QString sourceName(CapabilityFlag::Source source)
{
    switch (source) {
    case CapabilityFlag::Source::Listed:
        return u"listed"_s;
    case CapabilityFlag::Source::Learned:
        return u"learned"_s;
    case CapabilityFlag::Source::Person:
        return u"person"_s;
    case CapabilityFlag::Source::None:
        break;
    }
    return {};
}

CapabilityFlag::Source sourceFromName(const QString &name)
{
    if (name == "listed"_L1)
        return CapabilityFlag::Source::Listed;
    if (name == "learned"_L1)
        return CapabilityFlag::Source::Learned;
    if (name == "person"_L1)
        return CapabilityFlag::Source::Person;
    return CapabilityFlag::Source::None;
}

} // namespace

const CapabilityFlag &ModelCapabilities::flag(ModelCapability capability) const
{
    switch (capability) {
    case ModelCapability::Vision:
        return vision;
    case ModelCapability::Tools:
        return tools;
    case ModelCapability::Reasoning:
        break;
    }
    return reasoning;
}

CapabilityFlag &ModelCapabilities::flag(ModelCapability capability)
{
    return const_cast<CapabilityFlag &>(std::as_const(*this).flag(capability));
}

bool ModelCapabilities::note(ModelCapability capability, bool supported,
                             CapabilityFlag::Source source, qint64 at)
{
    CapabilityFlag &current = flag(capability);
    if (source < current.source || source == CapabilityFlag::Source::None)
        return false;
    const auto support = supported ? CapabilityFlag::Support::Yes : CapabilityFlag::Support::No;
    if (current.support == support && current.source == source)
        return false; // the first time it was seen is the one worth keeping
    current = {support, source, at};
    return true;
}

void ModelCapabilities::set(ModelCapability capability, CapabilityFlag::Support support, qint64 at)
{
    flag(capability) = support == CapabilityFlag::Support::Unknown
        ? CapabilityFlag {}
        : CapabilityFlag {support, CapabilityFlag::Source::Person, at};
}

bool ModelCapabilities::isEmpty() const
{
    return *this == ModelCapabilities {};
}

QJsonObject ModelCapabilities::toJson() const
{
    QJsonObject json;
    for (ModelCapability capability : all) {
        const CapabilityFlag &known = flag(capability);
        if (known.support == CapabilityFlag::Support::Unknown)
            continue;
        QJsonObject entry {{"supported"_L1, known.isYes()},
                           {"source"_L1, sourceName(known.source)}};
        if (known.at > 0)
            entry.insert(
                "at"_L1,
                QDateTime::fromMSecsSinceEpoch(known.at, Qt::UTC).toString(Qt::ISODateWithMs));
        json.insert(nameOf(capability), entry);
    }
    return json;
}

ModelCapabilities ModelCapabilities::fromJson(const QJsonObject &json)
{
    ModelCapabilities capabilities;
    for (ModelCapability capability : all) {
        const QJsonObject entry = json.value(nameOf(capability)).toObject();
        const QJsonValue supported = entry.value("supported"_L1);
        const CapabilityFlag::Source source = sourceFromName(entry.value("source"_L1).toString());
        if (!supported.isBool() || source == CapabilityFlag::Source::None)
            continue;
        const QDateTime at
            = QDateTime::fromString(entry.value("at"_L1).toString(), Qt::ISODateWithMs);
        capabilities.flag(capability)
            = {supported.toBool() ? CapabilityFlag::Support::Yes : CapabilityFlag::Support::No,
               source, at.isValid() ? at.toMSecsSinceEpoch() : 0};
    }
    return capabilities;
}

QString ModelCapabilities::nameOf(ModelCapability capability)
{
    switch (capability) {
    case ModelCapability::Vision:
        return u"vision"_s;
    case ModelCapability::Tools:
        return u"tools"_s;
    case ModelCapability::Reasoning:
        break;
    }
    return u"reasoning"_s;
}

std::optional<ModelCapability> ModelCapabilities::fromName(const QString &name)
{
    for (ModelCapability capability : all)
        if (nameOf(capability) == name)
            return capability;
    return std::nullopt;
}
