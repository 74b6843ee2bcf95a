#include "endpoint.h"

QString Endpoint::name() const
{
    return displayName.isEmpty() ? baseUrl.host() : displayName;
}

QUrl Endpoint::urlFor(const QString &path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + path);
    return url;
}

bool Endpoint::sameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort
        = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}
