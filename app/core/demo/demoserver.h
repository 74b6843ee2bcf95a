#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

// An OpenAI-compatible HTTP/1.1 server on 127.0.0.1, inside the app, for `confab --demo`:
// lists two demo models and streams canned answers (DemoAnswers) without an API key.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on a free port of 127.0.0.1. False (see errorString()) if that fails.
    bool start();
    bool isListening() const { return m_server.isListening(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    QString errorString() const { return m_server.errorString(); }

    // The pause between two streamed events; the default makes the stream visibly live.
    int chunkDelayMs() const { return m_chunkDelayMs; }
    void setChunkDelayMs(int delayMs) { m_chunkDelayMs = qMax(0, delayMs); }

private:
    struct Connection;
    struct Request;
    enum class Parse { Incomplete, Complete, Malformed, BodyTooLarge };

    // Takes one whole request off the front of `buffer`, if it holds one.
    static Parse takeRequest(QByteArray &buffer, Request &request);

    void onNewConnection();
    void readRequests(Connection *connection); // and answers them, one after the other
    void handle(Connection *connection, const Request &request);
    void answerChat(Connection *connection, const Request &request);
    void streamChunks(Connection *connection, const QList<QJsonObject> &chunks);
    void writeNextEvent(Connection *connection);
    void writeHead(Connection *connection, int status, const QByteArray &contentType,
                   const QByteArray &moreHeaders);
    void writeJson(Connection *connection, int status, const QJsonObject &body);
    void writeError(Connection *connection, int status, const QString &message,
                    const QString &code = {});
    void rejectAndClose(Connection *connection, int status, const QString &message);

    QTcpServer m_server;
    QList<Connection *> m_connections;
    int m_chunkDelayMs = 25;
    qint64 m_completionCount = 0;
};
