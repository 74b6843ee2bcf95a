#pragma once

#include <QSettings>

#include <memory>

// The one settings file the app and confab-cli share (providers, network, window), in
// the platform's place for it. It never holds a key.
namespace ConfabSettings {

std::unique_ptr<QSettings> open();

} // namespace ConfabSettings
