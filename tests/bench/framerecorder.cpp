#include "framerecorder.h"

#include <QQuickWindow>
#include <QThread>

#include <chrono>

FrameRecorder::FrameRecorder(QQuickWindow *window)
    : m_guiThread(QThread::currentThread())
{
    m_swapTimes.reserve(100'000);
    // afterAnimating comes on the GUI thread after polishing, in every render loop.
    m_connections.append(QObject::connect(window, &QQuickWindow::afterAnimating, window, [this] {
        if (m_probe && m_foundAt.load() == 0 && m_probe())
            m_foundAt.store(nowNs());
    }));
    m_connections.append(QObject::connect(
        window, &QQuickWindow::afterSynchronizing, window,
        [this] {
            if (m_foundAt.load() != 0 && m_syncedAt.load() == 0)
                m_syncedAt.store(nowNs());
        },
        Qt::DirectConnection));
    m_connections.append(QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [this] {
            const qint64 now = nowNs();
            if (m_syncedAt.load() != 0 && m_shownAt.load() == 0)
                m_shownAt.store(now);
            m_renderThreaded.store(QThread::currentThread() != m_guiThread);
            const QMutexLocker locker(&m_mutex);
            m_swapTimes.append(now);
            ++m_frames;
        },
        Qt::DirectConnection));
}

FrameRecorder::~FrameRecorder()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
}

qint64 FrameRecorder::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QList<qint64> FrameRecorder::swapTimesSince(qint64 ns) const
{
    const QMutexLocker locker(&m_mutex);
    const auto first = std::lower_bound(m_swapTimes.cbegin(), m_swapTimes.cend(), ns);
    return QList<qint64>(first, m_swapTimes.cend());
}

void FrameRecorder::watchFor(std::function<bool()> probe)
{
    m_probe = std::move(probe);
    m_foundAt.store(0);
    m_syncedAt.store(0);
    m_shownAt.store(0);
}
