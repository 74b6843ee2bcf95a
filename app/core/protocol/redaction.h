#pragma once

#include <QString>
#include <QStringList>

// Removes secrets from text before it is shown, logged or stored: the value of an
// Authorization header and anything shaped like an API key (sk-…, sk-proj-…, sk-or-v1-…,
// gsk_…, xai-…, AIza…, and long token-like runs after "key"/"token"/"Bearer"). Providers
// echo keys in error messages ("Incorrect API key provided: sk-abc…"), so every message
// from a server passes through here.
namespace Redaction {

inline constexpr QLatin1StringView placeholder {"[redacted]"};

QString redacted(const QString &text);
// The same, and every occurrence of these exact secrets (e.g. the key in use).
QString redacted(const QString &text, const QStringList &knownSecrets);

// Makes every qDebug/qWarning/… of the process pass through redacted() before it is
// printed or handed to the previous handler.
void installLogRedaction();

} // namespace Redaction
