#include "demoserver.h"

#include "demoanswers.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

struct DemoServer::Request
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray body;
    bool keepAlive = true;
};

struct DemoServer::Connection
{
    QPointer<QTcpSocket> socket;
    QTimer *eventTimer = nullptr; // a child of the socket: paces the streamed events
    QByteArray buffer; // received, not yet handled
    QList<QByteArray> events; // the stream being written
    qsizetype nextEvent = 0;
    bool responding = false; // a stream is being written; later requests wait in the buffer
    bool keepAlive = true;
    bool closing = false; // an error answer went out; further input is dropped
};

using namespace Qt::StringLiterals;

namespace {

// An error answer waits this long before closing, so that a client still sending its body
// reads the answer instead of a reset connection.
constexpr int closeLingerMs = 300;

QByteArray statusLine(int status)
{
    const char *phrase = status == 200 ? "OK"
        : status == 400                ? "Bad Request"
        : status == 404                ? "Not Found"
                                       : "Content Too Large";
    return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + phrase + "\r\n";
}

// A method or header name: visible ASCII without separators.
bool isToken(QByteArrayView text)
{
    static constexpr QByteArrayView separators = "()<>@,;:\\\"/[]?={}";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return c > ' ' && c < 127 && !separators.contains(c);
    });
}

// One SSE event, framed as one HTTP chunk.
QByteArray chunkedEvent(const QByteArray &data)
{
    const QByteArray event = "data: "_ba + data + "\n\n";
    return QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer()
{
    // The sockets are children of m_server and go with it.
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->socket)
            disconnect(connection->socket, nullptr, this, nullptr);
        delete connection;
    }
}

bool DemoServer::start()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl DemoServer::baseUrl() const
{
    return m_server.isListening() ? QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()))
                                  : QUrl();
}

DemoServer::Parse DemoServer::takeRequest(QByteArray &buffer, Request &request)
{
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2); // empty lines may precede a request (RFC 9112, section 2.2)
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || headerEnd > maxHeaderBytes)
        return headerEnd < 0 && buffer.size() <= maxHeaderBytes ? Parse::Incomplete
                                                                : Parse::Malformed;
    const qsizetype bodyStart = headerEnd + 4;
    const QList<QByteArray> lines = buffer.left(headerEnd).replace("\r\n", "\n").split('\n');
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0"))
        return Parse::Malformed;
    request.method = requestLine.at(0);
    request.path = requestLine.at(1).split('?').first();
    QHash<QByteArray, QByteArray> headers; // names in lower case
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(lines.at(i)).first(colon)))
            return Parse::Malformed; // also catches obsolete line folding
        headers.insert(lines.at(i).left(colon).toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    if (headers.contains("transfer-encoding"))
        return Parse::Malformed; // clients send request bodies with a Content-Length
    const QByteArray lengthText = headers.value("content-length", "0");
    bool ok = false;
    const qint64 length = lengthText.toLongLong(&ok);
    if (!ok || lengthText.front() < '0' || lengthText.front() > '9') // no sign, no blank
        return Parse::Malformed;
    if (length > maxBodyBytes)
        return Parse::BodyTooLarge;
    if (buffer.size() - bodyStart < length)
        return Parse::Incomplete;
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    const QByteArray connectionHeader = headers.value("connection").toLower();
    request.keepAlive = requestLine.at(2) == "HTTP/1.1" ? connectionHeader != "close"
                                                        : connectionHeader == "keep-alive";
    return Parse::Complete;
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // each event goes out now
        connection->eventTimer = new QTimer(socket);
        connection->eventTimer->setSingleShot(true);
        m_connections.append(connection);
        connect(connection->eventTimer, &QTimer::timeout, this,
                [this, connection] { writeNextEvent(connection); });
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { readRequests(connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, connection] {
            m_connections.removeOne(connection);
            delete connection;
        });
    }
}

void DemoServer::readRequests(Connection *connection)
{
    const QByteArray bytes = connection->socket->readAll();
    if (connection->closing)
        return; // an error answer is on its way; the rest is not read
    connection->buffer += bytes;
    if (connection->buffer.size() > maxHeaderBytes + maxBodyBytes)
        return connection->socket->abort(); // a client that sends and never reads
    while (!connection->responding && !connection->closing && connection->socket
           && connection->socket->state() == QAbstractSocket::ConnectedState) {
        Request request;
        switch (takeRequest(connection->buffer, request)) {
        case Parse::Incomplete:
            return;
        case Parse::Malformed:
            return rejectAndClose(connection, 400, tr("The request is not valid HTTP/1.1."));
        case Parse::BodyTooLarge:
            return rejectAndClose(
                connection, 413,
                tr("The request body is larger than %1 MB.").arg(maxBodyBytes / (1024 * 1024)));
        case Parse::Complete:
            connection->keepAlive = request.keepAlive;
            handle(connection, request);
            break;
        }
    }
}

