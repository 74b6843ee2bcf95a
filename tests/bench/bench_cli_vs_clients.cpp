// confab-cli against curl and the official openai Node SDK on the same long stream from a
// loopback server: wall time and each child's own CPU time (user + system, from wait4).
// Usage: bench_cli_vs_clients [--chunks N] [--repeat R] [--serve]
// --serve only serves the stream until interrupted, e.g. to profile a client by hand.

#include "childrun.h"
#include "serverthread.h"
#include "syntheticstream.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace {

const QString apiKey = QStringLiteral("bench-key");

struct Client
{
    QString name;
    QString skipReason; // set: not run
    QStringList arguments; // with the base URL as %1
    QByteArray expectedOutput;
};

struct Measurement
{
    ChildRun child;
    double serverCpuSeconds = 0;
};

struct Results
{
    QList<Measurement> stream;
    QList<Measurement> startup;
};

QString npmDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CONFAB_NPM_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CONFAB_SOURCE_DIR "/.npm-deps/node_modules")
                                     : fromEnvironment;
}

// The children see no proxy settings (the server is on loopback) and get the API key.
QStringList childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        const QString lower = name.toLower();
        if (lower == QLatin1String("http_proxy") || lower == QLatin1String("https_proxy")
            || lower == QLatin1String("all_proxy") || lower == QLatin1String("no_proxy"))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("CONFAB_API_KEY"), apiKey);
    environment.insert(QStringLiteral("CONFAB_NPM_DIR"), npmDirectory());
    return environment.toStringList();
}

QList<Client> clients(const SyntheticStream &stream)
{
    const QByteArray answerLine = stream.content + '\n';
    Client confab {QStringLiteral("confab-cli"),
                   {},
                   {QStringLiteral(CONFAB_CLI_PATH), QStringLiteral("ask"),
                    QStringLiteral("--base-url"), QStringLiteral("%1"), QStringLiteral("--model"),
                    QStringLiteral("bench"), QStringLiteral("x")},
                   answerLine};
    Client curl {QStringLiteral("curl"),
                 {},
                 {QStringLiteral("curl"), QStringLiteral("-sN"), QStringLiteral("-X"),
                  QStringLiteral("POST"), QStringLiteral("%1/chat/completions"),
                  QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                  QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + apiKey,
                  QStringLiteral("-d"),
                  QStringLiteral(R"({"model":"bench","stream":true,)"
                                 R"("messages":[{"role":"user","content":"x"}]})")},
                 stream.sseBody()};
    Client sdk {QStringLiteral("openai-sdk"),
                {},
                {QStringLiteral("node"),
                 QStringLiteral(CONFAB_SOURCE_DIR "/tests/bench/openai_sdk_consumer.mjs"),
                 QStringLiteral("%1"), QStringLiteral("bench"), QStringLiteral("x")},
                answerLine};

    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        curl.skipReason = QStringLiteral("curl is not in PATH");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        sdk.skipReason = QStringLiteral("node is not in PATH");
    else if (!QFileInfo::exists(npmDirectory() + QStringLiteral("/openai/package.json")))
        sdk.skipReason = QStringLiteral("no openai SDK in %1 (run scripts/setup, or set "
                                        "CONFAB_NPM_DIR)")
                             .arg(npmDirectory());
    return {confab, curl, sdk};
}

Measurement measure(ServerThread &server, const Client &client, const QStringList &environment,
                    ChildRun::Stdout stdoutMode)
{
    QStringList arguments;
    for (const QString &argument : client.arguments)
        arguments.append(argument.contains(QLatin1String("%1"))
                             ? argument.arg(server.baseUrl().toString())
                             : argument);
    Measurement measurement;
    const double serverBefore = server.cpuSeconds();
    measurement.child = ChildRun::run(arguments, environment, stdoutMode);
    measurement.serverCpuSeconds = server.cpuSeconds() - serverBefore;
    return measurement;
}

QByteArray describeFailure(const ChildRun &run)
{
    if (!run.started)
        return "could not start: " + run.startError.toUtf8();
    QByteArray text;
    if (run.signal)
        text = "killed by signal " + QByteArray::number(run.signal);
    else
        text = "exit code " + QByteArray::number(run.exitCode);
    if (!run.errorOutput.isEmpty())
        text += "; stderr: " + run.errorOutput.left(2000).trimmed();
    return text;
}

