#include "streamreport.h"

#include "framestats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

using FrameStats::gapsMs;
using FrameStats::median;
using FrameStats::ms;
using FrameStats::percentile;

double appCpu(const Checkpoint &from, const Checkpoint &to)
{
    return (to.cpu - from.cpu) - (to.serverCpu - from.serverCpu);
}

} // namespace

void printFirstPaints(const QList<FirstPaint> &runs, int tokensPerAnswer)
{
    std::printf("\nFirst paint: %lld answers of %d tokens, each at the end of the same growing "
                "conversation (ms)\n",
                qlonglong(runs.size()), tokensPerAnswer);
    std::printf("%4s %12s %12s %12s %12s %10s %8s\n", "run", "byte→model", "model→laid",
                "laid→swap", "(sync→swap)", "total", "frames*");
    QList<double> totals, toModel, toLayout, toSwap;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const FirstPaint &r = runs.at(i);
        if (!r.ok) {
            std::printf("%4lld FAILED: no first paint recorded in order\n", qlonglong(i + 1));
            continue;
        }
        toModel.append(ms(r.inModel - r.firstByte));
        toLayout.append(ms(r.laidOut - r.inModel));
        toSwap.append(ms(r.shown - r.laidOut));
        totals.append(ms(r.shown - r.firstByte));
        std::printf("%4lld %12.2f %12.2f %12.2f %12.2f %10.2f %8d\n", qlonglong(i + 1),
                    toModel.last(), toLayout.last(), toSwap.last(), ms(r.shown - r.synced),
                    totals.last(), r.framesBefore);
    }
    if (totals.isEmpty())
        return;
    std::printf("%4s %12.2f %12.2f %12.2f %12s %10.2f\n", "med", median(toModel), median(toLayout),
                median(toSwap), "", median(totals));
    std::printf("* frames swapped after the token reached the model but before it was in view\n");
    std::printf("first byte → first token painted: median %.2f ms, max %.2f ms (target ≤ 16 ms)\n",
                median(totals), *std::max_element(totals.cbegin(), totals.cend()));
}

void printLongRun(const LongRun &run, qsizetype answerCharacters, const QString &title)
{
    if (!run.error.isEmpty())
        std::printf("\nLong answer %s FAILED: %s\n", qPrintable(title), qPrintable(run.error));
    if (run.points.size() < 14)
        return;
    const Checkpoint &sent = run.points.at(0);
    const Checkpoint &finished = run.points.at(12);
    const Checkpoint &shown = run.points.at(13);
    const qsizetype tokens = run.points.at(11).tokens;
    std::printf("\nLong answer %s: %lld tokens, %lld characters, %d transcript rows at the end\n",
                qPrintable(title), qlonglong(tokens), qlonglong(answerCharacters),
                run.transcriptRows);
    std::printf("%-9s %8s %9s %9s %10s %7s %6s %9s\n", "tenth", "tokens", "wall ms", "cpu ms",
                "µs/token", "frames", "fps", "max gap");
    QList<double> perToken;
    for (int k = 1; k <= 10; ++k) {
        const Checkpoint &from = run.points.at(k);
        const Checkpoint &to = run.points.at(k + 1);
        const qsizetype count = to.tokens - from.tokens;
        const double wall = ms(to.at - from.at);
        const double cpu = appCpu(from, to) * 1e3;
        const QList<double> gaps = gapsMs(run.swapTimes, from.at, to.at);
        perToken.append(count > 0 ? cpu * 1e3 / double(count) : 0);
        std::printf("%3d-%3d%% %8lld %9.0f %9.0f %10.2f %7lld %6.1f %9.1f\n", (k - 1) * 10, k * 10,
                    qlonglong(count), wall, cpu, perToken.last(),
                    qlonglong(to.frames - from.frames),
                    wall > 0 ? double(to.frames - from.frames) * 1e3 / wall : 0.0,
                    gaps.isEmpty() ? 0.0 : *std::max_element(gaps.cbegin(), gaps.cend()));
    }

    const QList<double> gaps = gapsMs(run.swapTimes, run.points.at(1).at, run.points.at(11).at);
    const double total = appCpu(sent, shown);
    std::printf("\napp CPU, send → answer on screen: %.2f s (%.2f µs/token); server thread "
                "%.2f s, not included\n",
                total, total * 1e6 / double(tokens), shown.serverCpu - sent.serverCpu);
    std::printf("wall: %.2f s; send → first token %.1f ms; last token → end handled %.1f ms "
                "(%.1f ms CPU) → on screen %.1f ms\n",
                ms(shown.at - sent.at) / 1e3, ms(run.points.at(1).at - sent.at),
                ms(finished.at - run.points.at(11).at), appCpu(run.points.at(11), finished) * 1e3,
                ms(shown.at - finished.at));
    // Only comparable when both tenths drew about as many frames per token.
    const qint64 firstFrames = run.points.at(2).frames - run.points.at(1).frames;
    const qint64 lastFrames = run.points.at(11).frames - run.points.at(10).frames;
    const bool comparable = firstFrames >= 10 && lastFrames >= 10
        && std::abs(double(lastFrames - firstFrames)) <= 0.2 * double(firstFrames);
    std::printf("cost per token, last tenth / first tenth: %.2f%s\n",
                perToken.first() > 0 ? perToken.last() / perToken.first() : 0.0,
                comparable ? " (target ≤ 1.3)"
                           : " (not comparable: the tenths drew different numbers of frames)");
    std::printf("gaps between frames from the first token on: %lld, median %.1f ms, p99 %.1f ms, "
                "longest %.1f ms; %lld model updates, %.2f frames per update\n",
                qlonglong(gaps.size()), median(gaps), percentile(gaps, 0.99),
                gaps.isEmpty() ? 0.0 : *std::max_element(gaps.cbegin(), gaps.cend()),
                qlonglong(run.modelUpdates),
                run.modelUpdates > 0 ? double(shown.frames - sent.frames) / double(run.modelUpdates)
                                     : 0.0);
    std::printf("RSS: %.1f MiB before sending, %.1f MiB after", double(run.rssBeforeKiB) / 1024,
                double(run.rssAfterKiB) / 1024);
    if (run.runPeakRssKiB > 0)
        std::printf(", %.1f MiB at most in between (VmHWM)", double(run.runPeakRssKiB) / 1024);
    std::printf("; peak RSS (ru_maxrss) %.1f MiB\n", double(run.peakRssKiB) / 1024);
}
