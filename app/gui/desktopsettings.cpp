#include "desktopsettings.h"

#include "workspace/confabsettings.h"

DesktopSettings::DesktopSettings(QObject *parent)
    : QObject(parent)
{ }

bool DesktopSettings::notifyWhenReady() const
{
    return ConfabSettings::open()->value(notifyKey, true).toBool();
}

void DesktopSettings::setNotifyWhenReady(bool notify)
{
    if (notify == notifyWhenReady())
        return;
    ConfabSettings::open()->setValue(notifyKey, notify);
    Q_EMIT changed();
}
