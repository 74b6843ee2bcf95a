#pragma once

#include <QList>
#include <QMetaObject>
#include <QMutex>

#include <atomic>
#include <functional>

class QQuickWindow;
class QThread;

// Watches a QQuickWindow's frames, also from its render thread: when each frame was
// swapped, and the first frame that shows something a probe looks for. The probe runs on
// the GUI thread after the items are polished (laid out) and before the scene is
// synchronised; the frame synchronised then is the first that can show what it found.
class FrameRecorder
{
public:
    explicit FrameRecorder(QQuickWindow *window);
    ~FrameRecorder();
    FrameRecorder(const FrameRecorder &) = delete;
    FrameRecorder &operator=(const FrameRecorder &) = delete;

    static qint64 nowNs(); // a steady clock, the one all times here use

    qint64 frameCount() const { return m_frames.load(); }
    bool renderThreaded() const { return m_renderThreaded.load(); } // frames off the GUI thread
    QList<qint64> swapTimesSince(qint64 ns) const;

    // Starts looking for a new first frame; an empty probe stops looking.
    void watchFor(std::function<bool()> probe);
    qint64 foundAt() const { return m_foundAt.load(); } // the probe said yes; 0: not yet
    qint64 syncedAt() const { return m_syncedAt.load(); }
    qint64 shownAt() const { return m_shownAt.load(); } // that frame was swapped

private:
    QList<QMetaObject::Connection> m_connections;
    std::function<bool()> m_probe; // GUI thread only
    mutable QMutex m_mutex;
    QList<qint64> m_swapTimes; // guarded by m_mutex
    QThread *m_guiThread;
    std::atomic<qint64> m_frames {0};
    std::atomic<bool> m_renderThreaded {false};
    std::atomic<qint64> m_foundAt {0};
    std::atomic<qint64> m_syncedAt {0};
    std::atomic<qint64> m_shownAt {0};
};
