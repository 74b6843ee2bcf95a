#pragma once

#include "endpoint.h"
#include "protocol/apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One logical HTTP request to an endpoint: follows redirects safely (Authorization never
// goes to another origin, never https -> http), retries 429/5xx before the answer starts,
// watches the connect, first-byte, idle and total deadlines, and turns every failure
// into an ApiError. Emits exactly one of completed(), failed() or cancelled().
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(QNetworkAccessManager *network, const Endpoint &endpoint,
                 const ClientOptions &options, QObject *parent = nullptr);
    ~HttpExchange() override;

    void get(const QString &path);
    void post(const QString &path, const QByteArray &body, const QByteArray &accept);
    void cancel();

    // Ends the exchange without a signal, e.g. once `data: [DONE]` arrived.
    void close();

    int httpStatus() const { return m_status; }
    QByteArray contentType() const { return m_contentType; }
    QUrl url() const { return m_url; }
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void responseStarted(int status); // a 2xx response's headers arrived
    void dataReceived(const QByteArray &bytes);
    void retrying(int attempt, int delaySeconds, const ApiError &reason);
    void completed();
    void failed(const ApiError &error);
    void cancelled();

private:
    static constexpr qint64 maxReadSlice = 256 * 1024;
    static constexpr qint64 readBufferBytes = 4 * 1024 * 1024;

    enum class Phase { Connecting, WaitingForHeaders, Receiving };

    void send();
    void enterPhase(Phase phase);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void finish(); // once the last byte is handled
    void scheduleRead();
    void onPhaseTimeout();
    void onTotalTimeout();
    void followRedirect();
    bool retryLater(const ApiError &reason);
    void fail(const ApiError &error);
    void dropReply();
    ApiError networkError() const;

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    ClientOptions m_options;
    QByteArray m_method;
    QByteArray m_body;
    QByteArray m_accept;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_phaseTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    Phase m_phase = Phase::Connecting;
    QByteArray m_errorBody;
    QByteArray m_contentType;
    QStringList m_sslErrors;
    int m_status = 0;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_sendCredentials = true;
    bool m_active = false;
    bool m_finishPending = false; // finished arrived; bytes are still being handled
    bool m_readScheduled = false;
};
