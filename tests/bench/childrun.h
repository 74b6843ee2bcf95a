#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// One run of a child process, measured from the outside: exit status, wall time from
// spawn to reap, and the child's own user and system CPU time (wait4's rusage, which
// counts all of its threads and nothing of ours).
struct ChildRun
{
    enum class Stdout {
        Discard, // to /dev/null, so that writing costs the child as little as it can
        Capture, // into `output` through a pipe, to check what the child printed
    };

    bool started = false;
    QString startError;
    int exitCode = -1; // -1 when a signal ended it
    int signal = 0;
    double wallSeconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    QByteArray output;
    QByteArray errorOutput; // the first 64 KiB of stderr

    double cpuSeconds() const { return userSeconds + systemSeconds; }
    bool succeeded() const { return started && exitCode == 0; }

    // `arguments[0]` is looked up in PATH unless it contains a slash.
    static ChildRun run(const QStringList &arguments, const QStringList &environment,
                        Stdout stdoutMode);
};
