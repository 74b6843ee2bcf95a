#pragma once

#include "protocol/modelcapabilities.h"

#include <QString>

// Capabilities in the words QML and people use.
namespace CapabilityText {

// "yes", "no" or "unknown", as QML passes them around.
QString supportName(CapabilityFlag::Support support);
CapabilityFlag::Support supportFromName(const QString &name);
// Who said so and when, for people: "Learned from an answer on 6 Dec 2026".
QString origin(const CapabilityFlag &flag);

} // namespace CapabilityText
