// The real chat window streaming a long Markdown answer (prose, lists, headings, code)
// from a loopback server, once at full speed and once paced so that the window draws all
// along: the app's CPU time without the server thread, peak RSS, whether the cost per
// token stays flat from the first tenth of the answer to the last, and the gaps between
// frames. Before that, how soon a short answer's first token is on screen after its first
// byte arrived. A plain executable: one long GUI run does not fit Google Benchmark.
// Usage: bench_window_streaming [--tokens N] [--pace P] [--no-full-speed] [--repeat R]
//                               [--short-tokens S]

#include "benchwindow.h"
#include "chat/transcriptmodel.h"
#include "client/chatstream.h"
#include "firstpaint.h"
#include "framerecorder.h"
#include "markdownanswer.h"
#include "processusage.h"
#include "serverthread.h"
#include "streamreport.h"
#include "windowdriver.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

using namespace Qt::StringLiterals;

namespace {

// The long answer, with a checkpoint at every tenth of its tokens, when the session
// finished it and when it was on screen.
LongRun measureLongRun(Workspace &workspace, FrameRecorder &frames, qsizetype tokens,
                       const QString &answer)
{
    ChatSession *session = workspace.current();
    LongRun run;
    QObject scope; // the connections below end with this function
    const bool peakReset = ProcessUsage::resetPeakRss();
    run.rssBeforeKiB = ProcessUsage::currentRssKiB();
    const auto checkpoint = [&](qsizetype count) {
        run.points.append({count, FrameRecorder::nowNs(), ProcessUsage::cpuSeconds(),
                           serverThreadsCpu(), frames.frameCount()});
    };
    QObject::connect(session->conversation(), &QAbstractItemModel::dataChanged, &scope,
                     [&run] { ++run.modelUpdates; });
    checkpoint(0);
    session->send(u"Write a long answer."_s);
    ChatStream *stream = runningStream(workspace.client());
    if (!stream) {
        run.error = u"no stream started: "_s + session->statusText();
        return run;
    }
    qsizetype received = 0;
    int nextTenth = 0;
    QObject::connect(stream, &ChatStream::deltaReceived, &scope, [&](const ChatDelta &delta) {
        for (const ChoiceDelta &choice : delta.choices) {
            if (choice.content.isEmpty())
                continue;
            ++received;
            // The first token, then each tenth; a tenth never falls before the first.
            while (nextTenth <= 10 && received >= std::max<qsizetype>(1, tokens * nextTenth / 10)) {
                checkpoint(received);
                ++nextTenth;
            }
        }
    });
    // The session's handling of the end (the last rows change) is over when it says so.
    const auto ended = [&] { checkpoint(received); };
    QObject::connect(session, &ChatSession::answerFinished, &scope, ended);
    QObject::connect(session, &ChatSession::answerFailed, &scope, ended);
    const bool finished = runUntil([&] { return !session->isBusy(); }, 30 * 60'000, 50);
    QObject::disconnect(session, nullptr, &scope, nullptr);
    if (!finished || run.points.size() != 13) {
        run.error = finished ? u"the answer ended before all tokens arrived"_s
                             : u"the answer did not finish within 30 minutes"_s;
        return run;
    }
    // The finished answer is on screen once a frame after the end was swapped.
    const qint64 endedAt = run.points.last().at;
    runUntil([&] { return !frames.swapTimesSince(endedAt).isEmpty(); }, 5'000);
    checkpoint(received);
    run.points.last().at = frames.swapTimesSince(endedAt).value(0, run.points.last().at);
    QObject::disconnect(session->conversation(), nullptr, &scope, nullptr);
    run.swapTimes = frames.swapTimesSince(run.points.constFirst().at);
    run.peakRssKiB = ProcessUsage::peakRssKiB();
    run.runPeakRssKiB = peakReset ? ProcessUsage::peakRssSinceResetKiB() : 0;
    run.rssAfterKiB = ProcessUsage::currentRssKiB();

    const Message &message = session->conversation()->messages().constLast();
    if (received != tokens)
        run.error = u"received %1 of %2 tokens"_s.arg(received).arg(tokens);
    else if (message.state != Message::State::Complete)
        run.error = u"the answer ended as %1: %2"_s.arg(Message::stateName(message.state),
                                                        message.error.message);
    else if (message.content != answer)
        run.error = u"the answer differs from what the server sent"_s;
    return run;
}

// The long answer in a conversation of its own, from a server thread that serves only it.
LongRun streamLongAnswer(Workspace &workspace, const TranscriptWindow &w, FrameRecorder &frames,
                         const MarkdownAnswer &answer, int tokensPerMs)
{
    const ServerThread server(answerResponse(answer, tokensPerMs));
    if (!server.isListening()) {
        LongRun failed;
        failed.error = u"the loopback server cannot listen"_s;
        return failed;
    }
    workspace.newConversation();
    workspace.client()->setEndpoint(benchEndpoint(server.baseUrl()));
    idle(500);
    LongRun run = measureLongRun(workspace, frames, answer.deltas.size(), answer.text);
    run.transcriptRows = w.transcript->rowCount();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BenchWindow::setUpApplication();
    const QStringList arguments = QApplication::arguments();
    const int tokens = std::max(intOption(arguments, u"--tokens"_s, 200'000), 100);
    const int repeat = std::max(intOption(arguments, u"--repeat"_s, 20), 1);
    const int shortTokens = std::max(intOption(arguments, u"--short-tokens"_s, 60), 1);
    const int pace = intOption(arguments, u"--pace"_s, 20); // tokens per ms; 0: no paced run

    BenchWindow bench("bench_window_streaming");
    if (!bench.open())
        return 1;
    Workspace &workspace = bench.workspace();
    FrameRecorder &frames = bench.frames();
    TranscriptWindow w;
    w.window = bench.window();
    w.view = findItem(w.window->contentItem(), u"transcriptView"_s);
    w.transcript = w.view
        ? qobject_cast<TranscriptModel *>(qvariant_cast<QObject *>(w.view->property("model")))
        : nullptr;
    if (!w.transcript) {
        bench.fail(u"no transcriptView with a TranscriptModel"_s);
        return 1;
    }
    bench.printDescription();

    // First paint: short answers at the end of a growing conversation, from a server thread.
    const MarkdownAnswer shortAnswer = MarkdownAnswer::generate(shortTokens);
    ServerThread shortServer(answerResponse(shortAnswer));
    if (!shortServer.isListening()) {
        bench.fail(u"the loopback server cannot listen"_s);
        return 1;
    }
    workspace.client()->setEndpoint(benchEndpoint(shortServer.baseUrl()));
    measureFirstPaint(workspace, w, frames, 0); // warms up the delegates
    QList<FirstPaint> firstPaints;
    for (int i = 1; i <= repeat; ++i)
        firstPaints.append(measureFirstPaint(workspace, w, frames, i));
    printFirstPaints(firstPaints, shortTokens);

    // The long answer at full speed, then paced so that the window draws all along.
    const MarkdownAnswer longAnswer = MarkdownAnswer::generate(tokens);
    QList<LongRun> runs;
    if (!arguments.contains(u"--no-full-speed"_s)) {
        runs.append(streamLongAnswer(workspace, w, frames, longAnswer, 0));
        printLongRun(runs.last(), longAnswer.text.size(), u"at full speed"_s);
    }
    if (pace > 0) {
        runs.append(streamLongAnswer(workspace, w, frames, longAnswer, pace));
        printLongRun(runs.last(), longAnswer.text.size(),
                     u"paced: %1 tokens every millisecond"_s.arg(pace));
    }

    const bool quiet = bench.reportWarnings();
    const bool firstPaintsOk = std::all_of(firstPaints.cbegin(), firstPaints.cend(),
                                           [](const FirstPaint &p) { return p.ok; });
    const bool runsOk = std::all_of(runs.cbegin(), runs.cend(),
                                    [](const LongRun &run) { return run.error.isEmpty(); });
    return runsOk && firstPaintsOk && quiet ? 0 : 1;
}
