// The real app (bin/confab) starting with a large history, as a child process: from spawn
// until its first frame is swapped, with an empty history and with 10,000 conversations, and
// the RSS then; and how long opening the 2,000-message conversation takes until a frame
// shows it, with the RSS after. The app reports through its StartupProbe
// (CONFAB_STARTUP_PROBE, app/gui/startupprobe.h) and quits by itself.
// Usage: bench_history_window [--runs R] [--small] [--history-file PATH] [--app PATH]
//                             [--open-id ID]

#include "childrun.h"
#include "historygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double firstFrameTargetMs = 500;
constexpr double openRssTargetMiB = 150e6 / 1024 / 1024; // 150 MB

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double mib(qint64 kib)
{
    return double(kib) / 1024;
}

// What one start of the app reported; -1 where it did not say.
struct AppRun
{
    QString problem; // empty: the run succeeded
    QStringList otherOutput; // stderr lines that are not the probe's
    double wallMs = 0; // spawn until reaped, the probe's half-second wait included
    double cpuMs = 0; // user + system, all threads
    double spawnToFrameMs = -1;
    double setupMs = -1; // the executable's static initialisation until app.exec()
    double initToFrameMs = -1; // … until the first frame was swapped
    qint64 frameRssKiB = -1;
    double openMs = -1; // openConversation() until the frame showing it was swapped
    double loadMs = -1; // openConversation() itself
    int rows = -1; // transcript rows
    qint64 openRssKiB = -1;
    qint64 settledRssKiB = -1; // half a second after the last frame reported
    qint64 peakRssKiB = -1; // VmHWM

    double spawnToInitMs() const { return spawnToFrameMs - initToFrameMs; }
    double execToFrameMs() const { return initToFrameMs - setupMs; }
    double openFrameMs() const { return openMs - loadMs; }
};

struct Scenario
{
    QString name;
    QString historyPath;
    QString openId; // empty: only the first frame
    QList<AppRun> runs;
};

// "key=value key=value" after "confab-probe "; a word without "=" is a key with no value.
QHash<QByteArray, QByteArray> probeFields(const QByteArray &line)
{
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &word : line.split(' ')) {
        const qsizetype equals = word.indexOf('=');
        if (equals < 0)
            fields.insert(word, {});
        else
            fields.insert(word.first(equals), word.mid(equals + 1));
    }
    return fields;
}

bool isQmlWarning(const QByteArray &line)
{
    return line.contains(".qml:") || line.startsWith("qrc:") || line.startsWith("QML ")
        || line.startsWith("qml:") || line.contains("QQmlApplicationEngine failed");
}

AppRun parseRun(const ChildRun &child, qint64 spawnedAtNs, bool opening)
{
    AppRun run;
    run.wallMs = child.wallSeconds * 1000;
    run.cpuMs = child.cpuSeconds() * 1000;
    QStringList problems;
    if (!child.started)
        problems.append(u"did not start: "_s + child.startError);
    else if (child.signal != 0)
        problems.append(u"killed by signal %1"_s.arg(child.signal));
    else if (child.exitCode != 0)
        problems.append(u"exit code %1"_s.arg(child.exitCode));
    const QByteArray prefix = "confab-probe ";
    for (const QByteArray &line : child.errorOutput.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(prefix)) {
            run.otherOutput.append(QString::fromUtf8(line));
            if (isQmlWarning(line))
                problems.append(u"QML warning: "_s + QString::fromUtf8(line));
            continue;
        }
        const auto fields = probeFields(line.mid(prefix.size()));
        if (fields.contains("error"))
            problems.append(u"probe: "_s + QString::fromUtf8(fields.value("error")));
        if (fields.contains("setup-ms"))
            run.setupMs = fields.value("setup-ms").toDouble();
        if (fields.contains("first-frame-ms")) {
            run.spawnToFrameMs
                = double(fields.value("monotonic-ns").toLongLong() - spawnedAtNs) / 1e6;
            run.initToFrameMs = fields.value("init-to-frame-ms").toDouble();
            run.frameRssKiB = fields.value("rss-kb").toLongLong();
        }
        if (fields.contains("open-ms")) {
            run.openMs = fields.value("open-ms").toDouble();
            run.loadMs = fields.value("load-ms").toDouble();
            run.rows = fields.value("rows").toInt();
            run.openRssKiB = fields.value("rss-kb").toLongLong();
        }
        if (fields.contains("settled")) {
            run.settledRssKiB = fields.value("rss-kb").toLongLong();
            run.peakRssKiB = fields.value("hwm-kb").toLongLong();
        }
    }
    if (problems.isEmpty() && (run.spawnToFrameMs < 0 || run.setupMs < 0 || run.settledRssKiB < 0))
        problems.append(u"the probe did not report the first frame"_s);
    if (problems.isEmpty() && opening && (run.openMs < 0 || run.rows <= 0))
        problems.append(u"the probe did not report the opened conversation"_s);
    run.problem = problems.join(u"; "_s);
    return run;
}

