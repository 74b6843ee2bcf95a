#pragma once

#include <QJsonObject>
#include <QString>

// A function call the model asked for. `arguments` is JSON text once the stream is done.
struct ToolCall
{
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments;
    QJsonObject extraContent; // provider data to echo back (Gemini's `extra_content`)

    bool hasValidArguments() const; // a JSON object (or empty, meaning "no arguments")
    QJsonObject toJson() const; // {id, name, arguments}
};
