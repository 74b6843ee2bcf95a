#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted answer: status, headers, and a body written in chosen pieces with chosen
// delays, so that tests can split data anywhere and stall or drop the connection.
struct ScriptedResponse
{
    enum class Ending {
        Complete, // the body ends properly (last chunk, or Content-Length reached)
        CompleteThenClose, // as Complete, then the server closes the connection
        Close, // the socket closes mid-body (no terminating chunk)
        Reset, // the socket is aborted mid-body
        Stall, // nothing more is sent; the socket stays open
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> pieces;
    int delayMs = 0; // before each piece after the first
    int firstPieceDelayMs = 0; // after the headers, before the first piece
    int headersDelayMs = 0; // after the request, before the status line
    bool chunked = true; // Transfer-Encoding: chunked; else Content-Length
    Ending ending = Ending::Complete;

    // An SSE body from `data:` payloads, LF-framed, cut into pieces of `pieceSize` bytes
    // (0 = one piece per event).
    static ScriptedResponse sse(const QList<QByteArray> &dataPayloads, int pieceSize = 0,
                                bool withDone = true);
    static ScriptedResponse sseRaw(const QByteArray &body, int pieceSize = 0);
    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static QList<QByteArray> split(const QByteArray &bytes, int pieceSize);
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// A real HTTP/1.1 server on 127.0.0.1 in the test process. Answers requests with the
// queued responses in order (the fallback when the queue is empty) and records them.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl(const QString &host = QStringLiteral("127.0.0.1")) const; // …/v1

    void enqueue(const ScriptedResponse &response) { m_queue.append(response); }
    void setFallback(const ScriptedResponse &response) { m_fallback = response; }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int openConnections() const;

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);
    // Piece `index` of the current response went to the socket (flushed).
    void pieceWritten(int index);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void respond(Connection *connection, const ScriptedResponse &response);
    void writePiece(Connection *connection, int index);
    void finishResponse(Connection *connection);

    QTcpServer m_server;
    QList<ScriptedResponse> m_queue;
    ScriptedResponse m_fallback;
    QList<RecordedRequest> m_requests;
    QList<Connection *> m_connections;
};
