#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// Where requests go and how they are authorised. The key lives here only in memory.
struct Endpoint
{
    QUrl baseUrl; // e.g. https://api.openai.com/v1
    QString apiKey; // empty: no Authorization header (local servers)
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QString displayName; // used in messages; the host when empty

    QString name() const;
    QUrl urlFor(const QString &path) const; // path relative to the base, e.g. "chat/completions"

    // True when `a` and `b` share scheme, host and port: the only case in which the
    // Authorization header may follow a redirect.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

// Timeouts and retry limits of a client. Every value is in milliseconds unless named.
struct ClientOptions
{
    int connectTimeoutMs = 15'000; // until the request is on the wire
    int firstByteTimeoutMs = 120'000; // until the response headers arrive
    int idleTimeoutMs = 120'000; // between two reads once the answer streams
    int totalTimeoutMs = 30 * 60'000; // keep-alive comments can go on forever; this cannot
    int maxRetries = 2; // for 429 and 5xx before the first byte of the answer
    int maxRetryDelaySeconds = 60; // a longer Retry-After is reported, not waited for
    int retryBaseDelayMs = 1'000; // backoff when the server gives no Retry-After
    qsizetype maxBodyBytes = 64 * 1024 * 1024; // a non-streamed answer or an error body
    QByteArray userAgent = "Confab/0.1";
    QList<QSslCertificate> extraCaCertificates; // trusted on top of the system's
    // Provider quirks: send max_tokens as max_completion_tokens (OpenAI's reasoning
    // models reject max_tokens); ask for usage in the stream (some servers reject that).
    bool maxCompletionTokensOnly = false;
    bool streamUsage = true;
};
