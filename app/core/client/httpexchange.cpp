#include "httpexchange.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503
        || status == 504 || status == 529;
}

constexpr int maxRedirects = 5;

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, const Endpoint &endpoint,
                           const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_options(options)
{
    m_phaseTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &HttpExchange::onPhaseTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &HttpExchange::onTotalTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::send);
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::get(const QString &path)
{
    m_method = "GET";
    m_body.clear();
    m_accept = "application/json";
    m_url = m_endpoint.urlFor(path);
    m_active = true;
    m_totalTimer.start(m_options.totalTimeoutMs);
    send();
}

void HttpExchange::post(const QString &path, const QByteArray &body, const QByteArray &accept)
{
    m_method = "POST";
    m_body = body;
    m_accept = accept;
    m_url = m_endpoint.urlFor(path);
    m_active = true;
    m_totalTimer.start(m_options.totalTimeoutMs);
    send();
}

void HttpExchange::cancel()
{
    if (!m_active)
        return;
    close();
    Q_EMIT cancelled();
}

void HttpExchange::close()
{
    m_active = false;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    dropReply();
}

void HttpExchange::send()
{
    dropReply();
    m_status = 0;
    m_errorBody.clear();
    m_contentType.clear();
    m_sslErrors.clear();

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setRawHeader("Accept", m_accept);
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (m_sendCredentials) {
        if (!m_endpoint.apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
        for (const auto &header : m_endpoint.extraHeaders)
            request.setRawHeader(header.first, header.second);
    }

    m_reply = m_method == "GET" ? m_network->get(request) : m_network->post(request, m_body);
    QNetworkReply *reply = m_reply;
    // Qt's network thread stops reading the socket beyond this, so a fast server waits
    // for us instead of filling memory.
    reply->setReadBufferSize(readBufferBytes);
    connect(reply, &QNetworkReply::requestSent, this,
            [this] { enterPhase(Phase::WaitingForHeaders); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total && m_phase == Phase::Connecting)
            enterPhase(Phase::WaitingForHeaders);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the user reads why.
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    enterPhase(Phase::Connecting);
}

void HttpExchange::enterPhase(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Connecting:
        m_phaseTimer.start(m_options.connectTimeoutMs);
        break;
    case Phase::WaitingForHeaders:
        m_phaseTimer.start(m_options.firstByteTimeoutMs);
        break;
    case Phase::Receiving:
        m_phaseTimer.start(m_options.idleTimeoutMs);
        break;
    }
}

void HttpExchange::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    enterPhase(Phase::Receiving);
    if (m_status >= 200 && m_status < 300)
        Q_EMIT responseStarted(m_status);
}

void HttpExchange::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_phase != Phase::Receiving)
        onMetaDataChanged();
    m_phaseTimer.start(m_options.idleTimeoutMs);
    // One bounded slice per turn of the event loop: however fast the server writes, the
    // window keeps drawing between slices.
    const QByteArray bytes = m_reply->read(maxReadSlice);
    if (m_status >= 200 && m_status < 300) {
        Q_EMIT dataReceived(bytes);
    } else if (m_errorBody.size() < 1024 * 1024) {
        m_errorBody += bytes;
    }
    if (!m_reply || !m_active) // a receiver closed us while handling the bytes
        return;
    if (m_reply->bytesAvailable() > 0)
        scheduleRead();
    else if (m_finishPending)
        finish();
}

void HttpExchange::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this, reply = m_reply] {
            m_readScheduled = false;
            if (reply && reply == m_reply && m_active)
                onReadyRead();
        },
        Qt::QueuedConnection);
}

void HttpExchange::onFinished()
{
    if (!m_reply || !m_active)
        return;
    m_finishPending = true;
    if (m_reply->bytesAvailable() > 0) {
        onReadyRead(); // finishes once the last slice is handled
        return;
    }
    finish();
}

void HttpExchange::finish()
{
    m_finishPending = false;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_status >= 300 && m_status < 400) {
        followRedirect(); // follows, or reports why not
        return;
    }
    if (m_status >= 400) {
        const int retryAfter = ApiError::parseRetryAfter(m_reply->rawHeader("Retry-After"));
        const ApiError error
            = ApiError::fromHttpResponse(m_status, m_errorBody, m_endpoint.name(), retryAfter);
        if (isRetryableStatus(m_status) && retryLater(error))
            return;
        fail(error);
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        fail(networkError());
        return;
    }
    close();
    Q_EMIT completed();
}

