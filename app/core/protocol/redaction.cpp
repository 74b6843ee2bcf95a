#include "redaction.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace Redaction {

QString redacted(const QString &text)
{
    // Cheap test first: most text has none of the markers.
    static const QRegularExpression marker(
        QStringLiteral("(?i)authorization|bearer|sk-|gsk_|xai-|AIza|key|token"));
    if (!text.contains(marker))
        return text;

    static const QRegularExpression authorization(
        QStringLiteral("(?i)(authorization\\s*[:=]\\s*)(\"?)[^\\s\",}]+(\\s+[^\\s\",}]+)?"));
    static const QRegularExpression bearer(
        QStringLiteral("(?i)\\b(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"));
    static const QRegularExpression keyShaped(
        QStringLiteral("\\b(?:sk-(?=[A-Za-z0-9_*-]{8,})[A-Za-z0-9_-]{3,}[A-Za-z0-9_*-]*|gsk_[A-Za-"
                       "z0-9]{10,}|xai-[A-Za-z0-9]{10,}"
                       "|AIza[0-9A-Za-z_-]{20,})"));
    static const QRegularExpression namedToken(
        QStringLiteral("(?i)((?:api[_-]?key|access[_-]?token|token|secret)\\s*[:=]\\s*\"?)[A-Za-z0-"
                       "9._~+/=-]{12,}"));

    QString result = text;
    result.replace(authorization, QStringLiteral("\\1\\2") + placeholder);
    result.replace(bearer, QStringLiteral("\\1") + placeholder);
    result.replace(keyShaped, placeholder);
    result.replace(namedToken, QStringLiteral("\\1") + placeholder);
    return result;
}

QString redacted(const QString &text, const QStringList &knownSecrets)
{
    QString result = text;
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= 4) // an empty or tiny "secret" would blank out ordinary text
            result.replace(secret, placeholder);
    }
    return redacted(result);
}

namespace {

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, redacted(message));
}

} // namespace

void installLogRedaction()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace Redaction