// The app as a person would start it, with a settings folder of its own for the benchmark.
class AppLauncher
{
public:
    explicit AppLauncher(QString appPath)
        : m_appPath(std::move(appPath))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(u"QT_QPA_PLATFORM"_s))
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QString home = m_home.path();
        QDir(home).mkpath(u"runtime"_s);
        QFile::setPermissions(home + u"/runtime"_s,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/runtime"_s);
        environment.remove(u"CONFAB_STARTUP_PROBE_OPEN"_s);
        environment.insert(u"CONFAB_STARTUP_PROBE"_s, u"1"_s);
        m_environment = environment.toStringList();
        m_platform = environment.value(u"QT_QPA_PLATFORM"_s);
    }

    bool isValid() const { return m_home.isValid(); }
    QString home() const { return m_home.path(); }
    QString platform() const { return m_platform; }

    AppRun run(const Scenario &scenario) const
    {
        QStringList environment = m_environment;
        if (!scenario.openId.isEmpty())
            environment.append(u"CONFAB_STARTUP_PROBE_OPEN="_s + scenario.openId);
        const QStringList arguments {m_appPath, u"--history"_s, scenario.historyPath, u"--demo"_s};
        const qint64 spawnedAt = steadyNs();
        const ChildRun child = ChildRun::run(arguments, environment, ChildRun::Stdout::Discard);
        return parseRun(child, spawnedAt, !scenario.openId.isEmpty());
    }

private:
    QString m_appPath;
    QTemporaryDir m_home;
    QStringList m_environment;
    QString m_platform;
};

double median(QList<double> values)
{
    values.removeIf([](double v) { return v < 0; });
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
}

template<typename Field>
QList<double> column(const Scenario &scenario, Field field)
{
    QList<double> values;
    for (const AppRun &run : scenario.runs)
        values.append(double(field(run)));
    return values;
}

void printRun(int index, const Scenario &scenario, const AppRun &run)
{
    if (!run.problem.isEmpty()) {
        std::printf("%3d  %-22s FAILED: %s\n", index, qPrintable(scenario.name),
                    qPrintable(run.problem));
        return;
    }
    std::printf("%3d  %-22s %7.0f %7.0f %7.0f %7.0f %8.1f", index, qPrintable(scenario.name),
                run.spawnToFrameMs, run.spawnToInitMs(), run.setupMs, run.execToFrameMs(),
                mib(run.frameRssKiB));
    if (run.openMs >= 0)
        std::printf(" %7.0f %6.0f %6d %8.1f", run.openMs, run.loadMs, run.rows,
                    mib(run.openRssKiB));
    else
        std::printf(" %7s %6s %6s %8s", "", "", "", "");
    std::printf(" %8.1f %8.1f %7.2f\n", mib(run.settledRssKiB), mib(run.peakRssKiB),
                run.cpuMs / 1000);
}

void printTableHeader()
{
    std::printf(
        "Per run: ms from spawn until the first frame was swapped, and of it: exec and the\n"
        "dynamic loader until the executable's static initialisation, main() until\n"
        "app.exec(), app.exec() until the frame; open: ms from openConversation() until the\n"
        "frame showing it was swapped, and the call itself; RSS in MiB at the first frame,\n"
        "at the open frame, 0.5 s after the last frame, and the peak (VmHWM); the app's CPU.\n\n");
    std::printf("%3s  %-22s %7s %7s %7s %7s %8s %7s %6s %6s %8s %8s %8s %7s\n", "run", "case",
                "frame", "exec", "main", "loop", "RSS", "open", "call", "rows", "RSS", "RSS",
                "peak", "cpu");
    std::printf("%3s  %-22s %7s %7s %7s %7s %8s %7s %6s %6s %8s %8s %8s %7s\n", "", "", "ms", "ms",
                "ms", "ms", "frame", "ms", "ms", "", "open", "settled", "RSS", "s");
}

