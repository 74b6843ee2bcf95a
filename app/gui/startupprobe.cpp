#include "startupprobe.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int settleMs = 500; // before the last RSS reading
constexpr int timeoutMs = 120'000; // for the first frame and then for the open one

qint64 clockNs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CLOCK_MONOTONIC is std::chrono::steady_clock on Linux: a parent can compare it with its own.
qint64 monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

// When the executable's own static initialisation ran: after the dynamic loader, before main.
const qint64 initialisedAtNs = monotonicNs();

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

// Since the kernel started the process (/proc/self/stat's starttime, in clock ticks since
// boot, so only to 1/CLK_TCK, usually 10 ms).
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // field 22 of the line, counted from field 3
    if (fields.size() <= startTimeField)
        return -1;
    const double ticks = fields.at(startTimeField).toDouble();
    const double startedMs = ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(clockNs(CLOCK_BOOTTIME)) / 1e6 - startedMs;
}

qint64 statusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The visual tree, not QObject children: views and loaders parent their items visually only.
QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

void print(const QByteArray &line)
{
    std::fprintf(stderr, "confab-probe %s\n", line.constData());
    std::fflush(stderr);
}

} // namespace

StartupProbe::StartupProbe(QQmlApplicationEngine &engine, Workspace &workspace)
    : m_workspace(workspace)
{
    if (!qEnvironmentVariableIsSet("CONFAB_STARTUP_PROBE"))
        return;
    const qint64 setUpNs = monotonicNs(); // main() is about to enter the event loop
    m_openId = qEnvironmentVariable("CONFAB_STARTUP_PROBE_OPEN");
    print("setup-ms=" + QByteArray::number(msBetween(initialisedAtNs, setUpNs), 'f', 1)
          + " rss-kb=" + QByteArray::number(statusKiB("VmRSS:")));
    const QList<QObject *> roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!window) {
        // Quitting here would be lost: the event loop has not started yet.
        QTimer::singleShot(0, this, [this] { fail(u"no QQuickWindow to watch"_s); });
        return;
    }
    watch(window);
}

StartupProbe::~StartupProbe() = default;

void StartupProbe::watch(QQuickWindow *window)
{
    m_window = window;
    m_stage.store(Stage::FirstFrame);
    // afterAnimating comes on the GUI thread after polishing; the other two come from the
    // render thread when there is one, so they only record and hand over.
    connect(window, &QQuickWindow::afterAnimating, this, &StartupProbe::onAfterAnimating,
            Qt::DirectConnection);
    connect(window, &QQuickWindow::afterSynchronizing, this, &StartupProbe::onAfterSynchronizing,
            Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, &StartupProbe::onFrameSwapped,
            Qt::DirectConnection);
    QTimer::singleShot(timeoutMs, this, [this] {
        if (!m_finished)
            fail(m_stage.load() == Stage::FirstFrame ? u"no frame swapped"_s
                                                     : u"no frame showed the conversation"_s);
    });
}

void StartupProbe::onAfterAnimating()
{
    if (m_stage.load() == Stage::Opening && transcriptShown())
        m_stage.store(Stage::OpenFound); // the frame being made now shows it
}

// With a render thread, the previous frame may still be swapped after the GUI thread
// polished this one; the sync is what orders them.
void StartupProbe::onAfterSynchronizing()
{
    Stage expected = Stage::OpenFound;
    m_stage.compare_exchange_strong(expected, Stage::OpenSynced);
}

void StartupProbe::onFrameSwapped()
{
    const qint64 now = monotonicNs();
    Stage expected = Stage::FirstFrame;
    if (m_stage.compare_exchange_strong(expected, Stage::Done)) {
        const QByteArray line
            = "first-frame-ms=" + QByteArray::number(msSinceProcessStart(), 'f', 0)
            + " rss-kb=" + QByteArray::number(statusKiB("VmRSS:"))
            + " init-to-frame-ms=" + QByteArray::number(msBetween(initialisedAtNs, now), 'f', 1)
            + " monotonic-ns=" + QByteArray::number(now);
        QMetaObject::invokeMethod(
            this,
            [this, line] {
                print(line);
                reportFirstFrame();
            },
            Qt::QueuedConnection);
        return;
    }
    expected = Stage::OpenSynced;
    if (m_stage.compare_exchange_strong(expected, Stage::Done))
        QMetaObject::invokeMethod(
            this, [this, now, rss = statusKiB("VmRSS:")] { reportOpened(now, rss); },
            Qt::QueuedConnection);
}

void StartupProbe::reportFirstFrame()
{
    if (m_openId.isEmpty()) {
        finish();
        return;
    }
    // From the event loop, not from inside the frame just swapped.
    QTimer::singleShot(0, this, &StartupProbe::openConversation);
}

void StartupProbe::openConversation()
{
    m_stage.store(Stage::Opening);
    m_openStartedNs = monotonicNs();
    ChatSession *session = m_workspace.openConversation(m_openId);
    m_openLoadedNs = monotonicNs();
    if (!session) {
        fail(u"no conversation "_s + m_openId);
        return;
    }
    if (m_window)
        m_window->requestUpdate(); // in case opening changed nothing the scene graph sees
}

void StartupProbe::reportOpened(qint64 swappedAtNs, qint64 rssKiB)
{
    const int rows = m_transcriptView ? m_transcriptView->property("count").toInt() : -1;
    print("open-ms=" + QByteArray::number(msBetween(m_openStartedNs, swappedAtNs), 'f', 1)
          + " rss-kb=" + QByteArray::number(rssKiB)
          + " load-ms=" + QByteArray::number(msBetween(m_openStartedNs, m_openLoadedNs), 'f', 1)
          + " rows=" + QByteArray::number(rows));
    finish();
}

void StartupProbe::finish()
{
    m_finished = true;
    QTimer::singleShot(settleMs, this, [] {
        print("settled rss-kb=" + QByteArray::number(statusKiB("VmRSS:"))
              + " hwm-kb=" + QByteArray::number(statusKiB("VmHWM:")));
        QCoreApplication::quit();
    });
}

void StartupProbe::fail(const QString &message)
{
    print("error=" + message.toUtf8());
    m_stage.store(Stage::Done);
    m_finished = true;
    QCoreApplication::exit(3);
}

// The transcript has the conversation's rows and the delegate of its last row exists (the
// view follows the end of a conversation it opens).
bool StartupProbe::transcriptShown()
{
    if (!m_transcriptView && m_window)
        m_transcriptView = findItem(m_window->contentItem(), u"transcriptView"_s);
    if (!m_transcriptView)
        return false;
    const int count = m_transcriptView->property("count").toInt();
    if (count <= 0)
        return false;
    QQuickItem *last = nullptr;
    QMetaObject::invokeMethod(m_transcriptView, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, last),
                              Q_ARG(int, count - 1));
    return last != nullptr;
}
