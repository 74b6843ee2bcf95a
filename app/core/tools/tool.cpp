#include "tool.h"

using namespace Qt::StringLiterals;

QJsonObject Tool::toRequestJson(const QString &exposedName) const
{
    return {{u"type"_s, u"function"_s},
            {u"function"_s,
             QJsonObject {{u"name"_s, exposedName},
                          {u"description"_s, description()},
                          {u"parameters"_s, parameters()}}}};
}
