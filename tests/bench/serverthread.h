#pragma once

#include "loopbackserver.h"

#include <QByteArray>
#include <QThread>
#include <QUrl>

#include <functional>

// A LoopbackServer on a thread of its own that answers every request with the same
// response (or each with the next of a queue), so that the benchmark's main thread can
// block on a child process while the server streams to it, and the server's CPU time can
// be told apart from everything else.
class ServerThread
{
public:
    explicit ServerThread(const ScriptedResponse &response);
    // Answers requests with these in the order the requests arrive; past the end, HTTP 500.
    explicit ServerThread(const QList<ScriptedResponse> &queued);
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    bool isListening() const { return m_listening; }
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT/v1
    double cpuSeconds(); // user + system time of the server thread so far
    qsizetype requestCount();

    // The name of every server thread, to find their CPU time in /proc (ProcessUsage).
    static QByteArray threadName() { return QByteArrayLiteral("bench-server"); }

private:
    void start(const std::function<void(LoopbackServer &)> &script);

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: the target of blocking calls
    LoopbackServer *m_server = nullptr;
    bool m_listening = false;
    QUrl m_baseUrl;
};
