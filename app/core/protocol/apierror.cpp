#include "apierror.h"

#include "chunkparser.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

// A short, readable excerpt of a non-JSON body (an HTML error page, plain text).
QString excerptOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(text);
    if (match.hasMatch())
        text = match.captured(1);
    else if (text.contains(QLatin1Char('<'))) {
        static const QRegularExpression scripts(
            QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(scripts, QStringLiteral(" "));
        text.replace(tags, QStringLiteral(" ")); // "<h1>A</h1><p>B</p>" reads "A B"
    }
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}

} // namespace

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_request");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::StreamError:
        return QStringLiteral("stream_error");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::EmptyResponse:
        return QStringLiteral("empty_response");
    case Kind::Interrupted:
        return QStringLiteral("interrupted");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::None:
    case Kind::Cancelled:
        return 0;
    case Kind::InvalidRequest:
        return 2;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Interrupted:
        return 3;
    case Kind::Auth:
    case Kind::Forbidden:
        return 4;
    case Kind::Redirect:
    case Kind::NotFound:
    case Kind::BadRequest:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::StreamError:
        return 5;
    case Kind::Protocol:
    case Kind::EmptyResponse:
        return 6;
    }
    return 5;
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

int ApiError::parseRetryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? int(std::min(seconds, 1e6) + 0.999) : -1; // false for NaN too
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body, const QString &host,
                                    int retryAfterSeconds)
{
    ApiError error;
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfterSeconds;

    const ChunkParseResult parsed = parseChunk(body.trimmed());
    // Providers echo the key they were given ("Incorrect API key provided: sk-…").
    if (parsed.ok() && parsed.delta.error) {
        error.providerMessage = Redaction::redacted(parsed.delta.error->message);
        error.providerCode = parsed.delta.error->code;
    } else if (!body.trimmed().isEmpty()) {
        error.providerMessage = Redaction::redacted(excerptOf(body));
    }

    const QString server = host.isEmpty() ? tr("The server") : host;
    error.server = server;
    switch (status) {
    case 401:
        error.kind = Kind::Auth;
        error.message = tr("%1 did not accept the API key (401). Check the key for this "
                           "provider.")
                            .arg(server);
        break;
    case 403:
        error.kind = Kind::Forbidden;
        error.message = tr("%1 refused access (403). The key may lack permission for this model, "
                           "or the service is not available in your region.")
                            .arg(server);
        break;
    case 404:
        error.kind = Kind::NotFound;
        error.message = tr("%1 answered 404: the model or the address was not found. Check the "
                           "model name and the base URL (it usually ends in /v1).")
                            .arg(server);
        break;
    case 400:
    case 413:
    case 422:
        error.kind = Kind::BadRequest;
        error.message = tr("%1 rejected the request (%2). The conversation may be too long for "
                           "the model's context, or a parameter is not supported.")
                            .arg(server)
                            .arg(status);
        break;
    case 429:
        error.kind = Kind::RateLimited;
        error.message = retryAfterSeconds >= 0
            ? tr("%1 is rate limiting requests (429) and asks to wait %2 s.")
                  .arg(server)
                  .arg(retryAfterSeconds)
            : tr("%1 is rate limiting requests or the quota is used up (429).").arg(server);
        break;
    default:
        error.kind = Kind::Server;
        error.message = (status >= 500 ? tr("%1 had a server error (%2). Try again in a moment.")
                                       : tr("%1 answered with an unexpected HTTP status %2."))
                            .arg(server)
                            .arg(status);
        break;
    }
    if (!error.providerMessage.isEmpty())
        error.message
            += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(error.providerMessage);
    return error;
}