// Median and max of one figure, with the target beside it when there is one.
void printFigure(const char *label, const QList<double> &values, const char *unit,
                 double target = -1)
{
    const double med = median(values);
    const double max = maximum(values);
    // Padded by characters, not bytes: the labels have arrows.
    const QByteArray padded = QString::fromUtf8(label).leftJustified(46).toUtf8();
    std::printf("  %s %9.1f %9.1f %s", padded.constData(), med, max, unit);
    if (target > 0)
        std::printf("%*s  target <= %.1f %s: %s", int(4 - qstrlen(unit)), "", target, unit,
                    max <= target ? "met" : (med <= target ? "median met, max missed" : "MISSED"));
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Start-up and opening of a long conversation in the real window, with a large history."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each case (after a warm-up)."_s,
                                        u"n"_s, u"5"_s);
    const QCommandLineOption smallOption(u"small"_s,
                                         u"500 conversations, 15,000 messages (~15 MB)."_s);
    const QCommandLineOption fileOption(u"history-file"_s, u"The history database."_s, u"path"_s);
    const QCommandLineOption appOption(u"app"_s, u"The confab executable."_s, u"path"_s,
                                       QStringLiteral(CONFAB_APP_PATH));
    const QCommandLineOption openOption(u"open-id"_s, u"The conversation to open."_s, u"id"_s,
                                        HistoryGenerator::longConversationId());
    parser.addOptions({runsOption, smallOption, fileOption, appOption, openOption});
    parser.process(app);

    HistoryParameters parameters;
    if (parser.isSet(smallOption)) {
        parameters.conversations = 500;
        parameters.messages = 15'000;
    }
    const QString historyPath = parser.isSet(fileOption)
        ? parser.value(fileOption)
        : u"%1/history-%2c-%3m-%4b.sqlite"_s.arg(QStringLiteral(CONFAB_BENCH_DATA_DIR))
              .arg(parameters.conversations)
              .arg(parameters.messages)
              .arg(parameters.averageMessageBytes);
    if (!parser.isSet(fileOption)) {
        HistoryGenerator generator(parameters);
        generator.setProgressHandler([](int percent) {
            if (percent % 10 == 0)
                std::fprintf(stderr, "Generating the history: %d %%\n", percent);
        });
        if (!generator.ensure(historyPath)) {
            std::fprintf(stderr, "%s\n", qPrintable(generator.lastError()));
            return 1;
        }
        const HistoryStats &stats = generator.stats();
        std::printf("History %s: %lld conversations, %lld messages, %.1f MB of text, file "
                    "%.1f MB (%s)\n",
                    qPrintable(historyPath), qlonglong(stats.conversations),
                    qlonglong(stats.messages), double(stats.textBytes) / 1e6,
                    double(stats.fileBytes) / 1e6, stats.reused ? "cached" : "generated now");
    } else if (!QFileInfo::exists(historyPath)) {
        std::fprintf(stderr, "No history file %s\n", qPrintable(historyPath));
        return 1;
    } else {
        std::printf("History %s\n", qPrintable(historyPath));
    }

    const QString appPath = parser.value(appOption);
    if (!QFileInfo(appPath).isExecutable()) {
        std::fprintf(stderr, "No app at %s (build the confab target)\n", qPrintable(appPath));
        return 1;
    }
    const AppLauncher launcher(appPath);
    if (!launcher.isValid()) {
        std::fprintf(stderr, "Cannot create a temporary home folder\n");
        return 1;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<Scenario> scenarios {
        {u"empty history"_s, launcher.home() + u"/empty-history.sqlite"_s, {}, {}},
        {u"full history"_s, historyPath, {}, {}},
        {u"open 2,000 messages"_s, historyPath, parser.value(openOption), {}},
    };
    std::printf("App %s --history FILE --demo, QT_QPA_PLATFORM=%s; runs of each case: %d after "
                "one warm-up, taking turns\n\n",
                qPrintable(appPath), qPrintable(launcher.platform()), runs);

    bool failed = false;
    QStringList otherOutput;
    const auto note = [&](const Scenario &scenario, int index, const AppRun &run) {
        if (!run.problem.isEmpty())
            failed = true;
        for (const QString &line : run.otherOutput)
            if (!otherOutput.contains(line))
                otherOutput.append(line);
        printRun(index, scenario, run);
        std::fflush(stdout);
    };
    printTableHeader();
    for (Scenario &scenario : scenarios) // warm-up: caches, fonts, the empty file's schema
        note(scenario, 0, launcher.run(scenario));
    for (int i = 1; i <= runs; ++i) {
        for (Scenario &scenario : scenarios) {
            scenario.runs.append(launcher.run(scenario));
            note(scenario, i, scenario.runs.last());
        }
    }

    for (Scenario &scenario : scenarios)
        scenario.runs.removeIf([](const AppRun &run) { return !run.problem.isEmpty(); });
    const Scenario &empty = scenarios.at(0);
    const Scenario &full = scenarios.at(1);
    const Scenario &open = scenarios.at(2);
    std::printf("\nSummary (run 0, the warm-up, left out)\n  %-46s %9s %9s\n", "", "median", "max");
    for (const Scenario *scenario : {&empty, &full}) {
        const QByteArray name = scenario->name.toUtf8();
        std::printf(" %s\n", name.constData());
        printFigure("spawn → first frame swapped",
                    column(*scenario, [](const AppRun &r) { return r.spawnToFrameMs; }), "ms",
                    firstFrameTargetMs);
        printFigure("  exec + dynamic loading (until main)",
                    column(*scenario, [](const AppRun &r) { return r.spawnToInitMs(); }), "ms");
        printFigure("  main() until app.exec()",
                    column(*scenario, [](const AppRun &r) { return r.setupMs; }), "ms");
        printFigure("  app.exec() until the first frame swapped",
                    column(*scenario, [](const AppRun &r) { return r.execToFrameMs(); }), "ms");
        printFigure("RSS at the first frame",
                    column(*scenario, [](const AppRun &r) { return mib(r.frameRssKiB); }), "MiB");
        printFigure("RSS 0.5 s later",
                    column(*scenario, [](const AppRun &r) { return mib(r.settledRssKiB); }), "MiB");
    }
    std::printf(" %s (%s)\n", qPrintable(open.name), qPrintable(open.openId));
    printFigure("openConversation() → frame showing it swapped",
                column(open, [](const AppRun &r) { return r.openMs; }), "ms");
    printFigure("  openConversation() itself",
                column(open, [](const AppRun &r) { return r.loadMs; }), "ms");
    printFigure("  then until that frame was swapped",
                column(open, [](const AppRun &r) { return r.openFrameMs(); }), "ms");
    printFigure("transcript rows", column(open, [](const AppRun &r) { return r.rows; }), "");
    printFigure("RSS at that frame",
                column(open, [](const AppRun &r) { return mib(r.openRssKiB); }), "MiB",
                openRssTargetMiB);
    printFigure("RSS 0.5 s later",
                column(open, [](const AppRun &r) { return mib(r.settledRssKiB); }), "MiB",
                openRssTargetMiB);
    printFigure("peak RSS of the run (VmHWM)",
                column(open, [](const AppRun &r) { return mib(r.peakRssKiB); }), "MiB",
                openRssTargetMiB);
    std::printf("  (150 MB = %.1f MiB)\n", openRssTargetMiB);

    if (!otherOutput.isEmpty()) {
        std::printf("\nThe app also printed:\n");
        for (const QString &line : std::as_const(otherOutput))
            std::printf("  %s\n", qPrintable(line));
    }
    if (failed || empty.runs.isEmpty() || full.runs.isEmpty() || open.runs.isEmpty()) {
        std::printf("\nFAILED: a run failed or printed a QML warning (see above)\n");
        return 1;
    }
    return 0;
}
