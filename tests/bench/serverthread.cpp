#include "serverthread.h"

#include <sys/resource.h>

ServerThread::ServerThread(const ScriptedResponse &response)
{
    start([response](LoopbackServer &server) { server.setFallback(response); });
}

ServerThread::ServerThread(const QList<ScriptedResponse> &queued)
{
    start([queued](LoopbackServer &server) {
        for (const ScriptedResponse &response : queued)
            server.enqueue(response);
    });
}

void ServerThread::start(const std::function<void(LoopbackServer &)> &script)
{
    m_thread.setObjectName(QString::fromLatin1(threadName()));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The server and its sockets are created in the thread that serves them.
    QMetaObject::invokeMethod(
        m_context,
        [this, &script] {
            m_server = new LoopbackServer;
            script(*m_server);
            m_listening = m_server->listen();
            m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
}

ServerThread::~ServerThread()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

double ServerThread::cpuSeconds()
{
    double seconds = 0;
    QMetaObject::invokeMethod(
        m_context,
        [&seconds] {
            rusage usage {};
            getrusage(RUSAGE_THREAD, &usage);
            seconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        },
        Qt::BlockingQueuedConnection);
    return seconds;
}

qsizetype ServerThread::requestCount()
{
    qsizetype count = 0;
    QMetaObject::invokeMethod(
        m_context, [this, &count] { count = m_server->requests().size(); },
        Qt::BlockingQueuedConnection);
    return count;
}
