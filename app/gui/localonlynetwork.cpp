#include "localonlynetwork.h"

#include <QNetworkRequest>

namespace {

QAtomicInt refused;

} // namespace

QNetworkAccessManager *LocalOnlyNetworkFactory::create(QObject *parent)
{
    return new LocalOnlyNetworkAccessManager(parent);
}

int LocalOnlyNetworkFactory::refusedCount()
{
    return refused.loadRelaxed();
}

QNetworkReply *LocalOnlyNetworkAccessManager::createRequest(Operation operation,
                                                            const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    const QString scheme = request.url().scheme();
    if (scheme == u"qrc" || scheme == u"file" || scheme == u"data")
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    refused.ref();
    // An unknown scheme fails at once with ProtocolUnknownError, without any I/O.
    return QNetworkAccessManager::createRequest(
        operation, QNetworkRequest(QUrl(QStringLiteral("confab-blocked:remote-content"))),
        outgoingData);
}
