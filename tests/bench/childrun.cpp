#include "childrun.h"

#include <chrono>
#include <vector>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr qsizetype maxErrorOutput = 64 * 1024;

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

// Null-terminated char* arrays that stay valid as long as the byte arrays do.
struct CStrings
{
    explicit CStrings(const QStringList &strings)
    {
        for (const QString &string : strings)
            bytes.append(string.toLocal8Bit());
        for (QByteArray &entry : bytes)
            pointers.push_back(entry.data());
        pointers.push_back(nullptr);
    }
    QList<QByteArray> bytes;
    std::vector<char *> pointers;
};

// Reads stdout (when piped) and stderr until the child closes both.
void drain(int outFd, int errFd, ChildRun &run)
{
    char buffer[64 * 1024];
    pollfd fds[2] = {{outFd, POLLIN, 0}, {errFd, POLLIN, 0}};
    int open = (outFd >= 0) + (errFd >= 0);
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        for (pollfd &fd : fds) {
            if (fd.fd < 0 || !(fd.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t count = read(fd.fd, buffer, sizeof buffer);
            if (count < 0 && errno == EINTR)
                continue;
            if (count <= 0) {
                close(fd.fd);
                fd.fd = -1;
                --open;
            } else if (fd.fd == outFd) {
                run.output.append(buffer, count);
            } else if (run.errorOutput.size() < maxErrorOutput) {
                run.errorOutput.append(buffer, count);
            }
        }
    }
}

} // namespace

ChildRun ChildRun::run(const QStringList &arguments, const QStringList &environment,
                       Stdout stdoutMode)
{
    ChildRun run;
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    if ((stdoutMode == Stdout::Capture && pipe2(outPipe, O_CLOEXEC) != 0)
        || pipe2(errPipe, O_CLOEXEC) != 0) {
        run.startError = QString::fromLocal8Bit(std::strerror(errno));
        return run;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (stdoutMode == Stdout::Capture)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);

    CStrings argv(arguments);
    CStrings envp(environment);
    const auto started = std::chrono::steady_clock::now();
    pid_t pid = -1;
    const int spawnError = posix_spawnp(&pid, argv.pointers.front(), &actions, nullptr,
                                        argv.pointers.data(), envp.pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (outPipe[1] >= 0)
        close(outPipe[1]);
    close(errPipe[1]);
    if (spawnError != 0) {
        if (outPipe[0] >= 0)
            close(outPipe[0]);
        close(errPipe[0]);
        run.startError = QString::fromLocal8Bit(std::strerror(spawnError));
        return run;
    }
    run.started = true;

    drain(outPipe[0], errPipe[0], run);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.wallSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    run.userSeconds = seconds(usage.ru_utime);
    run.systemSeconds = seconds(usage.ru_stime);
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    return run;
}
