#include "modelcatalog.h"

#include "httpexchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// OpenRouter describes each model: the kinds of input it takes, and the request parameters
// it honours. A list that is there but lacks an entry says no.
ModelCapabilities listedCapabilities(const QJsonObject &model)
{
    ModelCapabilities listed;
    const auto listedAs = [](const QJsonValue &value, const char *entry) {
        return value.toArray().contains(QJsonValue(QLatin1String(entry)));
    };
    const QJsonValue inputs = model.value(QLatin1String("architecture"))
                                  .toObject()
                                  .value(QLatin1String("input_modalities"));
    if (inputs.isArray())
        listed.note(ModelCapability::Vision, listedAs(inputs, "image"),
                    CapabilityFlag::Source::Listed, 0);
    const QJsonValue parameters = model.value(QLatin1String("supported_parameters"));
    if (parameters.isArray()) {
        listed.note(ModelCapability::Tools, listedAs(parameters, "tools"),
                    CapabilityFlag::Source::Listed, 0);
        listed.note(ModelCapability::Reasoning,
                    listedAs(parameters, "reasoning") || listedAs(parameters, "reasoning_effort")
                        || listedAs(parameters, "include_reasoning"),
                    CapabilityFlag::Source::Listed, 0);
    }
    return listed;
}

} // namespace

ModelCatalog::ModelCatalog(QNetworkAccessManager *network, const Endpoint &endpoint,
                           const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_options(options)
{ }

void ModelCatalog::fetch()
{
    delete m_exchange;
    m_body.clear();
    m_exchange = new HttpExchange(m_network, m_endpoint, m_options, this);
    connect(m_exchange, &HttpExchange::dataReceived, this,
            [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_exchange, &HttpExchange::failed, this, &ModelCatalog::failed);
    connect(m_exchange, &HttpExchange::completed, this, [this] {
        const auto models = parse(m_body);
        if (!models) {
            Q_EMIT failed(ApiError::make(
                ApiError::Kind::Protocol,
                QCoreApplication::translate("ModelCatalog",
                                            "%1 answered the model list with something that "
                                            "is not a list of models.")
                    .arg(m_endpoint.name())));
            return;
        }
        m_models = *models;
        Q_EMIT loaded(m_models);
    });
    m_exchange->get(QStringLiteral("models"));
}

std::optional<QList<ModelInfo>> ModelCatalog::parse(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.trimmed());
    QJsonArray entries;
    if (document.isArray())
        entries = document.array();
    else if (document.object().value(QLatin1String("data")).isArray())
        entries = document.object().value(QLatin1String("data")).toArray();
    else if (document.object().value(QLatin1String("models")).isArray())
        entries = document.object().value(QLatin1String("models")).toArray();
    else
        return std::nullopt;

    QList<ModelInfo> models;
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        ModelInfo info;
        info.id = object.value(QLatin1String("id")).toString();
        if (info.id.isEmpty())
            info.id = object.value(QLatin1String("name")).toString();
        if (info.id.isEmpty())
            continue;
        info.ownedBy = object.value(QLatin1String("owned_by")).toString();
        info.created = object.value(QLatin1String("created")).toInteger();
        info.contextLength = object.value(QLatin1String("context_length")).toInteger();
        info.capabilities = listedCapabilities(object);
        models.append(info);
    }
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    return models;
}
