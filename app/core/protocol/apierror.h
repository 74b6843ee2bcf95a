#pragma once

#include <QByteArray>
#include <QString>

// What went wrong with a request, sorted into kinds a person (and the CLI's exit code)
// can act on. `message` is written for people; `providerMessage` is the server's own words.
struct ApiError
{
    enum class Kind {
        None,
        InvalidRequest, // refused before sending (bad parameter, no model)
        Network, // DNS, refused connection, reset
        Timeout,
        Tls,
        Redirect, // a redirect Confab will not follow
        Auth, // 401
        Forbidden, // 403
        NotFound, // 404
        BadRequest, // 400, 413, 422
        RateLimited, // 429
        Server, // 5xx and other HTTP statuses
        StreamError, // the server reported an error inside a 200 stream
        Protocol, // malformed events or JSON
        EmptyResponse, // a well-formed answer with no content at all
        Interrupted, // the connection closed before the answer was complete
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString providerMessage;
    QString providerCode;
    QString server; // who answered, as messages name it (an HTTP error's host)
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    QString kindName() const;

    // The exit code confab-cli uses: 2 usage, 3 network/timeout, 4 auth, 5 HTTP/server,
    // 6 protocol.
    int exitCode() const;

    // Builds the error for an HTTP error status from its body (JSON in any provider's
    // shape, HTML, plain text or nothing). `host` names the server in the message.
    static ApiError fromHttpResponse(int status, const QByteArray &body, const QString &host,
                                     int retryAfterSeconds = -1);
    static ApiError make(Kind kind, const QString &message);

    // Seconds from a Retry-After header (delta-seconds or an HTTP date); -1 if absent.
    static int parseRetryAfter(const QByteArray &header);
};
