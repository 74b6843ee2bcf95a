#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QMessageLogger>
#include <QString>

#include <functional>

class QSettings;

// A list kept in QSettings as an array of entries that each hold one compact JSON object
// (the providers, the MCP servers). Reading skips what cannot be used, with a warning.
namespace JsonSettingsArray {

// Receives one stored object; returns false, with the reason in *error, when it is not valid.
using Take = std::function<bool(const QJsonObject &object, QString *error)>;

// Hands each entry of `group` to `take`, in order. One that is not a JSON object, or that
// `take` refuses, is skipped with a warning in `category`: "Skipping stored <what> <position>".
void read(QSettings &settings, QLatin1StringView group, QMessageLogger::CategoryFunction category,
          const char *what, const Take &take);

// Replaces `group` with `objects` and writes the settings out.
void write(QSettings &settings, QLatin1StringView group, const QList<QJsonObject> &objects);

} // namespace JsonSettingsArray
