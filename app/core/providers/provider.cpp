#include "provider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Provider", text);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Strings only; anything else in the array is dropped.
QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            strings.append(item.toString());
    }
    return strings;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

// A header name is a token (RFC 9110); a value must not hold line breaks, which would let
// it add headers of its own.
bool isHeaderName(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u':';
    });
}

bool isHeaderValue(const QString &value)
{
    return !value.contains(u'\n') && !value.contains(u'\r') && !value.contains(QChar(0));
}

std::optional<Provider> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

Endpoint Provider::endpoint(const QString &apiKey) const
{
    Endpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.apiKey = apiKey.trimmed(); // a pasted key often brings a newline along
    endpoint.extraHeaders = extraHeaders;
    endpoint.displayName = name;
    return endpoint;
}

QJsonObject Provider::toJson() const
{
    QJsonObject json {
        {"id"_L1, id},
        {"name"_L1, name},
        {"baseUrl"_L1, baseUrl.toString()},
        {"keyRequired"_L1, keyRequired},
    };
    if (!presetId.isEmpty())
        json.insert("presetId"_L1, presetId);
    if (!extraHeaders.isEmpty()) {
        QJsonObject headers;
        for (const auto &[header, value] : extraHeaders)
            headers.insert(QString::fromLatin1(header), QString::fromUtf8(value));
        json.insert("extraHeaders"_L1, headers);
    }
    if (!defaultModel.isEmpty())
        json.insert("defaultModel"_L1, defaultModel);
    if (!recentModels.isEmpty())
        json.insert("recentModels"_L1, toArray(recentModels));
    if (!cachedModels.isEmpty())
        json.insert("cachedModels"_L1, toArray(cachedModels));
    if (modelsFetchedAt.isValid())
        json.insert("modelsFetchedAt"_L1, modelsFetchedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject quirkJson;
    if (quirks.maxCompletionTokens)
        quirkJson.insert("maxCompletionTokens"_L1, true);
    if (!quirks.reasoningField.isEmpty())
        quirkJson.insert("reasoningField"_L1, quirks.reasoningField);
    if (quirks.rejectsStreamUsage)
        quirkJson.insert("rejectsStreamUsage"_L1, true);
    if (!quirkJson.isEmpty())
        json.insert("quirks"_L1, quirkJson);
    if (!docsUrl.isEmpty())
        json.insert("docs"_L1, docsUrl);
    QJsonObject capabilityJson;
    for (auto it = capabilities.cbegin(); it != capabilities.cend(); ++it)
        if (!it->isEmpty())
            capabilityJson.insert(it.key(), it->toJson());
    if (!capabilityJson.isEmpty())
        json.insert("capabilities"_L1, capabilityJson);
    return json;
}

std::optional<Provider> Provider::fromJson(const QJsonObject &json, QString *error)
{
    Provider provider;
    provider.id = json.value("id"_L1).toString().trimmed();
    if (provider.id.isEmpty())
        return fail(error, tr("A provider has no id."));
    provider.name = json.value("name"_L1).toString().trimmed();
    if (provider.name.isEmpty())
        return fail(error, tr("Provider %1 has no name.").arg(provider.id));
    const QJsonValue url = json.value("baseUrl"_L1);
    if (!url.isString())
        return fail(error, tr("Provider %1 has no base URL.").arg(provider.id));
    if (!url.toString().trimmed().isEmpty()) {
        provider.baseUrl = QUrl(url.toString().trimmed(), QUrl::StrictMode);
        if (!isHttpUrl(provider.baseUrl))
            return fail(error,
                        tr("Provider %1 has a base URL that is not http(s): %2")
                            .arg(provider.id, url.toString()));
    }
    provider.presetId = json.value("presetId"_L1).toString();
    provider.keyRequired = json.value("keyRequired"_L1).toBool(true);

    const QJsonObject headers = json.value("extraHeaders"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString header = it.key().trimmed();
        if (!isHeaderName(header) || !it.value().isString()
            || !isHeaderValue(it.value().toString()))
            return fail(error,
                        tr("Provider %1 has a bad extra header: %2").arg(provider.id, header));
        provider.extraHeaders.append({header.toLatin1(), it.value().toString().toUtf8()});
    }

    provider.defaultModel = json.value("defaultModel"_L1).toString();
    provider.recentModels = stringsOf(json.value("recentModels"_L1)).mid(0, maxRecentModels);
    provider.cachedModels = stringsOf(json.value("cachedModels"_L1));
    provider.modelsFetchedAt
        = QDateTime::fromString(json.value("modelsFetchedAt"_L1).toString(), Qt::ISODateWithMs);

    const QJsonObject quirkJson = json.value("quirks"_L1).toObject();
    provider.quirks.maxCompletionTokens = quirkJson.value("maxCompletionTokens"_L1).toBool();
    provider.quirks.reasoningField = quirkJson.value("reasoningField"_L1).toString();
    provider.quirks.rejectsStreamUsage = quirkJson.value("rejectsStreamUsage"_L1).toBool();
    provider.docsUrl = json.value("docs"_L1).toString();
    const QJsonObject capabilityJson = json.value("capabilities"_L1).toObject();
    for (auto it = capabilityJson.begin(); it != capabilityJson.end(); ++it) {
        const ModelCapabilities known = ModelCapabilities::fromJson(it.value().toObject());
        if (!it.key().isEmpty() && !known.isEmpty())
            provider.capabilities.insert(it.key(), known);
    }
    return provider;
}

QStringList Provider::modelChoices() const
{
    QStringList choices;
    QSet<QString> seen;
    auto offer = [&](const QString &model) {
        if (!model.isEmpty() && !seen.contains(model)) {
            seen.insert(model);
            choices.append(model);
        }
    };
    for (const QString &model : recentModels)
        offer(model);
    offer(defaultModel); // a preset's default is worth offering before anything was fetched
    for (const QString &model : cachedModels)
        offer(model);
    return choices;
}
