#pragma once

#include <QByteArray>

// What the benchmark process has used so far, from getrusage and /proc.
namespace ProcessUsage {

double cpuSeconds(); // user + system time of every thread of the process
// User + system time of the threads with this name (e.g. every ServerThread's
// "bench-server"), read from /proc without stopping them: ServerThread::cpuSeconds() waits
// for the server's event loop, which is busy for a while writing a long stream at once.
double threadsCpuSeconds(const QByteArray &threadName);
qint64 peakRssKiB(); // ru_maxrss: also what threads that have ended saw at their end
qint64 currentRssKiB(); // VmRSS
// Starts a new peak: VmHWM becomes VmRSS (Linux 4.0+: /proc/self/clear_refs). False when
// that is not possible here.
bool resetPeakRss();
qint64 peakRssSinceResetKiB(); // VmHWM

} // namespace ProcessUsage
