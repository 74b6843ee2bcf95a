#pragma once

#include "client/endpoint.h"
#include "framerecorder.h"
#include "localonlynetwork.h"
#include "loopbackserver.h"
#include "workspace/workspace.h"

#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QStringList>

#include <memory>

class QQuickWindow;
struct MarkdownAnswer;

// The real window as app/gui/main.cpp shows it (Fusion style, the Workspace singleton,
// local-only network, qrc:/qt/qml/Confab/Main.qml) at 1200×780, for the window
// benchmarks; the model list ("bench") comes from a loopback server of its own.
class BenchWindow
{
public:
    explicit BenchWindow(const char *benchName); // names the benchmark in its messages
    BenchWindow(const BenchWindow &) = delete;
    BenchWindow &operator=(const BenchWindow &) = delete;

    // Names the application and picks the style as the app does; after QApplication.
    static void setUpApplication();

    // Lists the models, loads the window and waits for its first frame. False, having said
    // why on stderr, when any of it fails.
    bool open();

    Workspace &workspace() { return m_workspace; }
    QQuickWindow *window() const { return m_window; }
    FrameRecorder &frames() { return *m_frames; }
    void printDescription() const; // "Window: platform …, graphics …, … render loop, W×H"
    // Prints what QML warned about; true when it warned about nothing.
    bool reportWarnings() const;
    void fail(const QString &why) const; // on stderr, with the benchmark's name

private:
    const char *m_name;
    LoopbackServer m_modelServer;
    Workspace m_workspace {nullptr};
    LocalOnlyNetworkFactory m_localOnly;
    QQmlApplicationEngine m_engine; // declared after the workspace: it is destroyed first
    QList<QQmlError> m_warnings;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<FrameRecorder> m_frames;
};

// The value after `name` on the command line, or `fallback`.
int intOption(const QStringList &arguments, const QString &name, int fallback);
Endpoint benchEndpoint(const QUrl &baseUrl); // with a made-up API key
// The answer as chat.completion.chunk events of model "bench", one per token, written as
// fast as the socket takes them; or, paced, a piece of `tokensPerMs` events every
// millisecond.
ScriptedResponse answerResponse(const MarkdownAnswer &answer, int tokensPerMs = 0);
// User + system time of every ServerThread so far, read without stopping them.
double serverThreadsCpu();
