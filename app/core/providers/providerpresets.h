#pragma once

#include "provider.h"

#include <QList>
#include <QString>

#include <optional>

// The providers Confab knows out of the box, read once from :/confab/presets.json.
// A preset is a Provider whose id is the preset id; copies of it go into a ProviderRegistry.
class ProviderPresets
{
public:
    static constexpr QLatin1StringView customId {"custom"}; // the blank one; its presetId is ""

    static const QList<Provider> &all();
    static std::optional<Provider> find(const QString &presetId);
    // A remark for people about the preset (e.g. "check the base URL"); empty when none.
    static QString note(const QString &presetId);

    // Parses a presets document ({"presets": [...]}); entries that do not parse are left out
    // and described in `problems`.
    static QList<Provider> parse(const QByteArray &json, QStringList *problems = nullptr);
};
