#include "providers/secretstore.h"
#include "tools/mcp/mcpservers.h"
#include "tools/mcp/mcpserversettings.h"
#include "tools/mcp/mcptool.h"
#include "tools/toolregistry.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int startTimeoutMs = 30'000;

QString serverScript()
{
    return QStringLiteral(CONFAB_SOURCE_DIR)
        + u"/.npm-deps/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s;
}

QString node()
{
    return QStandardPaths::findExecutable(u"node"_s);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs a tool from the registry as the ToolRunner would, and waits for its output.
ToolOutput run(const ToolRegistry &registry, const QString &name, const QJsonObject &arguments)
{
    Tool *tool = registry.find(name);
    if (!tool)
        return ToolOutput::error(u"(no tool %1 in the registry)"_s.arg(name));
    std::optional<ToolOutput> output;
    tool->invoke(arguments, [&](const ToolOutput &o) { output = o; });
    if (!QTest::qWaitFor([&] { return output.has_value(); }, startTimeoutMs))
        return ToolOutput::error(u"(timed out in the test)"_s);
    return *output;
}

QStringList namesFrom(const ToolRegistry &registry, const QString &source)
{
    QStringList names;
    for (const QString &name : registry.names())
        if (registry.find(name)->source() == source)
            names.append(name);
    return names;
}

} // namespace

// McpServers with the real filesystem server from npm
// (@modelcontextprotocol/server-filesystem, installed by scripts/setup into .npm-deps), run
// with this machine's node on a temporary folder.
class TestMcpFilesystem : public QObject
{
    Q_OBJECT

    QTemporaryDir m_allowed;
    QTemporaryDir m_outside;

    McpServerConfig filesConfig(const QString &name = u"files"_s) const
    {
        McpServerConfig config;
        config.name = name;
        config.command = node();
        config.args = {serverScript(), m_allowed.path()};
        config.requestTimeoutMs = 20'000;
        return config;
    }

    static bool waitForState(const McpServers &servers, const QString &name, const QString &state)
    {
        return QTest::qWaitFor([&] { return servers.state(name) == state; }, startTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!node().isEmpty(), "node is missing: run scripts/setup");
        QVERIFY2(QFileInfo::exists(serverScript()),
                 "server-filesystem is missing: run scripts/setup");
        QVERIFY(m_allowed.isValid() && m_outside.isValid());
        QVERIFY(writeFile(m_allowed.filePath(u"notes.txt"_s), "Hello from Confab, 東京 🚅\n"));
        QVERIFY(QDir(m_allowed.path()).mkdir(u"sub"_s));
        QVERIFY(writeFile(m_allowed.filePath(u"sub/inner.txt"_s), "inside\n"));
        QVERIFY(writeFile(m_outside.filePath(u"secret.txt"_s), "outside-the-folder-4711\n"));
    }

