// Issue 7's benchmark: a side-by-side comparison in the real window, two to four columns
// each streaming a long Markdown answer at full speed from the same loopback server, all
// at once: the app's CPU time without the server thread, peak RSS, and the gaps between
// frames. A plain executable, like bench_window_streaming.
// Usage: bench_compare_window [--tokens N] [--columns C]

#include "benchwindow.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "client/chatclient.h"
#include "client/chatstream.h"
#include "compare/comparecolumn.h"
#include "compare/comparesession.h"
#include "framerecorder.h"
#include "framestats.h"
#include "markdownanswer.h"
#include "processusage.h"
#include "serverthread.h"
#include "windowdriver.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

using namespace Qt::StringLiterals;
using FrameStats::ms;

namespace {

// A moment of the run: when, the process's CPU time, the server threads' and frames so far.
struct Moment
{
    qint64 at = 0;
    double cpu = 0;
    double serverCpu = 0;
    qint64 frames = 0;

    static Moment now(const FrameRecorder &frames)
    {
        return {FrameRecorder::nowNs(), ProcessUsage::cpuSeconds(), serverThreadsCpu(),
                frames.frameCount()};
    }
};

struct ColumnRun
{
    qsizetype tokens = 0; // content deltas received
    qint64 firstTokenAt = 0;
    qint64 lastTokenAt = 0;
    qint64 endedAt = 0; // the session had handled the end
    QString outcome; // "complete", or what went wrong
};

struct CompareRun
{
    QList<ColumnRun> columns;
    Moment sent;
    Moment shown; // a frame after the last column ended was swapped
    qint64 lastEndedAt = 0;
    QList<qint64> swapTimes; // every frame from sending on
    qint64 modelUpdates = 0; // the columns' ConversationModels' dataChanged signals
    qint64 rssBeforeKiB = 0;
    qint64 rssAfterKiB = 0;
    qint64 runPeakRssKiB = 0; // VmHWM since it was reset before sending; 0: not reset
    qint64 peakRssKiB = 0; // ru_maxrss
    QString error; // empty: every column's answer arrived intact
};

// Sends one prompt to every column and waits until every answer is done and on screen.
CompareRun measureComparison(CompareSession *comparison, ChatClient *client, FrameRecorder &frames,
                             const MarkdownAnswer &answer)
{
    CompareRun run;
    run.columns.resize(comparison->count());
    QObject scope; // the connections below end with this function
    for (qsizetype i = 0; i < run.columns.size(); ++i) {
        ChatSession *session = comparison->column(int(i))->session();
        QObject::connect(session->conversation(), &QAbstractItemModel::dataChanged, &scope,
                         [&run] { ++run.modelUpdates; });
        const auto ended = [&run, i] { run.columns[i].endedAt = FrameRecorder::nowNs(); };
        QObject::connect(session, &ChatSession::answerFinished, &scope, ended);
        QObject::connect(session, &ChatSession::answerFailed, &scope, ended);
    }
    const bool peakReset = ProcessUsage::resetPeakRss();
    run.rssBeforeKiB = ProcessUsage::currentRssKiB();
    run.sent = Moment::now(frames);
    if (!comparison->send(u"Write a long answer."_s)) {
        run.error = u"the comparison sent nothing: "_s + comparison->statusText();
        return run;
    }
    // Each column's session has started its stream on the shared client, in column order.
    QList<ChatStream *> streams;
    for (ChatStream *stream : client->findChildren<ChatStream *>(Qt::FindDirectChildrenOnly)) {
        if (stream->isRunning())
            streams.append(stream);
    }
    if (streams.size() != run.columns.size()) {
        run.error
            = u"%1 streams started for %2 columns"_s.arg(streams.size()).arg(run.columns.size());
        comparison->stopAll();
        return run;
    }
    for (qsizetype i = 0; i < streams.size(); ++i) {
        QObject::connect(streams.at(i), &ChatStream::deltaReceived, &scope,
                         [&column = run.columns[i]](const ChatDelta &delta) {
                             for (const ChoiceDelta &choice : delta.choices) {
                                 if (choice.content.isEmpty())
                                     continue;
                                 column.lastTokenAt = FrameRecorder::nowNs();
                                 if (++column.tokens == 1)
                                     column.firstTokenAt = column.lastTokenAt;
                             }
                         });
    }
    if (!runUntil([&] { return !comparison->isBusy(); }, 30 * 60'000, 50)) {
        run.error = u"the answers did not finish within 30 minutes"_s;
        comparison->stopAll();
        return run;
    }
    for (const ColumnRun &column : std::as_const(run.columns))
        run.lastEndedAt = std::max(run.lastEndedAt, column.endedAt);
    // Everything is on screen once a frame after the last end was swapped.
    runUntil([&] { return !frames.swapTimesSince(run.lastEndedAt).isEmpty(); }, 5'000);
    run.shown = Moment::now(frames);
    run.shown.at = frames.swapTimesSince(run.lastEndedAt).value(0, run.shown.at);
    run.swapTimes = frames.swapTimesSince(run.sent.at);
    run.rssAfterKiB = ProcessUsage::currentRssKiB();
    run.runPeakRssKiB = peakReset ? ProcessUsage::peakRssSinceResetKiB() : 0;
    run.peakRssKiB = ProcessUsage::peakRssKiB();

    for (qsizetype i = 0; i < run.columns.size(); ++i) {
        ColumnRun &column = run.columns[i];
        const Message &message
            = comparison->column(int(i))->session()->conversation()->messages().constLast();
        if (column.tokens != answer.deltas.size())
            column.outcome
                = u"received %1 of %2 tokens"_s.arg(column.tokens).arg(answer.deltas.size());
        else if (message.state != Message::State::Complete)
            column.outcome = u"ended as %1: %2"_s.arg(Message::stateName(message.state),
                                                      message.error.message);
        else if (message.content != answer.text)
            column.outcome = u"differs from what the server sent"_s;
        else
            column.outcome = u"complete"_s;
        if (column.outcome != u"complete"_s && run.error.isEmpty())
            run.error = u"column %1: %2"_s.arg(i + 1).arg(column.outcome);
    }
    return run;
}

void printRun(const CompareRun &run, const MarkdownAnswer &answer)
{
    const qsizetype columnCount = run.columns.size();
    std::printf("\nComparison at full speed: %lld columns, each %lld tokens, %lld characters\n",
                qlonglong(columnCount), qlonglong(answer.deltas.size()),
                qlonglong(answer.text.size()));
    if (!run.error.isEmpty())
        std::printf("FAILED: %s\n", qPrintable(run.error));
    if (run.shown.at == 0)
        return;
    std::printf("%-7s %8s %16s %15s %12s  %s\n", "column", "tokens", "first token ms",
                "last token ms", "ended ms", "answer");
    qsizetype tokens = 0;
    qint64 firstToken = 0;
    qint64 lastToken = 0;
    for (qsizetype i = 0; i < columnCount; ++i) {
        const ColumnRun &c = run.columns.at(i);
        tokens += c.tokens;
        if (c.firstTokenAt > 0 && (firstToken == 0 || c.firstTokenAt < firstToken))
            firstToken = c.firstTokenAt;
        lastToken = std::max(lastToken, c.lastTokenAt);
        const auto since = [&](qint64 at) { return at > 0 ? ms(at - run.sent.at) : 0.0; };
        std::printf("%-7lld %8lld %16.1f %15.1f %12.1f  %s\n", qlonglong(i + 1),
                    qlonglong(c.tokens), since(c.firstTokenAt), since(c.lastTokenAt),
                    since(c.endedAt), qPrintable(c.outcome));
    }
    const Moment &sent = run.sent;
    const Moment &shown = run.shown;
    const double appCpu = (shown.cpu - sent.cpu) - (shown.serverCpu - sent.serverCpu);
    std::printf("\napp CPU (user + sys), send → every answer on screen: %.2f s (%.2f µs/token "
                "over %lld tokens); server thread %.2f s, not included\n",
                appCpu, tokens > 0 ? appCpu * 1e6 / double(tokens) : 0.0, qlonglong(tokens),
                shown.serverCpu - sent.serverCpu);
    const double streamingMs = firstToken > 0 ? ms(lastToken - firstToken) : 0.0;
    std::printf("wall: %.2f s; send → first token %.1f ms; first → last token %.1f ms; last "
                "token → every end handled %.1f ms → on screen %.1f ms\n",
                ms(shown.at - sent.at) / 1e3, firstToken > 0 ? ms(firstToken - sent.at) : 0.0,
                streamingMs, ms(run.lastEndedAt - lastToken), ms(shown.at - run.lastEndedAt));
    const QList<double> gaps
        = FrameStats::gapsMs(run.swapTimes, firstToken > 0 ? firstToken : sent.at, shown.at);
    std::printf("frames: %lld from send until on screen (%.1f fps from the first token on); %lld "
                "model updates, %.2f frames per update\n",
                qlonglong(shown.frames - sent.frames),
                firstToken > 0 ? double(gaps.size()) * 1e3 / ms(shown.at - firstToken) : 0.0,
                qlonglong(run.modelUpdates),
                run.modelUpdates > 0 ? double(shown.frames - sent.frames) / double(run.modelUpdates)
                                     : 0.0);
    std::printf("gaps between frames from the first token on: %lld, median %.1f ms, p99 %.1f ms, "
                "longest %.1f ms\n",
                qlonglong(gaps.size()), FrameStats::median(gaps),
                FrameStats::percentile(gaps, 0.99), FrameStats::longest(gaps));
    std::printf("RSS: %.1f MiB before sending, %.1f MiB after", double(run.rssBeforeKiB) / 1024,
                double(run.rssAfterKiB) / 1024);
    if (run.runPeakRssKiB > 0)
        std::printf(", %.1f MiB at most in between (VmHWM)", double(run.runPeakRssKiB) / 1024);
    std::printf("; peak RSS (ru_maxrss) %.1f MiB\n", double(run.peakRssKiB) / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BenchWindow::setUpApplication();
    const QStringList arguments = QApplication::arguments();
    const int tokens = std::max(intOption(arguments, u"--tokens"_s, 50'000), 100);
    const int columnCount = std::clamp(intOption(arguments, u"--columns"_s, 4),
                                       CompareSession::minColumns, CompareSession::maxColumns);

    BenchWindow bench("bench_compare_window");
    if (!bench.open())
        return 1;
    bench.printDescription();
    Workspace &workspace = bench.workspace();

    // One answer per column, handed out in the order the columns ask.
    const MarkdownAnswer answer = MarkdownAnswer::generate(tokens);
    const ServerThread server(QList<ScriptedResponse>(columnCount, answerResponse(answer)));
    if (!server.isListening()) {
        bench.fail(u"the loopback server cannot listen"_s);
        return 1;
    }
    workspace.client()->setEndpoint(benchEndpoint(server.baseUrl()));
    QStringList models;
    for (int i = 1; i <= columnCount; ++i)
        models.append(u"m%1"_s.arg(i));
    CompareSession *comparison = workspace.comparisons()->start(models);
    if (!comparison || comparison->count() != columnCount) {
        bench.fail(u"the workspace made no comparison of %1 columns"_s.arg(columnCount));
        return 1;
    }
    // The window shows the comparison's columns instead of the chat.
    const auto columnsShown = [&] {
        int shown = 0;
        QList<QQuickItem *> items {bench.window()->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            if (item->objectName() == u"compareColumn"_s && item->isVisible())
                ++shown;
            items.append(item->childItems());
        }
        return shown;
    };
    if (!runUntil([&] { return columnsShown() == columnCount; }, 5'000)) {
        bench.fail(
            u"the window shows %1 of %2 comparison columns"_s.arg(columnsShown()).arg(columnCount));
        return 1;
    }
    idle(500);

    const CompareRun run
        = measureComparison(comparison, workspace.client(), bench.frames(), answer);
    printRun(run, answer);
    const bool quiet = bench.reportWarnings();
    return run.error.isEmpty() && quiet ? 0 : 1;
}
