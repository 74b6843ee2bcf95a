#include "confabsettings.h"

namespace ConfabSettings {

std::unique_ptr<QSettings> open()
{
    // Named explicitly, not from the application's name: confab and confab-cli must agree.
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Confab"), QStringLiteral("Confab"));
}

} // namespace ConfabSettings
