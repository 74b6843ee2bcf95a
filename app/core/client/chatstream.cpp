#include "chatstream.h"

#include "httpexchange.h"
#include "protocol/chunkparser.h"
#include "protocol/redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool hasOutput(const ChoiceDelta &choice)
{
    return !choice.content.isEmpty() || !choice.reasoning.isEmpty() || !choice.refusal.isEmpty()
        || !choice.toolCalls.isEmpty();
}

} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, const Endpoint &endpoint,
                       const ClientOptions &options, const ChatRequest &request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_options(options)
    , m_request(request)
    , m_streaming(request.stream)
{
    // A whole answer is computed before the server says anything: only the overall
    // deadline applies to it.
    if (!m_streaming) {
        m_options.firstByteTimeoutMs
            = std::max(m_options.firstByteTimeoutMs, m_options.totalTimeoutMs);
        m_options.idleTimeoutMs = std::max(m_options.idleTimeoutMs, m_options.totalTimeoutMs);
    }
}

void ChatStream::start()
{
    if (m_running || m_exchange)
        return;
    m_running = true;
    const QStringList problems = m_request.validate();
    if (!problems.isEmpty()) {
        // Reported from the event loop, so that callers can connect after start().
        const ApiError error
            = ApiError::make(ApiError::Kind::InvalidRequest, problems.join(QLatin1Char(' ')));
        QTimer::singleShot(0, this, [this, error] { failStream(error); });
        return;
    }

    m_exchange = new HttpExchange(m_network, m_endpoint, m_options, this);
    connect(m_exchange, &HttpExchange::responseStarted, this, [this] {
        // Some servers ignore stream:true and answer with one JSON document.
        if (m_streaming && m_exchange->contentType().startsWith("application/json"))
            m_streaming = false;
    });
    connect(m_exchange, &HttpExchange::dataReceived, this, &ChatStream::onData);
    connect(m_exchange, &HttpExchange::completed, this, &ChatStream::onCompleted);
    connect(m_exchange, &HttpExchange::failed, this, &ChatStream::onExchangeFailed);
    connect(m_exchange, &HttpExchange::retrying, this,
            [this](int attempt, int seconds, const ApiError &reason) {
                Q_EMIT retrying(attempt, seconds, reason.message);
            });
    m_timings.sentAt = now();
    m_exchange->post(QStringLiteral("chat/completions"), m_request.toJson(),
                     m_streaming ? QByteArrayLiteral("text/event-stream")
                                 : QByteArrayLiteral("application/json"));
}

void ChatStream::cancel()
{
    if (stopRunning())
        Q_EMIT cancelled();
}

bool ChatStream::stopRunning()
{
    if (!m_running)
        return false;
    m_running = false;
    if (m_exchange)
        m_exchange->close();
    m_timings.finishedAt = now();
    return true;
}

QString ChatStream::serverName() const
{
    return m_endpoint.name();
}

void ChatStream::onData(const QByteArray &bytes)
{
    if (!m_running)
        return;
    if (m_timings.firstByteAt == 0) {
        m_timings.firstByteAt = now();
        Q_EMIT firstByteReceived();
    }
    if (!m_streaming) {
        if (m_wholeBody.size() + bytes.size() > m_options.maxBodyBytes) {
            failStream(ApiError::make(ApiError::Kind::Protocol,
                                      tr("The answer from %1 is larger than %2 MB; it was "
                                         "refused.")
                                          .arg(serverName())
                                          .arg(m_options.maxBodyBytes / (1024 * 1024))));
            return;
        }
        m_wholeBody += bytes;
        return;
    }
    if (!m_decoder.feed(bytes, m_events)) {
        handleEvents();
        if (m_running)
            failStream(ApiError::make(ApiError::Kind::Protocol, m_decoder.errorString()));
        return;
    }
    handleEvents();
}

void ChatStream::handleEvents()
{
    // Index-based: a receiver may cancel (and so clear state) while we deliver.
    for (qsizetype i = 0; i < m_events.size() && m_running; ++i) {
        if (!handleEventData(m_events.at(i).data))
            break;
    }
    m_events.resize(0);
}