    void toolsReachTheRegistryAndWork()
    {
        ToolRegistry registry;
        McpServers servers(&registry);
        QAbstractItemModelTester tester(&servers,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy toolsChanged(&servers, &McpServers::toolsChanged);
        QSignalSpy settled(&servers, &McpServers::settled);
        servers.start(filesConfig(), QProcessEnvironment::systemEnvironment());
        QCOMPARE(servers.rowCount(), 1);
        QVERIFY(!servers.isSettled());
        QVERIFY2(waitForState(servers, u"files"_s, u"ready"_s),
                 qPrintable(servers.errorString(u"files"_s)));
        QVERIFY(servers.isSettled());
        QCOMPARE(settled.size(), 1);
        QVERIFY(toolsChanged.size() >= 1);

        const QStringList names = namesFrom(registry, u"mcp_files"_s);
        for (const QString &expected : {u"read_text_file"_s, u"list_directory"_s, u"write_file"_s,
                                        u"list_allowed_directories"_s})
            QVERIFY2(names.contains(expected), qPrintable(names.join(u", "_s)));
        QCOMPARE(registry.names(), names); // nothing else was there
        QCOMPARE(servers.toolCount(u"files"_s), names.size());
        QCOMPARE(registry.find(u"read_text_file"_s)->effect(), ToolEffect::ReadOnly);
        QCOMPARE(registry.find(u"write_file"_s)->effect(), ToolEffect::RunsPrograms);

        // The model, as the settings page sees it.
        const QModelIndex row = servers.index(0);
        QCOMPARE(row.data(McpServers::NameRole).toString(), u"files"_s);
        QCOMPARE(row.data(McpServers::StateRole).toString(), u"ready"_s);
        QCOMPARE(row.data(McpServers::ToolCountRole).toInt(), names.size());
        QVERIFY(row.data(McpServers::EnabledRole).toBool());
        QVERIFY(row.data(McpServers::ErrorRole).toString().isEmpty());
        QVERIFY2(
            row.data(McpServers::StateTextRole).toString().contains(QString::number(names.size())),
            qPrintable(row.data(McpServers::StateTextRole).toString()));
        QVERIFY(row.data(McpServers::CommandLineRole).toString().contains(u"server-filesystem"_s));
        QVERIFY(servers.roleNames().values().contains("toolCount"));
        QTRY_VERIFY(!servers.log(u"files"_s).isEmpty()); // it says on stderr that it runs

        // Reading a file and listing a folder, through the registry's tools.
        ToolOutput read
            = run(registry, u"read_text_file"_s, {{u"path"_s, m_allowed.filePath(u"notes.txt"_s)}});
        QVERIFY2(!read.isError, qPrintable(read.text));
        QCOMPARE(read.text.trimmed(), u"Hello from Confab, 東京 🚅"_s);
        ToolOutput listed = run(registry, u"list_directory"_s, {{u"path"_s, m_allowed.path()}});
        QVERIFY2(!listed.isError, qPrintable(listed.text));
        QVERIFY2(listed.text.contains(u"[FILE] notes.txt"_s)
                     && listed.text.contains(u"[DIR] sub"_s),
                 qPrintable(listed.text));

        // Outside the folder it was given: an error for the model, not a crash, and nothing
        // of the file.
        for (const QString &path :
             QStringList {m_outside.filePath(u"secret.txt"_s),
                          m_allowed.path() + u"/../"_s + QFileInfo(m_outside.path()).fileName()
                              + u"/secret.txt"_s}) {
            const ToolOutput denied = run(registry, u"read_text_file"_s, {{u"path"_s, path}});
            QVERIFY2(denied.isError, qPrintable(denied.text));
            QVERIFY2(denied.text.contains(u"denied"_s, Qt::CaseInsensitive),
                     qPrintable(denied.text));
            QVERIFY(!denied.text.contains(u"outside-the-folder-4711"_s));
        }
        const ToolOutput missing
            = run(registry, u"read_text_file"_s, {{u"path"_s, m_allowed.filePath(u"none.txt"_s)}});
        QVERIFY(missing.isError);
        QCOMPARE(servers.state(u"files"_s), u"ready"_s);

        // Stopped: its tools leave the registry.
        servers.stop(u"files"_s);
        QCOMPARE(servers.state(u"files"_s), u"stopped"_s);
        QVERIFY(registry.names().isEmpty());
        QCOMPARE(servers.toolCount(u"files"_s), 0);
        QCOMPARE(servers.client(u"files"_s), nullptr);
    }

    // kill -9: the tools go while it is down and come back when it was started again.
    void aKilledServerIsRestartedWithItsTools()
    {
        ToolRegistry registry;
        McpServers servers(&registry);
        servers.start(filesConfig(), QProcessEnvironment::systemEnvironment());
        QVERIFY2(waitForState(servers, u"files"_s, u"ready"_s),
                 qPrintable(servers.errorString(u"files"_s)));
        const QStringList before = registry.names();
        QVERIFY(!before.isEmpty());
        const qint64 pid = servers.client(u"files"_s)->processId();
        QVERIFY(pid > 0);

        QSignalSpy changed(&servers, &McpServers::serverChanged);
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(waitForState(servers, u"files"_s, u"starting"_s));
        QVERIFY(registry.names().isEmpty());
        QCOMPARE(servers.toolCount(u"files"_s), 0);
        QVERIFY2(servers.errorString(u"files"_s).contains(u"starting it again"_s),
                 qPrintable(servers.errorString(u"files"_s)));
        QVERIFY2(servers.index(0).data(McpServers::StateTextRole).toString().contains(u"1 of"_s),
                 qPrintable(servers.index(0).data(McpServers::StateTextRole).toString()));

        QVERIFY2(waitForState(servers, u"files"_s, u"ready"_s),
                 qPrintable(servers.errorString(u"files"_s)));
        QCOMPARE(registry.names(), before);
        QCOMPARE(servers.client(u"files"_s)->restarts(), 1);
        QVERIFY(servers.client(u"files"_s)->processId() != pid);
        QVERIFY(servers.errorString(u"files"_s).isEmpty());
        QVERIFY(changed.size() >= 2);
        const ToolOutput read = run(registry, u"read_text_file"_s,
                                    {{u"path"_s, m_allowed.filePath(u"sub/inner.txt"_s)}});
        QVERIFY2(!read.isError, qPrintable(read.text));
        QCOMPARE(read.text.trimmed(), u"inside"_s);
    }

    // From the settings: enabled servers start, a disabled one is listed, one that cannot
    // start or lacks a secret fails with the reason; tools of two servers share the registry.
    void startFromSettings()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"Confab.ini"_s), QSettings::IniFormat);
        SecretStore secrets(u"Confab-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        McpServerSettings settings(&ini, &secrets);
        QVERIFY(settings.add(filesConfig(u"files"_s)).isEmpty());
        QVERIFY(settings.add(filesConfig(u"files2"_s)).isEmpty());
        McpServerConfig off = filesConfig(u"off"_s);
        off.enabled = false;
        QVERIFY(settings.add(off).isEmpty());
        McpServerConfig broken = filesConfig(u"broken"_s);
        broken.command = u"/nonexistent/mcp-server"_s;
        QVERIFY(settings.add(broken).isEmpty());
        McpServerConfig needsSecret = filesConfig(u"needs-secret"_s);
        needsSecret.secretEnv = {u"SERVICE_TOKEN"_s};
        QVERIFY(settings.add(needsSecret).isEmpty());

        ToolRegistry registry;
        McpServers servers(&registry);
        QAbstractItemModelTester tester(&servers,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy settled(&servers, &McpServers::settled);
        servers.startFrom(&settings);
        QCOMPARE(servers.names(), settings.names());
        QVERIFY(!servers.isSettled());
        QTRY_VERIFY_WITH_TIMEOUT(servers.isSettled(), startTimeoutMs);
        QVERIFY(settled.size() >= 1);

        QCOMPARE(servers.state(u"files"_s), u"ready"_s);
        QCOMPARE(servers.state(u"files2"_s), u"ready"_s);
        QCOMPARE(servers.state(u"off"_s), u"disabled"_s);
        QCOMPARE(servers.client(u"off"_s), nullptr);
        QCOMPARE(servers.state(u"broken"_s), u"failed"_s);
        QVERIFY2(servers.errorString(u"broken"_s).contains(u"could not be started"_s),
                 qPrintable(servers.errorString(u"broken"_s)));
        QCOMPARE(servers.state(u"needs-secret"_s), u"failed"_s);
        QVERIFY2(servers.errorString(u"needs-secret"_s).contains(u"needs-secret"_s)
                     && servers.errorString(u"needs-secret"_s).contains(u"keychain"_s),
                 qPrintable(servers.errorString(u"needs-secret"_s)));

        // The same tool names from two servers: the second one's carry its prefix.
        const int each = servers.toolCount(u"files"_s);
        QVERIFY(each > 0);
        QCOMPARE(servers.toolCount(u"files2"_s), each);
        QCOMPARE(registry.names().size(), 2 * each);
        QVERIFY(registry.find(u"mcp_files2__read_text_file"_s)
                || registry.find(u"mcp_files__read_text_file"_s));

        // Removing one takes only its tools.
        servers.remove(u"files2"_s);
        QCOMPARE(servers.rowCount(), 4);
        QCOMPARE(namesFrom(registry, u"mcp_files2"_s), QStringList());
        QCOMPARE(registry.names().size(), each);

        // Only the ones asked for.
        McpServers some(nullptr);
        some.startFrom(&settings, {u"FILES2"_s});
        QCOMPARE(some.names(), QStringList {u"files2"_s});
        QTRY_VERIFY_WITH_TIMEOUT(some.isSettled(), startTimeoutMs);
        QCOMPARE(some.state(u"files2"_s), u"ready"_s);
        QCOMPARE(some.toolCount(u"files2"_s), each); // counted without a registry
    }
};

QTEST_GUILESS_MAIN(TestMcpFilesystem)
#include "tst_mcpfilesystem.moc"
