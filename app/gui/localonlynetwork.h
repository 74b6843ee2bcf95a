#pragma once

#include <QAtomicInt>
#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

// The QML engine's network access: local resources only. Markdown in a message may name
// remote images; Qt Quick would fetch them through the engine. This refuses every
// request that is not qrc:, file: or data:, so nothing remote loads by itself.
class LocalOnlyNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    // How many requests were refused since start; tests read it.
    static int refusedCount();
};

class LocalOnlyNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};
