// The real chat window streaming a long Markdown answer (prose, lists, headings, code)
// from a loopback server, once at full speed and once paced so that the window draws all
// along: the app's CPU time without the server thread, peak RSS, whether the cost per
// token stays flat from the first tenth of the answer to the last, and the gaps between
// frames. Before that, how soon a short answer's first token is on screen after its first
// byte arrived. A plain executable: one long GUI run does not fit Google Benchmark.
// Usage: bench_window_streaming [--tokens N] [--pace P] [--no-full-speed] [--repeat R]
//                               [--short-tokens S]

#include "answerscript.h"
#include "chat/transcriptmodel.h"
#include "client/chatstream.h"
#include "firstpaint.h"
#include "framerecorder.h"
#include "localonlynetwork.h"
#include "markdownanswer.h"
#include "processusage.h"
#include "serverthread.h"
#include "streamreport.h"
#include "windowdriver.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

using namespace Qt::StringLiterals;

namespace {

const QByteArray serverThreadName = "bench-server"; // what ServerThread names its thread

double serverCpu()
{
    return ProcessUsage::threadsCpuSeconds(serverThreadName);
}

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
        run.points.append({count, FrameRecorder::nowNs(), ProcessUsage::cpuSeconds(), serverCpu(),
                           frames.frameCount()});
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

QString graphicsApiName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return u"software"_s;
    case QSGRendererInterface::OpenGL:
        return u"OpenGL"_s;
    case QSGRendererInterface::Vulkan:
        return u"Vulkan"_s;
    case QSGRendererInterface::Null:
        return u"null (nothing is drawn)"_s;
    default:
        return u"other"_s;
    }
}

int intOption(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

Endpoint endpointOf(const QUrl &baseUrl)
{
    Endpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.apiKey = u"bench-key"_s;
    return endpoint;
}

// One event per token, written as fast as the socket takes them; or, paced, a piece of
// `tokensPerMs` events every millisecond.
ScriptedResponse answerResponse(const MarkdownAnswer &answer, int tokensPerMs = 0)
{
    AnswerScript script;
    script.model = u"bench"_s;
    script.content = answer.deltas;
    ScriptedResponse response = script.response();
    if (tokensPerMs <= 0)
        return response;
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < response.pieces.size(); i += tokensPerMs) {
        QByteArray piece;
        for (qsizetype j = i; j < std::min(i + tokensPerMs, response.pieces.size()); ++j)
            piece += response.pieces.at(j);
        pieces.append(piece);
    }
    response.pieces = pieces;
    response.delayMs = 1;
    return response;
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
    workspace.client()->setEndpoint(endpointOf(server.baseUrl()));
    idle(500);
    LongRun run = measureLongRun(workspace, frames, answer.deltas.size(), answer.text);
    run.transcriptRows = w.transcript->rowCount();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Confab"_s);
    QApplication::setOrganizationDomain(u"confab.app"_s);
    QApplication::setApplicationName(u"Confab bench"_s);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s); // as the app does
    const QStringList arguments = QApplication::arguments();
    const int tokens = std::max(intOption(arguments, u"--tokens"_s, 200'000), 100);
    const int repeat = std::max(intOption(arguments, u"--repeat"_s, 20), 1);
    const int shortTokens = std::max(intOption(arguments, u"--short-tokens"_s, 60), 1);
    const int pace = intOption(arguments, u"--pace"_s, 20); // tokens per ms; 0: no paced run

    // The model list comes from a server of its own; the answers from server threads.
    LoopbackServer modelServer;
    modelServer.enqueue(ScriptedResponse::json(
        200, R"({"object":"list","data":[{"id":"bench","object":"model","owned_by":"me"}]})"));
    if (!modelServer.listen()) {
        std::fprintf(stderr, "bench_window_streaming: the loopback server cannot listen\n");
        return 1;
    }
    Workspace workspace(nullptr);
    workspace.configure(endpointOf(modelServer.baseUrl()), u"bench"_s);
    Workspace::setInstance(&workspace);
    runUntil([&] { return !workspace.models().isEmpty() || !workspace.modelsError().isEmpty(); },
             5'000);

    const MarkdownAnswer shortAnswer = MarkdownAnswer::generate(shortTokens);
    ServerThread shortServer(answerResponse(shortAnswer));
    if (!shortServer.isListening()) {
        std::fprintf(stderr, "bench_window_streaming: the loopback server cannot listen\n");
        return 1;
    }

    LocalOnlyNetworkFactory localOnly;
    QQmlApplicationEngine engine;
    QList<QQmlError> warnings;
    QObject::connect(&engine, &QQmlEngine::warnings,
                     [&warnings](const QList<QQmlError> &list) { warnings << list; });
    engine.setNetworkAccessManagerFactory(&localOnly);
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Confab/Main.qml"_s));
    TranscriptWindow w;
    w.window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!w.window) {
        std::fprintf(stderr, "bench_window_streaming: the window did not load\n");
        return 1;
    }
    w.window->resize(1200, 780);
    FrameRecorder frames(w.window);
    w.view = findItem(w.window->contentItem(), u"transcriptView"_s);
    w.transcript = w.view
        ? qobject_cast<TranscriptModel *>(qvariant_cast<QObject *>(w.view->property("model")))
        : nullptr;
    if (!w.transcript) {
        std::fprintf(stderr, "bench_window_streaming: no transcriptView with a TranscriptModel\n");
        return 1;
    }
    if (!runUntil([&] { return frames.frameCount() > 0; }, 5'000)) {
        std::fprintf(stderr,
                     "bench_window_streaming: the window renders no frames on this platform (%s);"
                     " run it under xvfb-run -a -s \"-screen 0 1280x800x24\"\n",
                     qPrintable(QGuiApplication::platformName()));
        return 1;
    }
    std::printf("Window: platform %s, graphics %s, %s render loop, %dx%d\n",
                qPrintable(QGuiApplication::platformName()), qPrintable(graphicsApiName(w.window)),
                frames.renderThreaded() ? "threaded" : "GUI-thread", w.window->width(),
                w.window->height());

    // First paint: short answers at the end of a growing conversation.
    workspace.client()->setEndpoint(endpointOf(shortServer.baseUrl()));
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

    for (const QQmlError &warning : std::as_const(warnings))
        std::printf("QML warning: %s\n", qPrintable(warning.toString()));
    const bool firstPaintsOk = std::all_of(firstPaints.cbegin(), firstPaints.cend(),
                                           [](const FirstPaint &p) { return p.ok; });
    const bool runsOk = std::all_of(runs.cbegin(), runs.cend(),
                                    [](const LongRun &run) { return run.error.isEmpty(); });
    return runsOk && firstPaintsOk && warnings.isEmpty() ? 0 : 1;
}
