#pragma once

#include "endpoint.h"
#include "protocol/apierror.h"
#include "protocol/chatdelta.h"
#include "protocol/chatrequest.h"
#include "protocol/ssedecoder.h"

#include <QHash>
#include <QObject>

class HttpExchange;
class QNetworkAccessManager;

// When things happened during one request, in milliseconds since the epoch (0 = not yet).
struct StreamTimings
{
    qint64 sentAt = 0;
    qint64 firstByteAt = 0; // the first byte of the answer's body
    qint64 finishedAt = 0;
};

// One chat completion in flight: streamed (SSE) or not. Emits deltas as they arrive, then
// exactly one of finished(), failed() or cancelled(). Decides when an answer is complete:
// `[DONE]`, or a closed connection after a finish_reason; anything else is an error.
class ChatStream : public QObject
{
    Q_OBJECT

public:
    ChatStream(QNetworkAccessManager *network, const Endpoint &endpoint,
               const ClientOptions &options, const ChatRequest &request, QObject *parent = nullptr);

    // Validates and sends the request; a request with problems fails without being sent.
    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    const StreamTimings &timings() const { return m_timings; }
    QString model() const { return m_model; } // the model that actually answered
    qsizetype eventCount() const { return m_eventCount; }

Q_SIGNALS:
    void deltaReceived(const ChatDelta &delta);
    void firstByteReceived();
    void retrying(int attempt, int delaySeconds, const QString &reason);
    void finished();
    void failed(const ApiError &error);
    void cancelled();

private:
    void onData(const QByteArray &bytes);
    void onCompleted();
    void onExchangeFailed(const ApiError &error);
    void handleEvents();
    bool handleEventData(const QByteArray &data);
    bool deliver(const ChatDelta &delta);
    void finishStream();
    void failStream(const ApiError &error);
    bool stopRunning(); // false when the stream had already ended
    void parseWholeBody();
    QString serverName() const;

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    ClientOptions m_options;
    ChatRequest m_request;
    HttpExchange *m_exchange = nullptr;
    SseDecoder m_decoder;
    QList<SseDecoder::Event> m_events;
    QByteArray m_wholeBody; // non-streamed answers, and servers that ignore stream:true
    StreamTimings m_timings;
    QString m_model;
    qsizetype m_eventCount = 0;
    bool m_running = false;
    bool m_streaming = true;
    bool m_sawFinishReason = false;
    QHash<int, bool> m_choiceFinished; // by choice index (n > 1 streams several)
    bool m_sawOutput = false;
};
