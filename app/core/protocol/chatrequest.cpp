#include "chatrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

QStringList ChatRequest::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ChatRequest", text); };
    QStringList problems;
    if (model.trimmed().isEmpty())
        problems << tr("Choose a model first.");
    if (messages.isEmpty())
        problems << tr("There is nothing to send.");
    for (int i = 0; i < messages.size(); ++i) {
        const QString problem = messages.at(i).validate(i);
        if (!problem.isEmpty())
            problems << problem;
    }
    static const QRegularExpression toolName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    for (const QJsonValue &tool : tools) {
        const QString name = tool.toObject()
                                 .value(QLatin1String("function"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        if (!toolName.match(name).hasMatch())
            problems << tr("Tool name \"%1\" must be 1–64 letters, digits, _ or -.").arg(name);
    }
    problems << parameters.validate();
    return problems;
}

QJsonObject ChatRequest::toJsonObject() const
{
    QJsonArray messageArray;
    for (const RequestMessage &message : messages)
        messageArray.append(message.toJson());
    QJsonObject body {{QLatin1String("model"), model}, {QLatin1String("messages"), messageArray}};
    if (stream) {
        body.insert(QLatin1String("stream"), true);
        if (includeUsage)
            body.insert(QLatin1String("stream_options"),
                        QJsonObject {{QLatin1String("include_usage"), true}});
    }
    if (!tools.isEmpty())
        body.insert(QLatin1String("tools"), tools);
    parameters.writeTo(body);
    return body;
}

QByteArray ChatRequest::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}
