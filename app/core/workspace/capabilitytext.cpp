#include "capabilitytext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CapabilityText {

QString supportName(CapabilityFlag::Support support)
{
    switch (support) {
    case CapabilityFlag::Support::Yes:
        return u"yes"_s;
    case CapabilityFlag::Support::No:
        return u"no"_s;
    case CapabilityFlag::Support::Unknown:
        break;
    }
    return u"unknown"_s;
}

CapabilityFlag::Support supportFromName(const QString &name)
{
    if (name == "yes"_L1)
        return CapabilityFlag::Support::Yes;
    if (name == "no"_L1)
        return CapabilityFlag::Support::No;
    return CapabilityFlag::Support::Unknown;
}

QString origin(const CapabilityFlag &flag)
{
    const QString day = flag.at > 0
        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(flag.at).date(), QLocale::ShortFormat)
        : QString();
    switch (flag.source) {
    case CapabilityFlag::Source::Listed:
        return QCoreApplication::translate("CapabilityText", "From the provider's model list");
    case CapabilityFlag::Source::Learned:
        return day.isEmpty()
            ? QCoreApplication::translate("CapabilityText", "Learned from an answer")
            : QCoreApplication::translate("CapabilityText", "Learned from an answer on %1")
                  .arg(day);
    case CapabilityFlag::Source::Person:
        return QCoreApplication::translate("CapabilityText", "Set by you");
    case CapabilityFlag::Source::None:
        break;
    }
    return QCoreApplication::translate("CapabilityText", "Not known yet");
}

} // namespace CapabilityText
