// The Workspace with providers from the settings file and keys from a real Secret Service:
// the key reaches the server as "Bearer <key>", models are cached and recent ones come
// first, quirks shape the request, and after a whole chat the key is in no file.
#include "answerscript.h"
#include "loopbackserver.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"
#include "workspace/providersettings.h"
#include "workspace/workspace.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString key = u"sk-workspace-leak-test-7c6b5a4f"_s;

// Everything the code under test logs, however it logs it.
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestWorkspaceProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(recordLog);
        // Before any QSettings exists: the settings file lands in this folder.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        // gnome-keyring shows up on the bus a moment after it is unlocked: allow it 5 s.
        SecretStore probe;
        const bool reachable = QTest::qWaitFor(
            [&probe] {
                return probe.readNow(u"confab-test-probe"_s).status
                    != SecretResult::Status::Unavailable;
            },
            5000);
        if (!reachable)
            QSKIP("No Secret Service here; scripts/test runs this inside dbus-run-session with "
                  "gnome-keyring.");
        QVERIFY(m_server.listen());
    }

    void firstRunNeedsSetup()
    {
        Workspace workspace(nullptr);
        QVERIFY(workspace.needsSetup());
        QVERIFY(workspace.startDemo());
        QVERIFY(!workspace.needsSetup());
        QVERIFY(workspace.isDemo());
    }

    void providerKeyModelsAndQuirks()
    {
        m_server.enqueue(ScriptedResponse::json(
            200, "{\"data\":[{\"id\":\"zeta\"},{\"id\":\"alpha\"},{\"id\":\"beta\"}]}"));
        Workspace workspace(nullptr);
        ProviderSettings *settings = workspace.providers();
        const QString id = settings->addFromPreset(u"custom"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(settings->save(id,
                                {{u"name"_s, u"Loopback"_s},
                                 {u"baseUrl"_s, m_server.baseUrl().toString()},
                                 {u"keyRequired"_s, true},
                                 {u"defaultModel"_s, u"beta"_s}}),
                 QString());
        QVERIFY(!settings->save(id, {{u"baseUrl"_s, u"ftp://nope"_s}}).isEmpty());
        QSignalSpy stored(settings, &ProviderSettings::keyStored);
        settings->storeKey(id, key + u"\n"_s); // pasted with a newline
        QTRY_COMPARE(stored.size(), 1);
        QVERIFY(stored.constFirst().at(1).toBool());
        QTRY_COMPARE(settings->data(settings->index(0), ProviderSettings::KeyStateRole).toString(),
                     u"stored"_s);

        // Quirk of OpenAI's reasoning models, set on this provider by hand.
        Provider provider = *workspace.registry()->find(id);
        provider.quirks.maxCompletionTokens = true;
        QVERIFY(workspace.registry()->update(provider));

        QSignalSpy models(&workspace, &Workspace::modelsChanged);
        workspace.useProvider(id);
        QTRY_COMPARE(workspace.currentProviderId(), id);
        QVERIFY(workspace.providerProblem().isEmpty());
        QTRY_VERIFY(workspace.models().contains(u"zeta"_s));
        QCOMPARE(workspace.models().constFirst(), u"beta"_s); // the default before the list
        QCOMPARE(workspace.current()->model(), u"beta"_s);

        ModelParameters parameters;
        parameters.maxTokens = 64;
        workspace.current()->setParameters(parameters);
        workspace.current()->setModel(u"zeta"_s);
        AnswerScript answer;
        answer.content = {u"Fine."_s};
        m_server.enqueue(answer.response());
        QVERIFY(workspace.current()->send(u"Hello"_s));
        QTRY_VERIFY(!workspace.current()->isBusy());
        const RecordedRequest &request = m_server.requests().constLast();
        QCOMPARE(request.headers.value("authorization"), "Bearer " + key.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"max_completion_tokens"_s).toInt(), 64);
        QVERIFY(!body.contains(u"max_tokens"_s));
        QCOMPARE(workspace.models().constFirst(), u"zeta"_s); // recently used first

        // A second Workspace (the next start) comes back to the same provider.
        Workspace next(nullptr);
        m_server.enqueue(ScriptedResponse::json(200, "{\"data\":[]}"));
        next.restoreLastProvider();
        QTRY_COMPARE(next.currentProviderId(), id);
        QVERIFY(next.models().contains(u"zeta"_s)); // cached, before any new list arrives
    }

    void missingKeyIsExplained()
    {
        Workspace workspace(nullptr);
        const QString id = workspace.providers()->addFromPreset(u"custom"_s);
        QCOMPARE(workspace.providers()->save(id,
                                             {{u"name"_s, u"Keyless"_s},
                                              {u"baseUrl"_s, m_server.baseUrl().toString()},
                                              {u"keyRequired"_s, true}}),
                 QString());
        m_server.enqueue(ScriptedResponse::json(200, "{\"data\":[]}"));
        workspace.useProvider(id);
        QTRY_COMPARE(workspace.currentProviderId(), id);
        QVERIFY(workspace.providerProblem().contains(u"No API key"));
    }

    void networkOptionsArePersistedAndChecked()
    {
        {
            Workspace workspace(nullptr);
            ProviderSettings *settings = workspace.providers();
            QVERIFY(settings->setNetwork({{u"proxyMode"_s, u"http"_s}}).contains(u"host"));
            QVERIFY(
                !settings->setNetwork({{u"caCertificateFile"_s, u"/nonexistent.pem"_s}}).isEmpty());
            QCOMPARE(settings->setNetwork({{u"proxyMode"_s, u"socks5"_s},
                                           {u"proxyHost"_s, u"proxy.example"_s},
                                           {u"proxyPort"_s, 1080}}),
                     QString());
        }
        Workspace again(nullptr);
        QCOMPARE(again.providers()->network().value(u"proxyMode"_s).toString(), u"socks5"_s);
        QCOMPARE(again.providers()->network().value(u"proxyPort"_s).toInt(), 1080);
        QCOMPARE(again.providers()->setNetwork({{u"proxyMode"_s, u"system"_s}}), QString());
    }

    // After all of the above, no file under the test's home and no log line holds the key.
    void theKeyIsInNoFile()
    {
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(key), "the key was logged");
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
        Workspace cleanup(nullptr); // the test keys leave the keychain again
        for (const Provider &provider : cleanup.registry()->providers())
            cleanup.secrets()->removeNow(provider.id);
    }

private:
    QTemporaryDir m_home;
    LoopbackServer m_server;
};

QTEST_GUILESS_MAIN(TestWorkspaceProviders)
#include "tst_workspaceproviders.moc"
