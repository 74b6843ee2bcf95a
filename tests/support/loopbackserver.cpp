#include "loopbackserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

struct LoopbackServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    ScriptedResponse response;
    bool responding = false;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QList<QByteArray> ScriptedResponse::split(const QByteArray &bytes, int pieceSize)
{
    if (pieceSize <= 0)
        return {bytes};
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize)
        pieces.append(bytes.mid(at, pieceSize));
    return pieces;
}

ScriptedResponse ScriptedResponse::sse(const QList<QByteArray> &dataPayloads, int pieceSize,
                                       bool withDone)
{
    ScriptedResponse response;
    response.headers = {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};
    QByteArray body;
    QList<QByteArray> events;
    for (const QByteArray &payload : dataPayloads)
        events.append("data: " + payload + "\n\n");
    if (withDone)
        events.append("data: [DONE]\n\n");
    if (pieceSize > 0) {
        for (const QByteArray &event : events)
            body += event;
        response.pieces = split(body, pieceSize);
    } else {
        response.pieces = events;
    }
    return response;
}

ScriptedResponse ScriptedResponse::sseRaw(const QByteArray &body, int pieceSize)
{
    ScriptedResponse response;
    response.headers = {{"Content-Type", "text/event-stream"}};
    response.pieces = split(body, pieceSize);
    return response;
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    return text(status, "application/json", body);
}

ScriptedResponse ScriptedResponse::text(int status, const QByteArray &contentType,
                                        const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = {{"Content-Type", contentType}};
    response.pieces = {body};
    response.chunked = false;
    return response;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    m_fallback = ScriptedResponse::json(500, R"({"error":{"message":"no scripted response"}})");
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer()
{
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->socket)
            connection->socket->abort();
        delete connection;
    }
}

bool LoopbackServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl LoopbackServer::baseUrl(const QString &host) const
{
    return QUrl(QStringLiteral("http://%1:%2/v1").arg(host).arg(port()));
}

int LoopbackServer::openConnections() const
{
    int open = 0;
    for (const Connection *connection : m_connections) {
        if (connection->socket && connection->socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackServer::onReadyRead(Connection *connection)
{
    if (!connection->socket)
        return;
    connection->buffer += connection->socket->readAll();
    while (!connection->responding) {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (connection->buffer.size() < headerEnd + 4 + length)
            return;
        request.body = connection->buffer.mid(headerEnd + 4, length);
        connection->buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        respond(connection, m_queue.isEmpty() ? m_fallback : m_queue.takeFirst());
    }
}

void LoopbackServer::respond(Connection *connection, const ScriptedResponse &response)
{
    connection->responding = true;
    connection->response = response;
    auto writeHeaders = [this, connection] {
        if (!connection->socket)
            return;
        const ScriptedResponse &r = connection->response;
        QByteArray head
            = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        for (const auto &header : r.headers)
            head += header.first + ": " + header.second + "\r\n";
        if (r.chunked) {
            head += "Transfer-Encoding: chunked\r\n";
        } else {
            qsizetype length = 0;
            for (const QByteArray &piece : r.pieces)
                length += piece.size();
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        head += "\r\n";
        connection->socket->write(head);
        connection->socket->flush();
        if (r.pieces.isEmpty()) {
            finishResponse(connection);
            return;
        }
        QTimer::singleShot(r.firstPieceDelayMs, this,
                           [this, connection] { writePiece(connection, 0); });
    };
    QTimer::singleShot(response.headersDelayMs, this, writeHeaders);
}

void LoopbackServer::writePiece(Connection *connection, int index)
{
    const ScriptedResponse &r = connection->response;
    // Without a delay, every remaining piece goes out now (a loop, not recursion: the
    // benchmark streams 100,000 pieces).
    for (; index < r.pieces.size(); ++index) {
        if (!connection->socket)
            return;
        const QByteArray &piece = r.pieces.at(index);
        if (r.chunked && !piece.isEmpty())
            connection->socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece
                                      + "\r\n");
        else
            connection->socket->write(piece);
        connection->socket->flush();
        Q_EMIT pieceWritten(index);
        if (index + 1 < r.pieces.size() && r.delayMs > 0) {
            QTimer::singleShot(r.delayMs, this,
                               [this, connection, index] { writePiece(connection, index + 1); });
            return;
        }
    }
    finishResponse(connection);
}

void LoopbackServer::finishResponse(Connection *connection)
{
    if (!connection->socket)
        return;
    switch (connection->response.ending) {
    case ScriptedResponse::Ending::Complete:
        if (connection->response.chunked)
            connection->socket->write("0\r\n\r\n");
        connection->socket->flush();
        connection->responding = false;
        if (!connection->buffer.isEmpty())
            onReadyRead(connection);
        break;
    case ScriptedResponse::Ending::CompleteThenClose:
        if (connection->response.chunked)
            connection->socket->write("0\r\n\r\n");
        connection->socket->disconnectFromHost();
        break;
    case ScriptedResponse::Ending::Close:
        connection->socket->disconnectFromHost();
        break;
    case ScriptedResponse::Ending::Reset:
        connection->socket->abort();
        break;
    case ScriptedResponse::Ending::Stall:
        break;
    }
}
