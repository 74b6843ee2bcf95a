#pragma once

#include "modelparameters.h"
#include "requestmessage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// The body of POST /chat/completions. Only what is set is sent.
struct ChatRequest
{
    QString model;
    QList<RequestMessage> messages;
    bool stream = true;
    bool includeUsage = true; // stream_options.include_usage; off for providers that reject it
    ModelParameters parameters;
    QJsonArray tools; // [{"type":"function","function":{name, description, parameters}}]

    // Human-readable problems; a request with any is never sent.
    QStringList validate() const;
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
};