// One captured run per client: the output must be exactly the whole answer.
bool verify(ServerThread &server, const Client &client, const QStringList &environment)
{
    const ChildRun run = measure(server, client, environment, ChildRun::Stdout::Capture).child;
    if (!run.succeeded()) {
        std::printf("  %-11s FAILED: %s\n", qPrintable(client.name),
                    describeFailure(run).constData());
        return false;
    }
    if (run.output != client.expectedOutput) {
        qsizetype same = 0;
        while (same < std::min(run.output.size(), client.expectedOutput.size())
               && run.output.at(same) == client.expectedOutput.at(same))
            ++same;
        std::printf("  %-11s FAILED: printed %lld bytes, expected %lld (first difference at "
                    "byte %lld)\n",
                    qPrintable(client.name), qlonglong(run.output.size()),
                    qlonglong(client.expectedOutput.size()), qlonglong(same));
        return false;
    }
    std::printf("  %-11s ok: exit 0, %lld bytes on stdout, identical to the expected output\n",
                qPrintable(client.name), qlonglong(run.output.size()));
    return true;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

template<typename Field>
double medianOf(const QList<Measurement> &measurements, Field field)
{
    QList<double> values;
    for (const Measurement &measurement : measurements)
        values.append(field(measurement));
    return median(values);
}

double wallOf(const Measurement &m)
{
    return m.child.wallSeconds;
}
double cpuOf(const Measurement &m)
{
    return m.child.cpuSeconds();
}

void printRuns(const QList<Client> &all, const QList<Results> &results)
{
    std::printf("\n%-11s %4s %9s %9s %9s %9s %11s\n", "client", "run", "wall s", "user s", "sys s",
                "cpu s", "server cpu");
    for (qsizetype c = 0; c < all.size(); ++c) {
        for (qsizetype r = 0; r < results.at(c).stream.size(); ++r) {
            const Measurement &m = results.at(c).stream.at(r);
            std::printf("%-11s %4lld %9.3f %9.3f %9.3f %9.3f %11.3f\n", qPrintable(all.at(c).name),
                        qlonglong(r + 1), m.child.wallSeconds, m.child.userSeconds,
                        m.child.systemSeconds, m.child.cpuSeconds(), m.serverCpuSeconds);
        }
    }
}

void printSummary(const QList<Client> &all, const QList<Results> &results, int chunkCount,
                  qsizetype bodyBytes)
{
    std::printf("\nMedians. startup = the same client on a 4-chunk stream; "
                "µs/chunk = (cpu - startup cpu) / chunks\n");
    std::printf("%-11s %9s %9s %10s %12s %12s %10s\n", "client", "wall s", "cpu s", "MB/s wall",
                "startup wall", "startup cpu", "µs/chunk");
    for (qsizetype c = 0; c < all.size(); ++c) {
        const Results &r = results.at(c);
        if (r.stream.isEmpty())
            continue;
        const double wall = medianOf(r.stream, wallOf);
        const double cpu = medianOf(r.stream, cpuOf);
        const double startupCpu = medianOf(r.startup, cpuOf);
        std::printf("%-11s %9.3f %9.3f %10.1f %12.3f %12.3f %10.2f\n", qPrintable(all.at(c).name),
                    wall, cpu, double(bodyBytes) / 1e6 / wall, medianOf(r.startup, wallOf),
                    startupCpu, (cpu - startupCpu) * 1e6 / chunkCount);
    }

    const Results &confab = results.at(0);
    if (confab.stream.isEmpty())
        return;
    std::printf("\n");
    for (qsizetype c = 1; c < all.size(); ++c) {
        if (results.at(c).stream.isEmpty())
            continue;
        std::printf("confab-cli / %-11s cpu %.2fx   wall %.2fx\n", qPrintable(all.at(c).name),
                    medianOf(confab.stream, cpuOf) / medianOf(results.at(c).stream, cpuOf),
                    medianOf(confab.stream, wallOf) / medianOf(results.at(c).stream, wallOf));
    }
}

int intOption(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int chunkCount = std::max(intOption(arguments, QStringLiteral("--chunks"), 100'000), 4);
    const int repeat = std::max(intOption(arguments, QStringLiteral("--repeat"), 3), 1);

    const SyntheticStream stream = SyntheticStream::generate(chunkCount);
    const qsizetype bodyBytes = stream.sseBody().size();
    // One HTTP chunk per event, written as fast as the socket takes them, like a provider.
    ServerThread server(ScriptedResponse::sse(stream.payloads));
    ServerThread startupServer(ScriptedResponse::sse(SyntheticStream::generate(4).payloads));
    if (!server.isListening() || !startupServer.isListening()) {
        std::fprintf(stderr, "bench_cli_vs_clients: the loopback server cannot listen\n");
        return 1;
    }
    std::printf("Stream: %d chunks, %.1f MB of SSE, %lld bytes of answer, from %s\n", chunkCount,
                double(bodyBytes) / 1e6, qlonglong(stream.content.size()),
                qPrintable(server.baseUrl().toString()));

    if (arguments.contains(QStringLiteral("--serve"))) {
        std::printf("Serving until interrupted, e.g.:\n  CONFAB_API_KEY=k valgrind "
                    "--tool=callgrind %s ask --base-url %s --model bench x >/dev/null\n",
                    CONFAB_CLI_PATH, qPrintable(server.baseUrl().toString()));
        std::fflush(stdout);
        return QCoreApplication::exec();
    }

    const QStringList environment = childEnvironment();
    QList<Client> all = clients(stream);
    bool allPassed = true;
    std::printf("\nChecking each client's output once (stdout through a pipe):\n");
    for (Client &client : all) {
        if (!client.skipReason.isEmpty()) {
            std::printf("  %-11s skipped: %s\n", qPrintable(client.name),
                        qPrintable(client.skipReason));
        } else if (!verify(server, client, environment)) {
            client.skipReason = QStringLiteral("its output was wrong");
            allPassed = false;
        }
    }

    // Measured runs with stdout to /dev/null, the clients taking turns so that a change in
    // the machine's load affects all of them alike.
    QList<Results> results(all.size());
    for (int round = 0; round < repeat; ++round) {
        for (qsizetype c = 0; c < all.size(); ++c) {
            if (!all.at(c).skipReason.isEmpty())
                continue;
            for (ServerThread *target : {&server, &startupServer}) {
                const Measurement m
                    = measure(*target, all.at(c), environment, ChildRun::Stdout::Discard);
                if (!m.child.succeeded()) {
                    std::printf("%s run %d FAILED: %s\n", qPrintable(all.at(c).name), round + 1,
                                describeFailure(m.child).constData());
                    allPassed = false;
                    continue;
                }
                (target == &server ? results[c].stream : results[c].startup).append(m);
            }
        }
    }

    printRuns(all, results);
    printSummary(all, results, chunkCount, bodyBytes);
    return allPassed ? 0 : 1;
}
