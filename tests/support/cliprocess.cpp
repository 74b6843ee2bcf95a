#include "cliprocess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

CliProcess::CliProcess(QString program, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_environment(std::move(environment))
{ }

CliProcess::Run CliProcess::run(const QStringList &arguments, const QByteArray &input,
                                int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(m_program, arguments);
    if (!process.waitForStarted(5000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    while (process.state() != QProcess::NotRunning && timeout.isActive())
        loop.exec();
    const bool timedOut = process.state() != QProcess::NotRunning;
    if (timedOut) {
        process.kill();
        process.waitForFinished(5000);
    }
    Run run;
    run.exitCode
        = !timedOut && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
