#include "mcpsettingsfixtures.h"
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

constexpr auto childArgument = "--without-keychain"_L1;

QString uniqueService()
{
    return u"Confab-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

using namespace McpSettingsFixtures;

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
