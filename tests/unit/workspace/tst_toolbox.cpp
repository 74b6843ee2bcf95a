#include "answerscript.h"
#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "providers/secretstore.h"
#include "storage/conversationstore.h"
#include "tools/mcp/mcpserversettings.h"
#include "workspace/toolbox.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// The tools of the app: the built-ins and the plugins in one registry, the person's
// choices kept in the settings file across runs, every conversation of the workspace
// offered them, and the log of runs read back from the history.
class TestToolBox : public QObject
{
    Q_OBJECT

private:
    QStringList toolNames(const ToolBox &box)
    {
        QStringList names;
        for (const QVariant &tool : box.tools())
            names.append(tool.toMap().value(u"name"_s).toString());
        return names;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        m_settingsPath
            = m_home.filePath(u"%1.ini"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

    void builtinsAndPluginsAreOffered()
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        SecretStore secrets(u"ConfabToolBoxTest"_s);
        ToolBox box(&settings, &secrets);
        QCOMPARE(toolNames(box),
                 (QStringList {u"get_current_time"_s, u"calculate"_s, u"read_text_file"_s,
                               u"list_folder"_s, u"fetch_url"_s}));
        const QVariantMap fetch = box.tools().at(4).toMap();
        QCOMPARE(fetch.value(u"effect"_s).toString(), u"network"_s);
        QCOMPARE(fetch.value(u"source"_s).toString(), u"builtin"_s);
        QVERIFY(fetch.value(u"parameters"_s).toString().contains(u"\"url\""_s));

        // A folder of plugins: the example loads, a broken file is reported by name.
        QTemporaryDir plugins;
        QVERIFY(QFile::copy(QStringLiteral(CONFAB_PLUGIN_DIR "/libconfab_textstats.so"),
                            plugins.filePath(u"libconfab_textstats.so"_s)));
        QFile broken(plugins.filePath(u"libbroken.so"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a library at all");
        broken.close();
        QSignalSpy toolsChanged(&box, &ToolBox::toolsChanged);
        box.loadPlugins({plugins.path()});
        QCOMPARE(toolsChanged.size(), 1);
        QVERIFY(toolNames(box).contains(u"text_stats"_s));
        QCOMPARE(box.plugins().size(), 1);
        QCOMPARE(box.plugins().at(0).toMap().value(u"name"_s).toString(), u"textstats"_s);
        QCOMPARE(box.pluginFailures().size(), 1);
        const QVariantMap failure = box.pluginFailures().at(0).toMap();
        QVERIFY(failure.value(u"file"_s).toString().endsWith(u"libbroken.so"_s));
        QVERIFY(!failure.value(u"reason"_s).toString().isEmpty());
    }

    // Shared folders, "always allow" and whether read-only built-ins ask are kept in the
    // settings file and come back in the next run.
    void choicesAreKept()
    {
        QTemporaryDir shared;
        {
            QSettings settings(m_settingsPath, QSettings::IniFormat);
            SecretStore secrets(u"ConfabToolBoxTest"_s);
            ToolBox box(&settings, &secrets);
            QVERIFY(box.readOnlyPreApproved());
            QVERIFY(!box.shareFolder(QUrl::fromLocalFile(shared.filePath(u"missing"_s))));
            QSignalSpy folders(&box, &ToolBox::foldersChanged);
            QVERIFY(box.shareFolder(QUrl::fromLocalFile(shared.path())));
            QCOMPARE(folders.size(), 1);
            QCOMPARE(box.folders(), QStringList {QDir(shared.path()).canonicalPath()});
            box.setReadOnlyPreApproved(false);
            box.setMaxRounds(3);

            // "Always" answered in a conversation is remembered.
            ChatSession session;
            box.attach(&session);
            QCOMPARE(session.tools(), box.registry());
            QCOMPARE(session.maxToolRounds(), 3);
            box.setMaxRounds(5); // open conversations follow
            QCOMPARE(session.maxToolRounds(), 5);
            const Tool *fetch = box.registry()->find(u"fetch_url"_s);
            box.approvals()->allowAlways(*fetch);
            Q_EMIT session.approvalsChanged(); // what answerApproval() does after "always"
            QCOMPARE(box.alwaysAllowed(), QStringList {u"builtin/fetch_url"_s});
        }
        {
            QSettings settings(m_settingsPath, QSettings::IniFormat);
            SecretStore secrets(u"ConfabToolBoxTest"_s);
            ToolBox box(&settings, &secrets);
            QCOMPARE(box.folders(), QStringList {QDir(shared.path()).canonicalPath()});
            QVERIFY(!box.readOnlyPreApproved());
            QCOMPARE(box.maxRounds(), 5);
            QCOMPARE(box.alwaysAllowed(), QStringList {u"builtin/fetch_url"_s});
            QVERIFY(box.approvals()->allows(*box.registry()->find(u"fetch_url"_s), {}));
            box.revokeAlways(u"builtin/fetch_url"_s);
            box.unshareFolder(QDir(shared.path()).canonicalPath());
        }
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(settings.value(ToolBox::alwaysAllowedKey).toStringList().isEmpty());
        QVERIFY(settings.value(ToolBox::foldersKey).toStringList().isEmpty());
        // No secret or key of any kind in the file.
        QFile file(m_settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-"));
    }

    // A server added in settings starts and its tools join the others; a name already taken
    // is refused; removed, its tools and what was always allowed of them go.
    void serversFromTheSettingsForm()
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        SecretStore secrets(u"ConfabToolBoxTest"_s);
        ToolBox box(&settings, &secrets);
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY(!node.isEmpty());
        const QString script = QStringLiteral(CONFAB_SOURCE_DIR)
            + u"/.npm-deps/node_modules/@modelcontextprotocol/server-everything/dist/index.js"_s;
        QVERIFY(box.saveServer(u"everything"_s, node, script + u"\nstdio\n"_s, {}).isEmpty());
        QVERIFY2(QTest::qWaitFor([&] { return toolNames(box).contains(u"echo"_s); }, 30000),
                 qPrintable(toolNames(box).join(u", "_s)));
        QCOMPARE(box.registry()->find(u"echo"_s)->source(), u"mcp_everything"_s);
        QVERIFY(box.saveServer(u"everything"_s, u"/bin/true"_s, {}, {})
                    .contains(u"already a server named everything"_s));
        QVERIFY(
            box.saveServer(u"other"_s, node, {}, u"no equals sign here"_s).contains(u"Line 1"_s));

        // A policy for the whole server: every tool of it runs without asking.
        const Tool *echo = box.registry()->find(u"echo"_s);
        QVERIFY(!box.approvals()->allows(*echo, {}));
        box.setServerTrusted(u"everything"_s, true);
        QVERIFY(box.isServerTrusted(u"everything"_s));
        QCOMPARE(box.approvals()->allowedBecause(*echo, {}),
                 u"Allowed by you for every tool of mcp_everything"_s);
        QVERIFY(!box.approvals()->allows(*box.registry()->find(u"fetch_url"_s), {}));
        box.approvals()->allowAlways(*box.registry()->find(u"echo"_s));
        box.approvals()->allowAlways(*box.registry()->find(u"calculate"_s));
        box.removeServer(u"everything"_s);
        QVERIFY(QTest::qWaitFor([&] { return !toolNames(box).contains(u"echo"_s); }, 10000));
        QCOMPARE(box.alwaysAllowed(), QStringList {u"builtin/calculate"_s}); // and the policy
        QVERIFY(!box.isServerTrusted(u"everything"_s));
        QCOMPARE(box.serverSettings()->names(), QStringList());
    }

    // Every conversation of the workspace is offered the tools and asks through the same
    // approvals; the tools turned off in one are kept with it; the log reads back.
    void theWorkspaceWiresEveryConversation()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptedResponse::json(200, R"({"data": []})"));
        const QString history = m_home.filePath(u"history.sqlite"_s);
        QString id;
        {
            Workspace workspace(nullptr);
            QVERIFY(workspace.openHistory(history));
            Endpoint endpoint;
            endpoint.baseUrl = server.baseUrl();
            workspace.configure(endpoint, u"m"_s);
            NetworkOptions direct;
            direct.proxyMode = NetworkOptions::ProxyMode::None;
            workspace.client()->setNetworkOptions(direct);
            QVERIFY(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 10000));

            ChatSession *session = workspace.newConversation();
            QCOMPARE(session->tools(), workspace.tools()->registry());
            session->setDisabledTools({u"fetch_url"_s});
            server.enqueue(AnswerScript::toolCalls(
                {{u"c1"_s, u"calculate"_s, u"{\"expression\": \"6*7\"}"_s}}));
            AnswerScript answer;
            answer.content = {u"42."_s};
            server.enqueue(answer.response());
            QVERIFY(session->send(u"6 times 7?"_s));
            QVERIFY(QTest::qWaitFor([session] { return !session->isBusy(); }, 10000));
            QCOMPARE(session->conversation()->at(2).content, u"42"_s);
            const QString body = QString::fromUtf8(server.requests().constLast().body);
            QVERIFY(!body.contains(u"fetch_url"_s)); // turned off here
            QVERIFY(body.contains(u"calculate"_s));
            id = session->id();

            const QVariantList runs = workspace.tools()->recentRuns();
            QCOMPARE(runs.size(), 1);
            const QVariantMap run = runs.at(0).toMap();
            QCOMPARE(run.value(u"tool"_s).toString(), u"calculate"_s);
            QCOMPARE(run.value(u"status"_s).toString(), u"done"_s);
            QCOMPARE(run.value(u"result"_s).toString(), u"42"_s);
            QCOMPARE(run.value(u"conversationId"_s).toString(), id);
            QSignalSpy cleared(workspace.tools(), &ToolBox::runLogChanged);
            workspace.tools()->clearRunLog();
            QCOMPARE(cleared.size(), 1);
            QVERIFY(workspace.tools()->recentRuns().isEmpty());
        }
        Workspace again(nullptr);
        QVERIFY(again.openHistory(history));
        ChatSession *reopened = again.openConversation(id);
        QVERIFY(reopened);
        QCOMPARE(reopened->disabledTools(), QStringList {u"fetch_url"_s});
        QCOMPARE(reopened->conversation()->at(1).toolCalls.at(0).run.status, ToolRun::Status::Done);
    }

private:
    QTemporaryDir m_home;
    QString m_settingsPath;
};

QTEST_GUILESS_MAIN(TestToolBox)
#include "tst_toolbox.moc"
