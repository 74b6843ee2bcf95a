#include "networkoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkOptions", text);
}

} // namespace

QNetworkProxy NetworkOptions::proxy() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, proxyPort, proxyUser,
                             proxyPassword);
    case ProxyMode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxyHost, proxyPort, proxyUser,
                             proxyPassword);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

QString NetworkOptions::loadCaCertificates(QList<QSslCertificate> *certificates) const
{
    certificates->clear();
    if (caCertificateFile.isEmpty())
        return {};
    QFile file(caCertificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The certificate file %1 cannot be read: %2")
            .arg(caCertificateFile, file.errorString());
    const QList<QSslCertificate> loaded = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (loaded.isEmpty())
        return tr("The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
            .arg(caCertificateFile);
    *certificates = loaded;
    return {};
}

QString NetworkOptions::nameOf(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Http:
        return QStringLiteral("http");
    case ProxyMode::Socks5:
        return QStringLiteral("socks5");
    }
    return QStringLiteral("system");
}

NetworkOptions::ProxyMode NetworkOptions::proxyModeNamed(const QString &name)
{
    for (ProxyMode mode : {ProxyMode::None, ProxyMode::Http, ProxyMode::Socks5}) {
        if (name.compare(nameOf(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return ProxyMode::System;
}

namespace {

// The system's proxy settings, asked per request (PAC files and exceptions included).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

void NetworkOptions::applyProxyTo(QNetworkAccessManager *network) const
{
    if (proxyMode == ProxyMode::System) {
        network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        network->setProxyFactory(new SystemProxyFactory); // the manager owns it
    } else {
        network->setProxyFactory(nullptr);
        network->setProxy(proxy());
    }
}