void HttpExchange::followRedirect()
{
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::Redirect,
                            tr("%1 answered with a redirect (%2) but no address to go to.")
                                .arg(m_endpoint.name())
                                .arg(m_status)));
        return;
    }
    const QUrl target = m_url.resolved(location);
    if (++m_redirects > maxRedirects) {
        fail(ApiError::make(ApiError::Kind::Redirect,
                            tr("%1 redirected more than %2 times; giving up.")
                                .arg(m_endpoint.name())
                                .arg(maxRedirects)));
        return;
    }
    if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        fail(ApiError::make(ApiError::Kind::Redirect,
                            tr("%1 tried to redirect from a secure address to an insecure one "
                               "(%2); Confab refused.")
                                .arg(m_endpoint.name(), target.toDisplayString())));
        return;
    }
    if (m_method == "POST" && m_status != 307 && m_status != 308) {
        // 301/302/303 turn a POST into a GET, which cannot carry a chat request.
        fail(ApiError::make(ApiError::Kind::Redirect,
                            tr("%1 moved this address (%2) to %3. Change the base URL to the new "
                               "address.")
                                .arg(m_endpoint.name())
                                .arg(m_status)
                                .arg(target.toDisplayString())));
        return;
    }
    if (!Endpoint::sameOrigin(target, m_endpoint.baseUrl))
        m_sendCredentials = false; // the key never leaves the origin the user configured
    m_url = target;
    send();
}

bool HttpExchange::retryLater(const ApiError &reason)
{
    if (m_attempt >= m_options.maxRetries)
        return false;
    if (reason.retryAfterSeconds > m_options.maxRetryDelaySeconds)
        return false;
    const int delayMs = reason.retryAfterSeconds >= 0
        ? reason.retryAfterSeconds * 1000
        : m_options.retryBaseDelayMs * (1 << std::min(m_attempt, 10));
    ++m_attempt;
    dropReply();
    m_phaseTimer.stop();
    Q_EMIT retrying(m_attempt, (delayMs + 999) / 1000, reason);
    m_retryTimer.start(delayMs);
    return true;
}

void HttpExchange::fail(const ApiError &error)
{
    close();
    Q_EMIT failed(error);
}

void HttpExchange::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_finishPending = false;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void HttpExchange::onPhaseTimeout()
{
    const int seconds = [this] {
        switch (m_phase) {
        case Phase::Connecting:
            return m_options.connectTimeoutMs;
        case Phase::WaitingForHeaders:
            return m_options.firstByteTimeoutMs;
        case Phase::Receiving:
            return m_options.idleTimeoutMs;
        }
        return 0;
    }() / 1000;
    QString message;
    switch (m_phase) {
    case Phase::Connecting:
        message = tr("Could not reach %1 within %2 s. Check the address and your connection.");
        break;
    case Phase::WaitingForHeaders:
        message = tr("%1 accepted the request but sent no answer within %2 s.");
        break;
    case Phase::Receiving:
        message = tr("%1 stopped sending for %2 s; the answer stalled.");
        break;
    }
    fail(ApiError::make(ApiError::Kind::Timeout, message.arg(m_endpoint.name()).arg(seconds)));
}

void HttpExchange::onTotalTimeout()
{
    fail(ApiError::make(ApiError::Kind::Timeout,
                        tr("The answer from %1 took longer than the limit of %2 s.")
                            .arg(m_endpoint.name())
                            .arg(m_options.totalTimeoutMs / 1000)));
}

ApiError HttpExchange::networkError() const
{
    const QString host = m_endpoint.name();
    const QString detail = m_reply ? m_reply->errorString() : QString();
    switch (m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError) {
    case QNetworkReply::HostNotFoundError:
        return ApiError::make(ApiError::Kind::Network,
                              tr("Could not find the server %1. Check the base URL and your "
                                 "connection.")
                                  .arg(m_url.host()));
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::make(ApiError::Kind::Network,
                              tr("%1 refused the connection. Is the server running at %2?")
                                  .arg(host, m_url.toDisplayString(QUrl::RemovePath)));
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::make(ApiError::Kind::Network,
                              tr("%1 closed the connection unexpectedly.").arg(host));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(
            ApiError::Kind::Tls,
            tr("The secure connection to %1 failed: %2. Confab does not ignore "
               "certificate errors.")
                .arg(host, m_sslErrors.isEmpty() ? detail : m_sslErrors.join(QLatin1String("; "))));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ApiError::make(ApiError::Kind::Timeout, tr("%1 did not answer in time.").arg(host));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::make(ApiError::Kind::Network,
                              tr("The proxy failed while reaching %1: %2").arg(host, detail));
    default:
        return ApiError::make(ApiError::Kind::Network,
                              tr("The connection to %1 failed: %2").arg(host, detail));
    }
}
