#include "framestats.h"

#include <algorithm>

double FrameStats::ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double FrameStats::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double FrameStats::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

double FrameStats::longest(const QList<double> &values)
{
    return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
}

QList<double> FrameStats::gapsMs(const QList<qint64> &swaps, qint64 from, qint64 to)
{
    QList<double> gaps;
    qint64 previous = from;
    for (const qint64 swap : swaps) {
        if (swap <= from)
            continue;
        gaps.append(ms(swap - previous));
        previous = swap;
        if (swap >= to)
            break;
    }
    return gaps;
}
