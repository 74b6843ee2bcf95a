#include "buildinfo.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

BuildInfo::BuildInfo(QObject *parent)
    : QObject(parent)
{ }

QString BuildInfo::version() const
{
    return QCoreApplication::applicationVersion();
}

QString BuildInfo::qtVersion() const
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : tr("%1 (built with %2)").arg(running, built);
}

QString BuildInfo::platform() const
{
    return QSysInfo::prettyProductName() + u" · "_s + QSysInfo::currentCpuArchitecture();
}

bool BuildInfo::hasSyntaxHighlighting() const
{
#ifdef CONFAB_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QVariantList BuildInfo::components() const
{
    const auto component = [](const QString &name, const QString &license, const QString &url) {
        return QVariantMap {{u"name"_s, name}, {u"license"_s, license}, {u"url"_s, url}};
    };
    QVariantList list {
        component(u"Confab"_s, u"GPL-3.0-or-later"_s, u"https://confab.app"_s),
        component(u"Qt"_s, u"LGPL-3.0-only"_s,
                  u"https://www.qt.io/licensing/open-source-lgpl-obligations"_s),
        component(u"QtKeychain"_s, u"BSD-3-Clause"_s,
                  u"https://github.com/frankosterfeld/qtkeychain"_s),
        component(u"muparser"_s, u"BSD-2-Clause"_s, u"https://github.com/beltoforion/muparser"_s),
        component(u"SQLite"_s, u"Public domain"_s, u"https://sqlite.org/copyright.html"_s),
    };
    if (hasSyntaxHighlighting())
        list.append(component(u"KSyntaxHighlighting"_s, u"MIT"_s,
                              u"https://invent.kde.org/frameworks/syntax-highlighting"_s));
    return list;
}
