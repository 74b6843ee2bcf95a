// Importing MCP servers from the files other clients keep (Claude Desktop, VS Code): what
// cannot be imported is said per server, clashes are skipped or renamed, other shapes are
// accepted and nonsense refused. None of it needs a keychain: no server here has secrets.
#include "mcpsettingsfixtures.h"
#include "providers/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace McpSettingsFixtures;
using Outcome = McpImportReport::Outcome;

class TestMcpImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(u"Confab.ini"_s), QSettings::IniFormat);
        m_secrets = std::make_unique<SecretStore>(u"Confab-test-mcp-import"_s);
    }

    void cleanup()
    {
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
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
};

QTEST_GUILESS_MAIN(TestMcpImport)
#include "tst_mcpimport.moc"
