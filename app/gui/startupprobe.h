#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QQmlApplicationEngine;
class QQuickItem;
class QQuickWindow;
class Workspace;

// For benchmarks (tests/bench/bench_history_window): with CONFAB_STARTUP_PROBE set, prints
// on stderr when the window's first frame was swapped and the RSS then; with
// CONFAB_STARTUP_PROBE_OPEN=<conversation id> it then opens that conversation and prints
// when a frame showed it. Then it quits the app. Without the variable it does nothing.
//
//   confab-probe setup-ms=<static initialisation until app.exec()> rss-kb=<VmRSS>
//   confab-probe first-frame-ms=<since the process started, to 10 ms> rss-kb=…
//                init-to-frame-ms=… monotonic-ns=<CLOCK_MONOTONIC at the swap>
//   confab-probe open-ms=<openConversation() until the frame showing it was swapped>
//                rss-kb=… load-ms=<openConversation() itself> rows=<transcript rows>
//   confab-probe settled rss-kb=<VmRSS half a second later> hwm-kb=<VmHWM>
//   confab-probe error=<why it gave up> (exit code 3)
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QQmlApplicationEngine &engine, Workspace &workspace);
    ~StartupProbe() override;

private:
    enum class Stage {
        Off,
        FirstFrame, // until the window's first frame is swapped
        Opening, // until a polished frame has the transcript's last row
        OpenFound, // polished; until that frame is synchronised
        OpenSynced, // synchronised: its swap is the one that shows the conversation
        Done,
    };

    void watch(QQuickWindow *window);
    void onAfterAnimating();
    void onAfterSynchronizing();
    void onFrameSwapped();
    void reportFirstFrame();
    void openConversation();
    void reportOpened(qint64 swappedAtNs, qint64 rssKiB);
    void finish();
    void fail(const QString &message);
    bool transcriptShown();

    Workspace &m_workspace;
    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_transcriptView;
    QString m_openId;
    std::atomic<Stage> m_stage {Stage::Off};
    qint64 m_openStartedNs = 0;
    qint64 m_openLoadedNs = 0; // openConversation() returned
    bool m_finished = false;
};