bool ChatStream::handleEventData(const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    if (isDoneMarker(data)) {
        finishStream();
        return false;
    }
    ++m_eventCount;
    ChunkParseResult parsed = parseChunk(data);
    if (!parsed.ok()) {
        failStream(ApiError::make(ApiError::Kind::Protocol,
                                  tr("%1 sent a malformed event (%2). The answer so far is kept.")
                                      .arg(serverName(), parsed.error)));
        return false;
    }
    return deliver(parsed.delta);
}

bool ChatStream::deliver(const ChatDelta &delta)
{
    if (!delta.model.isEmpty())
        m_model = delta.model;
    for (const ChoiceDelta &choice : delta.choices) {
        if (!choice.finishReason.isEmpty())
            m_sawFinishReason = true;
        bool &finished = m_choiceFinished[choice.index];
        finished = finished || !choice.finishReason.isEmpty();
        if (!m_sawOutput && hasOutput(choice))
            m_sawOutput = true;
    }
    Q_EMIT deltaReceived(delta);
    if (!m_running)
        return false;
    if (delta.error) {
        const QString said = Redaction::redacted(delta.error->message, {m_endpoint.apiKey});
        ApiError error = ApiError::make(
            ApiError::Kind::StreamError,
            tr("%1 reported an error during the answer: \"%2\"").arg(serverName(), said));
        error.providerMessage = said;
        error.providerCode = delta.error->code;
        failStream(error);
        return false;
    }
    return true;
}

void ChatStream::onCompleted()
{
    if (!m_running)
        return;
    if (!m_streaming) {
        parseWholeBody();
        return;
    }
    m_decoder.finish(m_events);
    handleEvents();
    if (!m_running)
        return;
    // With n > 1 every choice that began must have said so.
    const bool allFinished = !m_choiceFinished.values().contains(false);
    if (m_sawFinishReason && allFinished) {
        finishStream(); // no [DONE], but the answer said it was complete
    } else if (m_sawOutput) {
        failStream(ApiError::make(ApiError::Kind::Interrupted,
                                  tr("%1 closed the connection before the answer was complete. "
                                     "The part that arrived is kept.")
                                      .arg(serverName())));
    } else {
        failStream(ApiError::make(
            ApiError::Kind::EmptyResponse,
            tr("%1 closed the connection without sending an answer.").arg(serverName())));
    }
}

void ChatStream::parseWholeBody()
{
    const QByteArray body = m_wholeBody.trimmed(); // DeepSeek may send blank lines first
    ChunkParseResult parsed = parseChunk(body);
    if (!parsed.ok()) {
        failStream(ApiError::make(
            ApiError::Kind::Protocol,
            tr("%1 sent an answer that is not valid JSON (%2).").arg(serverName(), parsed.error)));
        return;
    }
    if (!deliver(parsed.delta))
        return;
    finishStream();
}

void ChatStream::onExchangeFailed(const ApiError &error)
{
    if (!m_running)
        return;
    if (m_sawOutput && error.kind == ApiError::Kind::Network) {
        ApiError interrupted = error;
        interrupted.kind = ApiError::Kind::Interrupted;
        interrupted.message = tr("The connection to %1 was lost during the answer (%2). The part "
                                 "that arrived is kept.")
                                  .arg(serverName(), error.message);
        failStream(interrupted);
        return;
    }
    failStream(error);
}

void ChatStream::finishStream()
{
    if (!m_running)
        return;
    if (!m_sawOutput) {
        failStream(ApiError::make(ApiError::Kind::EmptyResponse,
                                  tr("%1 finished without any answer. The prompt may be longer "
                                     "than the model's context.")
                                      .arg(serverName())));
        return;
    }
    if (stopRunning())
        Q_EMIT finished();
}

void ChatStream::failStream(const ApiError &error)
{
    if (stopRunning())
        Q_EMIT failed(error);
}
