#pragma once

#include <QList>

// Statistics the window benchmarks print: times in nanoseconds of FrameRecorder::nowNs(),
// results in milliseconds.
namespace FrameStats {

double ms(qint64 ns);
double median(QList<double> values);
double percentile(QList<double> values, double p); // p in [0, 1]
double longest(const QList<double> &values); // 0 for none
// The stretches without a new frame from `from` until the first frame at or after `to`:
// up to the first swap, between swaps, and on to the first swap after `to`.
QList<double> gapsMs(const QList<qint64> &swaps, qint64 from, qint64 to);

} // namespace FrameStats
