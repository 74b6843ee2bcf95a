// confab-cli with providers set up in Confab's settings and keys in a real Secret Service:
// `providers`, `keys set` (key on stdin), `ask --provider`, `keys delete`; and the key
// never shows up in anything the CLI printed or in any file under its home.
#include "answerscript.h"
#include "cliprocess.h"
#include "loopbackserver.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr char key[] = "sk-provider-e2e-9f8e7d6c5b4a";

} // namespace

class TestCliProviders : public QObject
{
    Q_OBJECT

    using Run = CliProcess::Run;

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        process.environment().insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        for (const QString &name :
             {u"CONFAB_API_KEY"_s, u"CONFAB_BASE_URL"_s, u"CONFAB_MODEL"_s, u"CONFAB_PROVIDER"_s})
            process.environment().remove(name);
        const Run run = process.run(arguments, input);
        m_printed += run.out + run.err;
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // gnome-keyring shows up on the bus a moment after it is unlocked: allow it 5 s.
        SecretStore probe(u"Confab"_s);
        const bool reachable = QTest::qWaitFor(
            [&probe] {
                return probe.readNow(u"confab-e2e-probe"_s).status
                    != SecretResult::Status::Unavailable;
            },
            5000);
        if (!reachable)
            QSKIP("No Secret Service here; scripts/test runs this inside dbus-run-session "
                  "with gnome-keyring.");
        QVERIFY(m_server.listen());
        // The settings file confab-cli reads: $XDG_CONFIG_HOME/Confab/Confab.ini.
        QSettings settings(m_home.filePath(u"config/Confab/Confab.ini"_s), QSettings::IniFormat);
        ProviderRegistry registry(&settings);
        Provider local;
        local.name = u"Local Test"_s;
        local.baseUrl = m_server.baseUrl();
        local.keyRequired = true;
        local.defaultModel = u"local-model"_s;
        m_providerId = registry.add(local).id;
        QVERIFY(!m_providerId.isEmpty());
    }

    void listsProviders()
    {
        const Run run = cli({u"providers"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[u"name"_s].toString(), u"Local Test"_s);
        QCOMPARE(rows.at(0)[u"key"_s].toString(), u"missing"_s);
    }

    void askWithoutKeySaysHowToStoreOne()
    {
        const Run run = cli({u"ask"_s, u"--provider"_s, u"local test"_s, u"hi"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("keys set"), run.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void keyFromStdinReachesTheServer()
    {
        Run run = cli({u"keys"_s, u"set"_s, u"Local Test"_s}, QByteArray(key) + "\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({u"providers"_s, u"--json"_s}).out)
                     .array()
                     .at(0)[u"key"_s]
                     .toString(),
                 u"stored"_s);

        AnswerScript answer;
        answer.content = {u"Hello from "_s, u"the provider."_s};
        m_server.enqueue(answer.response());
        run = cli({u"ask"_s, u"--provider"_s, u"Local Test"_s, u"hi"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Hello from the provider.\n"));
        const RecordedRequest &request = m_server.requests().constLast();
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + key);
        QCOMPARE(QJsonDocument::fromJson(request.body)[u"model"_s].toString(), u"local-model"_s);

        // A 401 that echoes the key: the message printed does not.
        m_server.enqueue(ScriptedResponse::json(
            401,
            QByteArray("{\"error\":{\"message\":\"Incorrect API key provided: ") + key
                + "\",\"type\":\"invalid_request_error\"}}"));
        run = cli({u"ask"_s, u"--provider"_s, u"Local Test"_s, u"hi"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("401"));
    }

    void deleteForgetsTheKey()
    {
        QCOMPARE(cli({u"keys"_s, u"delete"_s, u"Local Test"_s}).exitCode, 0);
        QCOMPARE(cli({u"ask"_s, u"--provider"_s, u"Local Test"_s, u"hi"_s}).exitCode, 4);
        QCOMPARE(cli({u"keys"_s, u"delete"_s, u"Nobody"_s}).exitCode, 2);
    }

    // Nothing the CLI printed and no file under its home holds the key.
    void theKeyLeakedNowhere()
    {
        QVERIFY(!m_printed.isEmpty());
        QVERIFY2(!m_printed.contains(key), "the key was printed");
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1); // at least the settings file was searched
    }

private:
    LoopbackServer m_server;
    QTemporaryDir m_home;
    QString m_providerId;
    QByteArray m_printed;
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cli_providers.moc"
