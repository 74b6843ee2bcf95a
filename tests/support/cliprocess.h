#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a command-line program (confab-cli in the end-to-end tests) to its end and keeps
// what it printed. It waits by spinning the event loop, never blocking, so that a loopback
// server living in the same thread goes on answering the program's requests.
class CliProcess
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not start, crashed or was killed after the timeout
        QByteArray out;
        QByteArray err;
    };

    explicit CliProcess(QString program,
                        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QProcessEnvironment &environment() { return m_environment; }

    // `input` is written to the program's stdin, which is then closed.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            int timeoutMs = 20'000) const;

private:
    QString m_program;
    QProcessEnvironment m_environment;
};
