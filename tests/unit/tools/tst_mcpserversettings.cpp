#include "providers/secretstore.h"
#include "secretservicecheck.h"
#include "tools/mcp/mcpserverconfig.h"
#include "tools/mcp/mcpserversettings.h"

#include <QDBusConnection>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using Outcome = McpImportReport::Outcome;

namespace {

// Every secret value in these tests carries this marker, so a search of files cannot miss one.
constexpr auto secretMarker = "confab-mcp-secret"_L1;
constexpr auto childArgument = "--without-keychain"_L1;

QString secret(const QString &tag)
{
    return u"%1-%2-51e0"_s.arg(secretMarker, tag);
}

QString uniqueService()
{
    return u"Confab-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A file as people have them: Claude Desktop's servers, one disabled with approvals of
// another client, remote ones, and mistakes.
QByteArray realisticFile()
{
    const QString json = uR"({
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop", "/Users/me/My Documents"]
    },
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "%1"}
    },
    "postgres": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres"],
      "env": {"DATABASE_URL": "%2", "LOG_LEVEL": "debug"},
      "disabled": true,
      "autoApprove": ["query"],
      "cwd": "/srv"
    },
    "brave search": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-brave-search"],
      "env": {"BRAVE_API_KEY": "%3"}
    },
    "Existing": {"command": "node", "args": ["other.js"]},
    "remote-http": {"type": "http", "url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer x"}},
    "remote-sse": {"url": "https://me:pw@mcp.example.com/sse?api_key=remote-credential#x"},
    "no-command": {"args": ["server.js"]},
    "empty-command": {"command": "  "},
    "args-not-array": {"command": "node", "args": "server.js"},
    "args-number": {"command": "node", "args": ["server.js", 8080]},
    "env-number": {"command": "node", "env": {"PORT": 3000}},
    "env-bad-name": {"command": "node", "env": {"MY-VAR": "x"}},
    "disabled-string": {"command": "node", "disabled": "yes"},
    "unknown-type": {"type": "websocket-ish", "command": "node"},
    "not-an-object": "npx some-server",
    "???": {"command": "node"}
  }
})"_s.arg(secret(u"github"_s), u"postgresql://me:%1@localhost/app"_s.arg(secret(u"db"_s)),
          secret(u"brave"_s));
    return json.toUtf8();
}

// Outside the test class: moc takes the "//" in a raw string for a comment.
QByteArray smallFile()
{
    return R"({"mcpServers": {"a": {"command": "node"}, "b": {"url": "https://x"}}})";
}

const McpImportReport::Entry *entryFor(const McpImportReport &report, const QString &name)
{
    for (const McpImportReport::Entry &entry : report.entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

// Fails the test when a file under `dir` holds `value` (as UTF-8, UTF-16 or base64).
bool anyFileHolds(const QString &dir, const QString &value, QString *where)
{
    QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(value.toUtf8()) || bytes.contains(value.toUtf8().toBase64())
            || bytes.contains(
                QByteArrayView(reinterpret_cast<const char *>(value.utf16()), value.size() * 2))) {
            *where = file.fileName();
            return true;
        }
    }
    return false;
}

McpServerConfig serverNamed(const QString &name, const QString &command = u"node"_s)
{
    McpServerConfig config;
    config.name = name;
    config.command = command;
    return config;
}

} // namespace

// The MCP server settings in a temporary ini file, and their secrets in the real Secret
// Service (scripts/test runs one) under a service name of their own.
class TestMcpServerSettings : public QObject
{
    Q_OBJECT

    QString m_service;
    QString m_whyNoKeychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    QStringList m_usedKeys;

    QString iniPath() const { return m_dir->filePath(u"Confab.ini"_s); }

    QString storedKey(const QString &server, const QString &variable)
    {
        const QString key = McpServerSettings::secretKey(server, variable);
        m_usedKeys.append(key);
        return key;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = uniqueService();
        m_whyNoKeychain = whySecretServiceUnusable(m_service);
    }

