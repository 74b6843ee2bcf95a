#include "processusage.h"

#include <QDir>
#include <QFile>

#include <sys/resource.h>

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

double ProcessUsage::cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ProcessUsage::threadsCpuSeconds(const QByteArray &threadName)
{
    const QString tasks = QStringLiteral("/proc/self/task");
    double seconds = 0;
    for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString task = tasks + u'/' + tid;
        if (readProcFile(task + QStringLiteral("/comm")).trimmed() != threadName)
            continue;
        // schedstat: nanoseconds on a CPU, nanoseconds waiting for one, time slices.
        const QByteArray schedstat = readProcFile(task + QStringLiteral("/schedstat"));
        seconds += double(schedstat.split(' ').value(0).toLongLong()) / 1e9;
    }
    return seconds;
}

qint64 ProcessUsage::peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

namespace {

qint64 statusKiB(const QByteArray &field)
{
    for (const QByteArray &line : readProcFile(QStringLiteral("/proc/self/status")).split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

qint64 ProcessUsage::currentRssKiB()
{
    return statusKiB("VmRSS:");
}

bool ProcessUsage::resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

qint64 ProcessUsage::peakRssSinceResetKiB()
{
    return statusKiB("VmHWM:");
}
