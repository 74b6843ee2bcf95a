#include "linkopener.h"

#include <QDesktopServices>

bool LinkOpener::isOpenable(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    return (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

bool LinkOpener::open(const QString &link)
{
    if (!isOpenable(link)) {
        Q_EMIT refused(link);
        return false;
    }
    return QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode));
}
