#pragma once

#include "endpoint.h"
#include "protocol/apierror.h"
#include "protocol/modelcapabilities.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

class HttpExchange;
class QNetworkAccessManager;

struct ModelInfo
{
    QString id;
    QString ownedBy;
    qint64 created = 0;
    qint64 contextLength = 0; // some servers add it; 0 when unknown
    // From OpenRouter-style entries ("architecture.input_modalities",
    // "supported_parameters"), source Listed; unknown elsewhere.
    ModelCapabilities capabilities;
};

// Lists an endpoint's models with GET {base}/models. Emits loaded() or failed() once.
class ModelCatalog : public QObject
{
    Q_OBJECT

public:
    ModelCatalog(QNetworkAccessManager *network, const Endpoint &endpoint,
                 const ClientOptions &options, QObject *parent = nullptr);

    void fetch();
    const QList<ModelInfo> &models() const { return m_models; }

    // Accepts {"data":[…]} (OpenAI), {"models":[…]} and a bare array; sorted by id.
    static std::optional<QList<ModelInfo>> parse(const QByteArray &json);

Q_SIGNALS:
    void loaded(const QList<ModelInfo> &models);
    void failed(const ApiError &error);

private:
    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    ClientOptions m_options;
    HttpExchange *m_exchange = nullptr;
    QByteArray m_body;
    QList<ModelInfo> m_models;
};
