#include "toolcall.h"

#include <QJsonDocument>

bool ToolCall::hasValidArguments() const
{
    if (arguments.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QJsonObject ToolCall::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("arguments"), arguments}};
}