    void init()
    {
        // These reach the keychain; the rest must pass without one.
        static const QList<QByteArrayView> needKeychain {
            "importedSecretsGoToTheKeychainOnly", "missingSecretIsAClearError",
            "storeSecretMovesAPlainValueToTheKeychain", "removingAServerDeletesItsSecrets"};
        if (needKeychain.contains(QByteArrayView(QTest::currentTestFunction()))
            && !m_whyNoKeychain.isEmpty())
            QSKIP(qPrintable(m_whyNoKeychain));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_secrets = std::make_unique<SecretStore>(m_service);
    }

    void cleanup()
    {
        if (m_whyNoKeychain.isEmpty()) {
            SecretStore store(m_service);
            for (const QString &key : std::as_const(m_usedKeys))
                store.removeNow(key); // leave no entry behind in a real keyring
        }
        m_usedKeys.clear();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void configJsonRoundTrip()
    {
        McpServerConfig config = serverNamed(u"files"_s, u"/usr/bin/node"_s);
        config.args = {u"server.js"_s, u"/home/me/My Files"_s, u"it's"_s};
        config.env = {{u"LOG_LEVEL"_s, u"debug"_s}};
        config.secretEnv = {u"API_TOKEN"_s};
        config.enabled = false;
        config.requestTimeoutMs = 5000;
        const QJsonObject json = config.toJson();
        const std::optional<McpServerConfig> parsed = McpServerConfig::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(*parsed, config);
        QCOMPARE(config.commandLine(), u"/usr/bin/node server.js '/home/me/My Files' 'it'\\''s'"_s);
        QCOMPARE(config.variableNames(), (QStringList {u"LOG_LEVEL"_s, u"API_TOKEN"_s}));

        const QProcessEnvironment env = config.environment(
            {{u"API_TOKEN"_s, u"t0k"_s}, {u"NOT_LISTED"_s, u"x"_s}}, QProcessEnvironment());
        QCOMPARE(env.value(u"LOG_LEVEL"_s), u"debug"_s);
        QCOMPARE(env.value(u"API_TOKEN"_s), u"t0k"_s);
        QVERIFY(!env.contains(u"NOT_LISTED"_s)); // only the variables the server lists

        QString error;
        QVERIFY(!McpServerConfig::fromJson({{u"name"_s, u"no command"_s}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!McpServerConfig::fromJson({{u"name"_s, u"ok"_s}}, &error));
        QVERIFY2(error.contains(u"no command"_s), qPrintable(error));
    }

    void namesAreSanitized()
    {
        QCOMPARE(McpServerConfig::sanitizedName(u"brave search"_s), u"brave-search"_s);
        QCOMPARE(McpServerConfig::sanitizedName(u"  @scope/server.v2 "_s), u"scope-server-v2"_s);
        QCOMPARE(McpServerConfig::sanitizedName(u"???"_s), QString());
        QCOMPARE(McpServerConfig::sanitizedName(QString(40, u'a')).size(),
                 McpServerConfig::maxNameLength);
        QVERIFY(McpServerConfig::isValidName(u"my_server-2"_s));
        QVERIFY(!McpServerConfig::isValidName(u"my server"_s));
        QVERIFY(!McpServerConfig::isValidName(QString()));
    }

    void addUpdateRemoveValidate()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        QSignalSpy changed(&settings, &McpServerSettings::changed);
        QVERIFY(settings.add(serverNamed(u"files"_s)).isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(settings.add(serverNamed(u"FILES"_s)).contains(u"already called"_s));
        QVERIFY(!settings.add(serverNamed(u"two words"_s)).isEmpty());
        QVERIFY(!settings.add(serverNamed(u"nocommand"_s, u" "_s)).isEmpty());
        McpServerConfig badVariable = serverNamed(u"badvar"_s);
        badVariable.env.insert(u"MY-VAR"_s, u"x"_s);
        QVERIFY(settings.add(badVariable).contains(u"MY-VAR"_s));
        QCOMPARE(settings.names(), QStringList {u"files"_s});

        McpServerConfig changedConfig = *settings.find(u"Files"_s); // ignoring case
        changedConfig.args = {u"a.js"_s};
        QVERIFY(settings.update(changedConfig).isEmpty());
        QCOMPARE(settings.find(u"files"_s)->args, QStringList {u"a.js"_s});
        QVERIFY(settings.setEnabled(u"files"_s, false).isEmpty());
        QVERIFY(!settings.find(u"files"_s)->enabled);
        QVERIFY(!settings.setEnabled(u"nothing"_s, true).isEmpty());

        // Another settings object on the same file sees the same servers.
        QSettings again(iniPath(), QSettings::IniFormat);
        QCOMPARE(McpServerSettings(&again, m_secrets.get()).servers(), settings.servers());

        QVERIFY(settings.remove(u"FILES"_s));
        QVERIFY(!settings.remove(u"files"_s));
        QVERIFY(settings.servers().isEmpty());
    }

    // What cannot be imported is said per server, and the rest is imported; this needs no
    // keychain (no entry has env).
    void importReportsEachBadEntry()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        QByteArray file = realisticFile();
        // Without the servers that have secrets, so that no keychain is needed.
        QJsonObject root = QJsonDocument::fromJson(file).object();
        QJsonObject servers = root.value(u"mcpServers"_s).toObject();
        for (const QString &name : {u"github"_s, u"postgres"_s, u"brave search"_s})
            servers.remove(name);
        root.insert(u"mcpServers"_s, servers);
        QVERIFY(settings.add(serverNamed(u"existing"_s)).isEmpty());

        const McpImportReport report = settings.importJsonNow(QJsonDocument(root).toJson(),
                                                              McpServerSettings::OnClash::Skip);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.entries.size(), servers.size());
        QCOMPARE(report.importedCount(), 1);

        const auto expect = [&](const QString &name, Outcome outcome, const QString &words) {
            const McpImportReport::Entry *entry = entryFor(report, name);
            QVERIFY2(entry, qPrintable(name));
            QVERIFY2(entry->outcome == outcome,
                     qPrintable(name + u": "_s + QString::number(int(entry->outcome))));
            QVERIFY2(entry->message.contains(words, Qt::CaseInsensitive),
                     qPrintable(name + u": "_s + entry->message));
        };
        expect(u"filesystem"_s, Outcome::Imported, QString());
        expect(u"Existing"_s, Outcome::AlreadyExists, u"already configured"_s);
        expect(u"remote-http"_s, Outcome::Unsupported, u"https://mcp.example.com/mcp"_s);
        expect(u"remote-sse"_s, Outcome::Unsupported, u"remote server"_s);
        expect(u"no-command"_s, Outcome::Invalid, u"no \"command\""_s);
        expect(u"empty-command"_s, Outcome::Invalid, u"empty"_s);
        expect(u"args-not-array"_s, Outcome::Invalid, u"\"args\" should be an array"_s);
        expect(u"args-number"_s, Outcome::Invalid, u"item 2 is a number"_s);
        expect(u"env-number"_s, Outcome::Invalid, u"value of PORT should be a string"_s);
        expect(u"env-bad-name"_s, Outcome::Invalid, u"MY-VAR"_s);
        expect(u"disabled-string"_s, Outcome::Invalid, u"\"disabled\""_s);
        expect(u"unknown-type"_s, Outcome::Invalid, u"websocket-ish"_s);
        expect(u"not-an-object"_s, Outcome::Invalid, u"it is a string"_s);
        expect(u"???"_s, Outcome::Invalid, u"name"_s);
        QVERIFY(!entryFor(report, u"env-number"_s)->message.contains(u"3000"_s));
        // A remote address is shown without what may be a credential.
        const QString sse = entryFor(report, u"remote-sse"_s)->message;
        QVERIFY2(sse.contains(u"https://mcp.example.com/sse"_s), qPrintable(sse));
        QVERIFY2(!sse.contains(u"remote-credential"_s) && !sse.contains(u"pw"_s), qPrintable(sse));
        // The clash names the server as it is configured.
        QVERIFY(entryFor(report, u"Existing"_s)->message.contains(u"called existing"_s));

        // Only the good one and the one that was there before are configured.
        QCOMPARE(settings.names(), (QStringList {u"existing"_s, u"filesystem"_s}));
        const McpServerConfig fs = *settings.find(u"filesystem"_s);
        QCOMPARE(fs.command, u"npx"_s);
        QCOMPARE(fs.args.last(), u"/Users/me/My Documents"_s);
        QVERIFY(fs.enabled);
        QCOMPARE(settings.find(u"existing"_s)->args, QStringList()); // left as it was

        const QString summary = report.summary();
        QVERIFY2(summary.contains(u"filesystem: imported."_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"remote-sse: not imported."_s), qPrintable(summary));
        QCOMPARE(summary.count(u'\n'), report.entries.size() - 1);
    }

    void importClashesSkipOrRename()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        const QByteArray file = R"({"mcpServers": {"fs": {"command": "node", "args": ["a.js"]},
                                    "fs-2": {"command": "node", "args": ["b.js"]}}})";
        QCOMPARE(settings.importJsonNow(file).importedCount(), 2);
        McpImportReport again = settings.importJsonNow(file, McpServerSettings::OnClash::Skip);
        QCOMPARE(again.importedCount(), 0);
        QCOMPARE(again.entries.at(0).outcome, Outcome::AlreadyExists);
        QCOMPARE(settings.servers().size(), 2);

        again = settings.importJsonNow(file, McpServerSettings::OnClash::Rename);
        QCOMPARE(again.importedCount(), 2);
        QCOMPARE(again.entries.at(0).outcome, Outcome::Renamed);
        QCOMPARE(again.entries.at(0).importedAs, u"fs-3"_s); // fs-2 is taken too
        QCOMPARE(again.entries.at(1).importedAs, u"fs-2-2"_s);
        QVERIFY2(again.entries.at(0).message.contains(u"taken"_s),
                 qPrintable(again.entries.at(0).message));
        QCOMPARE(settings.find(u"fs-3"_s)->args, QStringList {u"a.js"_s});
        QCOMPARE(settings.servers().size(), 4);
    }

    void importAcceptsOtherShapesAndRefusesNonsense()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        // The servers object alone, and VS Code's "servers".
        McpImportReport report = settings.importJsonNow(R"({"bare": {"command": "node"}})");
        QCOMPARE(report.importedCount(), 1);
        report = settings.importJsonNow(
            R"({"inputs": [], "servers": {"vscode": {"type": "stdio", "command": "node"}}})");
        QCOMPARE(report.importedCount(), 1);
        QCOMPARE(settings.names(), (QStringList {u"bare"_s, u"vscode"_s}));

        for (const QByteArray &nonsense : {QByteArray("{\"mcpServers\": {"), QByteArray("[]"),
                                           QByteArray("{}"), QByteArray(R"({"mcpServers": []})"),
                                           QByteArray(R"({"mcpServers": {}})"), QByteArray()}) {
            report = settings.importJsonNow(nonsense);
            QVERIFY2(!report.error.isEmpty(), nonsense.constData());
            QVERIFY(report.entries.isEmpty());
            QCOMPARE(report.summary(), report.error);
        }
        QCOMPARE(settings.servers().size(), 2);
    }

    // What the settings page calls: a file by URL, the outcome by signal.
    void importFileReportsBySignal()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        QSignalSpy finished(&settings, &McpServerSettings::importFinished);
        const QString path = m_dir->filePath(u"claude_desktop_config.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(smallFile());
        file.close();

        settings.importFile(QUrl::fromLocalFile(path));
        QVERIFY(finished.isEmpty()); // later
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QVERIFY2(finished.at(0).at(1).toString().contains(u"b: not imported."_s),
                 qPrintable(finished.at(0).at(1).toString()));
        settings.importFile(QUrl::fromLocalFile(path), true);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).toInt(), 1);
        QCOMPARE(settings.names(), (QStringList {u"a"_s, u"a-2"_s}));

        settings.importFile(QUrl::fromLocalFile(m_dir->filePath(u"missing.json"_s)));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(finished.at(2).at(0).toInt(), 0);
        QVERIFY2(finished.at(2).at(1).toString().contains(u"missing.json"_s),
                 qPrintable(finished.at(2).at(1).toString()));
    }

    // Every env value goes to the keychain, none to the settings file; they come back in the
    // server's environment; a reload of the settings file gives the same servers.
    void importedSecretsGoToTheKeychainOnly()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        QVERIFY(settings.add(serverNamed(u"existing"_s)).isEmpty());
        const McpImportReport report = settings.importJsonNow(realisticFile());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.importedCount(), 4);
        for (const auto &[server, variable] :
             {std::pair {u"github"_s, u"GITHUB_PERSONAL_ACCESS_TOKEN"_s},
              {u"postgres"_s, u"DATABASE_URL"_s},
              {u"postgres"_s, u"LOG_LEVEL"_s},
              {u"brave-search"_s, u"BRAVE_API_KEY"_s}})
            storedKey(server, variable);

        const McpImportReport::Entry *brave = entryFor(report, u"brave search"_s);
        QCOMPARE(brave->outcome, Outcome::Renamed);
        QCOMPARE(brave->importedAs, u"brave-search"_s);
        const McpImportReport::Entry *postgres = entryFor(report, u"postgres"_s);
        QCOMPARE(postgres->outcome, Outcome::Imported);
        QVERIFY2(postgres->message.contains(u"autoApprove"_s)
                     && postgres->message.contains(u"cwd"_s)
                     && postgres->message.contains(u"disabled"_s),
                 qPrintable(postgres->message));
        QVERIFY2(!postgres->message.contains(u"memory"_s), qPrintable(postgres->message));

        const McpServerConfig github = *settings.find(u"github"_s);
        QVERIFY(github.env.isEmpty());
        QCOMPARE(github.secretEnv, QStringList {u"GITHUB_PERSONAL_ACCESS_TOKEN"_s});
        const McpServerConfig pg = *settings.find(u"postgres"_s);
        QVERIFY(!pg.enabled);
        QCOMPARE(pg.secretEnv, (QStringList {u"DATABASE_URL"_s, u"LOG_LEVEL"_s}));

        // In the keychain, as a store that starts afresh (no memory) reads them.
        SecretStore fresh(m_service);
        SecretResult read = fresh.readNow(u"mcp/github/GITHUB_PERSONAL_ACCESS_TOKEN"_s);
        QCOMPARE(read.status, SecretResult::Status::Ok);
        QCOMPARE(read.key, secret(u"github"_s));
        QVERIFY(!read.fromMemory);
        QCOMPARE(fresh.readNow(u"mcp/brave-search/BRAVE_API_KEY"_s).key, secret(u"brave"_s));
        QCOMPARE(fresh.readNow(u"mcp/postgres/LOG_LEVEL"_s).key, u"debug"_s);

        // Not in the settings file, in any encoding; the servers are.
        m_settings->sync();
        QFile ini(iniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY2(bytes.contains("ghcr.io/github/github-mcp-server"), bytes.constData());
        QVERIFY2(bytes.contains("GITHUB_PERSONAL_ACCESS_TOKEN"), bytes.constData());
        QString where;
        for (const QString &tag : {u"github"_s, u"db"_s, u"brave"_s})
            QVERIFY2(!anyFileHolds(m_dir->path(), secret(tag), &where),
                     qPrintable(u"a secret was written to "_s + where));
        QVERIFY2(!bytes.contains(secretMarker.latin1()), bytes.constData());

        // A second settings object on the same file: the same servers.
        QSettings reopened(iniPath(), QSettings::IniFormat);
        McpServerSettings reloaded(&reopened, &fresh);
        QCOMPARE(reloaded.servers(), settings.servers());

        // The environment a server starts in has its secrets.
        const McpEnvironment env = reloaded.resolveEnvironmentNow(*reloaded.find(u"postgres"_s));
        QVERIFY2(env.isComplete(), qPrintable(env.error));
        QCOMPARE(env.environment.value(u"DATABASE_URL"_s),
                 u"postgresql://me:%1@localhost/app"_s.arg(secret(u"db"_s)));
        QCOMPARE(env.environment.value(u"LOG_LEVEL"_s), u"debug"_s);
        QVERIFY(env.environment.contains(u"PATH"_s)); // on top of the system's

        // A server without secrets needs no keychain at all.
        QVERIFY(reloaded.resolveEnvironmentNow(*reloaded.find(u"filesystem"_s)).isComplete());
    }

    void missingSecretIsAClearError()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        McpServerConfig config = serverNamed(u"needs-token"_s);
        config.secretEnv = {u"SERVICE_TOKEN"_s};
        QVERIFY(settings.add(config).isEmpty());
        storedKey(u"needs-token"_s, u"SERVICE_TOKEN"_s);
        const McpEnvironment env = settings.resolveEnvironmentNow(config);
        QVERIFY(!env.isComplete());
        QCOMPARE(env.missing, QStringList {u"SERVICE_TOKEN"_s});
        QVERIFY2(env.error.contains(u"SERVICE_TOKEN"_s) && env.error.contains(u"needs-token"_s),
                 qPrintable(env.error));
        QVERIFY(!env.environment.contains(u"SERVICE_TOKEN"_s));
    }

    // A value typed in the settings page: to the keychain, and a plain value of that name
    // leaves the settings file.
    void storeSecretMovesAPlainValueToTheKeychain()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        McpServerConfig config = serverNamed(u"api"_s);
        config.env = {{u"API_TOKEN"_s, secret(u"plain"_s)}, {u"REGION"_s, u"eu"_s}};
        QVERIFY(settings.add(config).isEmpty());
        storedKey(u"api"_s, u"API_TOKEN"_s);

        std::optional<std::pair<bool, QString>> stored;
        settings.storeSecret(
            u"api"_s, u"API_TOKEN"_s, secret(u"typed"_s),
            [&](bool ok, const QString &message) { stored = std::make_pair(ok, message); });
        QVERIFY(!stored); // later, never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30'000);
        QVERIFY2(stored->first, qPrintable(stored->second));
        QVERIFY2(stored->second.contains(u"keychain"_s), qPrintable(stored->second));

        const McpServerConfig updated = *settings.find(u"api"_s);
        QCOMPARE(updated.env, (QMap<QString, QString> {{u"REGION"_s, u"eu"_s}}));
        QCOMPARE(updated.secretEnv, QStringList {u"API_TOKEN"_s});
        QCOMPARE(SecretStore(m_service).readNow(u"mcp/api/API_TOKEN"_s).key, secret(u"typed"_s));
        m_settings->sync();
        QString where;
        QVERIFY2(!anyFileHolds(m_dir->path(), secretMarker, &where),
                 qPrintable(u"a secret was written to "_s + where));

        // Bad requests are answered too, later.
        stored.reset();
        settings.storeSecret(u"nothing"_s, u"X"_s, u"v"_s, [&](bool ok, const QString &message) {
            stored = std::make_pair(ok, message);
        });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(!stored->first);
        QVERIFY(stored->second.contains(u"nothing"_s));
    }

    void removingAServerDeletesItsSecrets()
    {
        McpServerSettings settings(m_settings.get(), m_secrets.get());
        const McpImportReport report = settings.importJsonNow(
            uR"({"mcpServers": {"gone": {"command": "node", "env": {"A_KEY": "%1", "B": "%2"}}}})"_s
                .arg(secret(u"a"_s), secret(u"b"_s))
                .toUtf8());
        QCOMPARE(report.importedCount(), 1);
        const QString a = storedKey(u"gone"_s, u"A_KEY"_s), b = storedKey(u"gone"_s, u"B"_s);
        QCOMPARE(SecretStore(m_service).readNow(a).key, secret(u"a"_s));

        // A variable that stops being secret leaves the keychain…
        McpServerConfig config = *settings.find(u"gone"_s);
        config.secretEnv = {u"A_KEY"_s};
        QVERIFY(settings.update(config).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(SecretStore(m_service).readNow(b).status,
                                  SecretResult::Status::NotFound, 30'000);
        QCOMPARE(SecretStore(m_service).readNow(a).key, secret(u"a"_s));
        // …and so does every secret of a removed server.
        QVERIFY(settings.remove(u"gone"_s));
        QTRY_COMPARE_WITH_TIMEOUT(SecretStore(m_service).readNow(a).status,
                                  SecretResult::Status::NotFound, 30'000);
    }

    // This binary again, with a D-Bus address that leads nowhere: the import keeps the values
    // in memory for this run and says so, and writes them nowhere.
    void withoutKeychainSecretsStayInMemory()
    {
#ifndef Q_OS_LINUX
        QSKIP("Only the Secret Service is reached over D-Bus; elsewhere it cannot be taken away.");
#else
        QTemporaryDir home, runtime;
        QVERIFY(home.isValid() && runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        for (const auto name :
             {"XDG_CONFIG_HOME"_L1, "XDG_DATA_HOME"_L1, "XDG_CACHE_HOME"_L1, "XDG_STATE_HOME"_L1})
            env.remove(name);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home.path());
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {childArgument});
        QVERIFY(child.waitForFinished(120'000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("Totals: 4 passed, 0 failed, 0 skipped"), output.constData());
        QVERIFY2(!output.contains(secretMarker.latin1()), "the child printed a secret");
        QString where;
        for (const QString &dir : {home.path(), runtime.path()})
            QVERIFY2(!anyFileHolds(dir, secretMarker, &where),
                     qPrintable(u"a secret was written to "_s + where));
#endif
    }
};

// Run by withoutKeychainSecretsStayInMemory() in a child process that has no Secret Service;
// its settings file lies in the child's (temporary) home.
class TestMcpServerSettingsWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!QDBusConnection::sessionBus().isConnected()); }

    void importKeepsSecretsForThisRun()
    {
        QSettings ini(QDir::home().filePath(u"Confab.ini"_s), QSettings::IniFormat);
        SecretStore secrets(uniqueService());
        McpServerSettings settings(&ini, &secrets);
        const McpImportReport report = settings.importJsonNow(
            uR"({"mcpServers": {"gh": {"command": "node", "env": {"GH_TOKEN": "%1"}}}})"_s
                .arg(secret(u"offline"_s))
                .toUtf8());
        QCOMPARE(report.importedCount(), 1);
        const QString message = report.entries.constFirst().message;
        QVERIFY2(message.contains(u"kept in memory until Confab quits"_s), qPrintable(message));
        QVERIFY(!message.contains(secretMarker));
        QVERIFY(secrets.isKeptForThisRunOnly(McpServerSettings::secretKey(u"gh"_s, u"GH_TOKEN"_s)));

        const McpEnvironment env = settings.resolveEnvironmentNow(*settings.find(u"gh"_s));
        QVERIFY2(env.isComplete(), qPrintable(env.error));
        QCOMPARE(env.environment.value(u"GH_TOKEN"_s), secret(u"offline"_s));
        ini.sync();
        QVERIFY(QFile::exists(ini.fileName()));
    }

    void aNewRunHasNoSecret()
    {
        QSettings ini(QDir::home().filePath(u"Confab.ini"_s), QSettings::IniFormat);
        SecretStore secrets(uniqueService());
        McpServerSettings settings(&ini, &secrets);
        QCOMPARE(settings.names(), QStringList {u"gh"_s});
        const McpEnvironment env = settings.resolveEnvironmentNow(*settings.find(u"gh"_s));
        QVERIFY(!env.isComplete());
        QVERIFY2(env.error.contains(u"keychain"_s), qPrintable(env.error));
        QVERIFY(!env.environment.contains(u"GH_TOKEN"_s));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (argc > 1 && childArgument == QLatin1StringView(argv[1])) {
        TestMcpServerSettingsWithoutKeychain test;
        return QTest::qExec(&test, QStringList {app.arguments().constFirst()});
    }
    TestMcpServerSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mcpserversettings.moc"
