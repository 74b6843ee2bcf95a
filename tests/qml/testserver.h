#pragma once

#include "loopbackserver.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// The Quick Tests' handle on a real loopback HTTP server: they queue answers and errors
// from QML and read what arrived. It also writes the files they attach.
class TestServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl baseUrl READ baseUrl CONSTANT)
    Q_PROPERTY(int requestCount READ requestCount NOTIFY requestCountChanged)

public:
    explicit TestServer(QObject *parent = nullptr);

    QUrl baseUrl() const { return m_server.baseUrl(); }
    int requestCount() const { return int(m_server.requests().size()); }

    // Streams reasoning deltas, then content deltas, `delayMs` apart.
    Q_INVOKABLE void queueAnswer(const QStringList &reasoning, const QStringList &content,
                                 const QString &finishReason = QStringLiteral("stop"),
                                 int delayMs = 0);
    // Streams the content deltas, then sends nothing more and keeps the socket open.
    Q_INVOKABLE void queueStalledAnswer(const QStringList &content);
    // An answer that calls one tool.
    Q_INVOKABLE void queueToolCall(const QString &id, const QString &name,
                                   const QString &arguments);
    Q_INVOKABLE void queueError(int status, const QString &jsonBody);
    // Answers the next request with 200 and this JSON (a model list, say).
    Q_INVOKABLE void queueJson(const QString &jsonBody);
    Q_INVOKABLE QString lastRequestBody() const;
    Q_INVOKABLE int openConnections() const { return m_server.openConnections(); }
    Q_INVOKABLE QString lastRequestPath() const;
    // Writes a PNG of that size (a gradient) into a folder of this run; returns its path.
    Q_INVOKABLE QString writePicture(int width, int height);
    // Requests the QML engine refused to send (remote content).
    Q_INVOKABLE static int refusedRemoteRequests();

Q_SIGNALS:
    void requestCountChanged();

private:
    void enqueue(ScriptedResponse response);

    LoopbackServer m_server;
    QTemporaryDir m_files;
};
