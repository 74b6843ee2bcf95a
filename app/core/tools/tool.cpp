#include "tool.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject Tool::toRequestJson(const QString &exposedName) const
{
    return {{u"type"_s, u"function"_s},
            {u"function"_s,
             QJsonObject {{u"name"_s, exposedName},
                          {u"description"_s, description()},
                          {u"parameters"_s, parameters()}}}};
}

QJsonObject Tool::oneStringParameter(const QString &property, const QString &description)
{
    return {
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject {
             {property, QJsonObject {{u"type"_s, u"string"_s}, {u"description"_s, description}}}}},
        {u"required"_s, QJsonArray {property}},
        {u"additionalProperties"_s, false}};
}

QString Tool::effectName(ToolEffect effect)
{
    switch (effect) {
    case ToolEffect::ReadOnly:
        return u"read-only"_s;
    case ToolEffect::Writes:
        return u"writes"_s;
    case ToolEffect::Network:
        return u"network"_s;
    case ToolEffect::RunsPrograms:
        return u"runs programs"_s;
    }
    return {};
}