void DemoServer::handle(Connection *connection, const Request &request)
{
    if (request.method == "GET" && request.path == "/v1/models")
        writeJson(connection, 200, {{"object"_L1, u"list"_s}, {"data"_L1, DemoAnswers::models()}});
    else if (request.method == "POST" && request.path == "/v1/chat/completions")
        answerChat(connection, request);
    else
        writeError(connection, 404,
                   tr("Unknown path %1 %2: the demo server answers GET /v1/models and POST "
                      "/v1/chat/completions.")
                       .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)),
                   u"unknown_url"_s);
}

void DemoServer::answerChat(Connection *connection, const Request &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return writeError(connection, 400, tr("The body is not a JSON object."));
    const QJsonObject body = document.object();
    const QString model = body.value("model"_L1).toString();
    if (!DemoAnswers::isKnownModel(model))
        return writeError(connection, 404,
                          tr("The model \"%1\" does not exist. The demo offers confab-demo and "
                             "confab-demo-reasoner.")
                              .arg(model),
                          u"model_not_found"_s);
    if (body.value("messages"_L1).toArray().isEmpty())
        return writeError(connection, 400, tr("\"messages\" must be a non-empty array."));

    const DemoAnswer answer = DemoAnswers::answerFor(body);
    const QString id = u"chatcmpl-demo-%1"_s.arg(++m_completionCount);
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    if (body.value("stream"_L1).toBool())
        streamChunks(connection, DemoAnswers::chunks(answer, id, created));
    else
        writeJson(connection, 200, DemoAnswers::completion(answer, id, created));
}

void DemoServer::streamChunks(Connection *connection, const QList<QJsonObject> &chunks)
{
    connection->events.clear();
    for (const QJsonObject &chunk : chunks)
        connection->events.append(
            chunkedEvent(QJsonDocument(chunk).toJson(QJsonDocument::Compact)));
    connection->events.append(chunkedEvent("[DONE]"_ba));
    connection->events.append("0\r\n\r\n"_ba); // the end of the chunked body
    connection->nextEvent = 0;
    connection->responding = true;
    writeHead(connection, 200, "text/event-stream"_ba,
              "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"_ba);
    connection->eventTimer->start(m_chunkDelayMs);
}

void DemoServer::writeNextEvent(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(connection->events.at(connection->nextEvent++));
    if (connection->nextEvent < connection->events.size())
        return connection->eventTimer->start(m_chunkDelayMs);
    connection->events.clear();
    connection->responding = false;
    if (!connection->keepAlive)
        socket->disconnectFromHost();
    else
        readRequests(connection);
}

void DemoServer::writeHead(Connection *connection, int status, const QByteArray &contentType,
                           const QByteArray &moreHeaders)
{
    const bool closes = connection->closing || !connection->keepAlive;
    connection->socket->write(statusLine(status) + "Content-Type: " + contentType + "\r\n"
                              + moreHeaders
                              + (closes ? "Connection: close\r\n\r\n"_ba : "\r\n"_ba));
}

void DemoServer::writeJson(Connection *connection, int status, const QJsonObject &json)
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    writeHead(connection, status, "application/json"_ba,
              "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n");
    connection->socket->write(body);
    if (!connection->keepAlive && !connection->closing)
        connection->socket->disconnectFromHost();
}

void DemoServer::writeError(Connection *connection, int status, const QString &message,
                            const QString &code)
{
    const QJsonObject error {{"message"_L1, message},
                             {"type"_L1, u"invalid_request_error"_s},
                             {"code"_L1, code.isEmpty() ? QJsonValue() : QJsonValue(code)}};
    writeJson(connection, status, {{"error"_L1, error}});
}

void DemoServer::rejectAndClose(Connection *connection, int status, const QString &message)
{
    connection->closing = true;
    connection->buffer.clear();
    writeError(connection, status, message);
    QTcpSocket *socket = connection->socket;
    QTimer::singleShot(closeLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}
