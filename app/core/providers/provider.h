#pragma once

#include "client/endpoint.h"
#include "protocol/modelcapabilities.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// How a provider departs from plain OpenAI behaviour, where PROTOCOL.md documents it.
struct ProviderQuirks
{
    // Send max_completion_tokens instead of max_tokens. OpenAI deprecated max_tokens and its
    // reasoning models (o-series, gpt-5) reject it; every OpenAI chat model accepts the new
    // name, so one flag per provider is enough.
    bool maxCompletionTokens = false;
    // Where reasoning arrives when not `reasoning_content`, e.g. "reasoning" (OpenRouter,
    // Ollama, Groq); empty = the default.
    QString reasoningField;
    // The server refuses stream_options.include_usage (ChatRequest::includeUsage off).
    bool rejectsStreamUsage = false;

    bool operator==(const ProviderQuirks &) const = default;
};

// One OpenAI-compatible service a person talks to: where it is and what it needs. There is
// no key here, on purpose; keys live in the secret store and are joined in endpoint().
struct Provider
{
    static constexpr int maxRecentModels = 10;

    QString id; // stable: the preset id for a preset's first copy, else "custom-<8 hex>"
    QString presetId; // the preset it came from; empty for Custom
    QString name; // shown to people, unique case-insensitively in a registry
    QUrl baseUrl; // e.g. https://api.openai.com/v1; empty until a Custom one is filled in
    bool keyRequired = true; // a key is always optional; this says whether the preset expects one
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. OpenRouter's X-Title
    QString defaultModel;
    QStringList recentModels; // most recent first, at most maxRecentModels
    QStringList cachedModels; // from GET /models, fetched at modelsFetchedAt
    QDateTime modelsFetchedAt;
    ProviderQuirks quirks;
    // Only models with something known; by model id.
    QMap<QString, ModelCapabilities> capabilities;
    QString docsUrl; // where to get a key (shown, never opened automatically)

    // Where requests go, with this key (trimmed; empty sends no Authorization header).
    Endpoint endpoint(const QString &apiKey) const;

    // Never contains a key: there is no key field at all.
    QJsonObject toJson() const;
    // Unknown fields are ignored. Needs a non-empty id and name and a "baseUrl" that is
    // empty or an http(s) URL.
    static std::optional<Provider> fromJson(const QJsonObject &json, QString *error = nullptr);

    // The models to offer: recent first, then the cached list, without duplicates.
    QStringList modelChoices() const;

    bool operator==(const Provider &) const = default;
};
