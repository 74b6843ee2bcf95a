#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>

class QNetworkAccessManager;

// How Confab reaches the network: through the system's proxy unless the person chooses
// none or their own (HTTP or SOCKS5), trusting extra certificate authorities from a PEM
// file (a company's, a local server's) on top of the system's. TLS errors are never
// ignored: an untrusted certificate fails the request and says why.

struct NetworkOptions
{
    enum class ProxyMode { System, None, Http, Socks5 };

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    QString proxyPassword; // in memory only
    QString caCertificateFile;

    // The proxy to set on a QNetworkAccessManager; System gives DefaultProxy, to be used
    // with the system proxy factory.
    QNetworkProxy proxy() const;
    // Makes `network` go through the proxy chosen here (the system's: asked per request).
    void applyProxyTo(QNetworkAccessManager *network) const;
    // Reads caCertificateFile. Returns a message for people when it cannot be used; then
    // `certificates` is left empty. No file set: no message, no certificates.
    QString loadCaCertificates(QList<QSslCertificate> *certificates) const;

    static QString nameOf(ProxyMode mode); // "system", "none", "http", "socks5"
    static ProxyMode proxyModeNamed(const QString &name); // unknown names: System
};
