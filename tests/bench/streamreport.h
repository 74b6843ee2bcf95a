#pragma once

#include <QList>
#include <QString>

// What bench_window_streaming measures, and the tables it prints. All times are
// nanoseconds of FrameRecorder::nowNs(); CPU times are seconds.

// One short answer, from its first byte to the first frame that shows its first token.
struct FirstPaint
{
    qint64 firstByte = 0; // ChatStream::firstByteReceived
    qint64 inModel = 0; // the TranscriptModel has the answer's first block row
    qint64 laidOut = 0; // after polishing, that row's delegate has text and is in view
    qint64 synced = 0; // the scene was synchronised with it
    qint64 shown = 0; // that frame was swapped
    int framesBefore = 0; // swapped between inModel and laidOut, without the token in view
    bool ok = false;
};

struct Checkpoint
{
    qsizetype tokens = 0; // content deltas received so far
    qint64 at = 0;
    double cpu = 0; // the whole process
    double serverCpu = 0; // the server threads alone
    qint64 frames = 0; // swapped so far
};

// The long answer: checkpoints before sending, at the first token, at each tenth of the
// tokens, when the session had handled the end, and when a frame showed that.
struct LongRun
{
    QList<Checkpoint> points;
    QList<qint64> swapTimes; // every frame from sending on
    qint64 rssBeforeKiB = 0;
    qint64 peakRssKiB = 0; // ru_maxrss
    qint64 runPeakRssKiB = 0; // VmHWM since it was reset before sending; 0: not reset
    qint64 rssAfterKiB = 0;
    int transcriptRows = 0;
    qint64 modelUpdates = 0; // the ConversationModel's dataChanged signals
    QString error; // empty: the whole answer arrived intact
};

void printFirstPaints(const QList<FirstPaint> &runs, int tokensPerAnswer);
void printLongRun(const LongRun &run, qsizetype answerCharacters, const QString &title);
