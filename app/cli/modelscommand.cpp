#include "modelscommand.h"

#include "client/chatclient.h"
#include "client/modelcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

ModelsCommand::ModelsCommand(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ChatClient(options.endpoint, options.client, this))
{ }

void ModelsCommand::start()
{
    ModelCatalog *catalog = m_client->listModels();
    connect(catalog, &ModelCatalog::loaded, this, [this](const QList<ModelInfo> &models) {
        QByteArray out;
        if (m_options.json) {
            QJsonArray array;
            for (const ModelInfo &model : models) {
                QJsonObject entry {{QLatin1String("id"), model.id}};
                if (!model.ownedBy.isEmpty())
                    entry.insert(QLatin1String("owned_by"), model.ownedBy);
                if (model.contextLength > 0)
                    entry.insert(QLatin1String("context_length"), model.contextLength);
                array.append(entry);
            }
            out = QJsonDocument(QJsonObject {{QLatin1String("models"), array}})
                      .toJson(QJsonDocument::Compact)
                + '\n';
        } else {
            for (const ModelInfo &model : models)
                out += model.id.toUtf8() + '\n';
        }
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        Q_EMIT done(0);
    });
    connect(catalog, &ModelCatalog::failed, this, [this](const ApiError &error) {
        if (m_options.json) {
            const QByteArray json
                = QJsonDocument(
                      QJsonObject {{QLatin1String("error"),
                                    QJsonObject {{QLatin1String("kind"), error.kindName()},
                                                 {QLatin1String("http_status"), error.httpStatus},
                                                 {QLatin1String("message"), error.message}}}})
                      .toJson(QJsonDocument::Compact);
            std::fprintf(stdout, "%s\n", json.constData());
        } else {
            std::fprintf(stderr, "confab-cli: %s\n", error.message.toUtf8().constData());
        }
        std::fflush(stdout);
        Q_EMIT done(error.exitCode());
    });
}
