// confab-cli history list|search|export|import, the real executable, against history files
// this test writes through ConversationStore; and files it cannot use are left untouched.
#include "cliprocess.h"
#include "historyfixtures.h"
#include "storage/conversationstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HistoryFixtures;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList idsOf(const QByteArray &json, const QString &key = u"id"_s)
{
    QStringList ids;
    for (const QJsonValue &row : QJsonDocument::fromJson(json).array())
        ids << row[key].toString();
    return ids;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

    using Run = CliProcess::Run;

    QTemporaryDir m_home;
    QString m_history; // kyoto, a pinned, a recent and an archived conversation

    QString path(const QString &name) const { return m_home.filePath(name); }

    // The CLI with a private home; `dataHome` holds the default history.
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QString &dataHome = {})
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        QProcessEnvironment &environment = process.environment();
        environment.insert(u"HOME"_s, path(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s,
                           dataHome.isEmpty() ? path(u"no-default-history"_s) : dataHome);
        for (const QString &name :
             {u"CONFAB_API_KEY"_s, u"CONFAB_BASE_URL"_s, u"CONFAB_MODEL"_s, u"CONFAB_PROVIDER"_s})
            environment.remove(name);
        return process.run(arguments, input);
    }

    Run history(QStringList arguments, const QString &file)
    {
        arguments.prepend(u"history"_s);
        return cli(arguments << u"--history"_s << file);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_history = path(u"history.sqlite"_s);
        ConversationStore store;
        QVERIFY2(store.open(m_history), qPrintable(store.lastError()));
        ConversationRecord pinned = simple(u"c-pinned"_s, u"Pinned 📌"_s, 1690000000000);
        pinned.conversation.pinned = true;
        ConversationRecord archived = simple(u"c-archived"_s, u"Archived"_s, 1710000000000);
        archived.conversation.archived = true;
        for (const ConversationRecord &record :
             {kyoto(), pinned, archived, simple(u"c-recent"_s, u"Recent"_s, 1705000000000)})
            QVERIFY2(save(store, record), qPrintable(store.lastError()));
    }

    void listShowsPinnedThenNewest()
    {
        Run run = history({u"list"_s, u"--json"_s}, m_history);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(idsOf(run.out), QStringList({u"c-pinned"_s, u"c-recent"_s, u"c-kyoto"_s}));
        const QJsonObject kyotoRow = QJsonDocument::fromJson(run.out).array().at(2).toObject();
        QCOMPARE(kyotoRow[u"title"_s].toString(), u"京都の旅 🗾 trip"_s);
        QCOMPARE(kyotoRow[u"updated_at"_s].toString(), u"2023-11-14T22:21:40.123Z"_s);

        run = history({u"list"_s, u"--all"_s, u"--json"_s}, m_history);
        QCOMPARE(idsOf(run.out),
                 QStringList({u"c-pinned"_s, u"c-archived"_s, u"c-recent"_s, u"c-kyoto"_s}));

        run = history({u"list"_s}, m_history);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"c-pinned  "_s), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).endsWith(u"[pinned] Pinned 📌"_s));
        QVERIFY(lines.at(2).endsWith(u"  京都の旅 🗾 trip"_s));
    }

    void searchFindsCjkText()
    {
        Run run = history({u"search"_s, u"清水寺"_s, u"--json"_s}, m_history);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QVERIFY2(!hits.isEmpty(), run.out.constData());
        QStringList messages;
        for (const QJsonValue &hit : hits) {
            QCOMPARE(hit[u"conversation_id"_s].toString(), u"c-kyoto"_s);
            QCOMPARE(hit[u"title"_s].toString(), u"京都の旅 🗾 trip"_s);
            QVERIFY(hit[u"snippet"_s].toString().contains(u"[清水寺]"_s));
            messages << hit[u"message_id"_s].toString();
        }
        messages.sort();
        QCOMPARE(messages, QStringList({u"m3"_s, u"m5"_s})); // reasoning and answer

        run = history({u"search"_s, u"奈良"_s}, m_history); // two characters: a plain scan
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"京都の旅 🗾 trip (conversation c-kyoto, message m7)\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"[奈良]"_s));

        run = history({u"search"_s, u"zebra crossing"_s}, m_history);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("No message contains"));
    }

    void exportsMarkdown()
    {
        const Run run = history({u"export"_s, u"c-kyoto"_s}, m_history);
        QCOMPARE(run.exitCode, 0);
        const QString md = QString::fromUtf8(run.out);
        QVERIFY2(md.startsWith(u"# 京都の旅 🗾 trip\n"_s), qPrintable(md));
        QVERIFY(md.contains(u"<details><summary>Reasoning</summary>"_s));
        QVERIFY(md.contains(u"## You\n\nWhat about 奈良 instead? 🦌"_s));
        QVERIFY(!md.contains(u"FIRST-ATTEMPT"_s));
        QVERIFY(!md.contains(u"OLD-QUESTION"_s));

        const Run two = history({u"export"_s, u"c-recent"_s, u"c-pinned"_s}, m_history);
        QCOMPARE(two.exitCode, 0);
        QVERIFY(two.out.startsWith("# Recent\n"));
        QVERIFY(two.out.contains("\n---\n\n# Pinned 📌\n"));
    }

    void exportsJsonAndImportsIt()
    {
        const QString file = path(u"backup.json"_s);
        Run run = history({u"export"_s, u"--all"_s, u"-o"_s, file}, m_history); // JSON by name
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(fileBytes(file)).object();
        QCOMPARE(root[u"format"_s].toString(), u"confab-history"_s);
        QCOMPARE(root[u"conversations"_s].toArray().size(), 4); // archived too

        run = history({u"export"_s, u"c-kyoto"_s, u"--format"_s, u"json"_s}, m_history);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray messages
            = QJsonDocument::fromJson(run.out)[u"conversations"_s][0][u"messages"_s].toArray();
        QCOMPARE(messages.size(), 9);

        const QString second = path(u"second.sqlite"_s);
        run = history({u"import"_s, file}, second);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Imported 4 conversations.\n"), run.out.constData());
        QCOMPARE(idsOf(history({u"list"_s, u"--all"_s, u"--json"_s}, second).out),
                 idsOf(history({u"list"_s, u"--all"_s, u"--json"_s}, m_history).out));

        // Again: copies under new ids, nothing overwritten.
        run = history({u"import"_s, file, u"--json"_s}, second);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary[u"imported"_s].toInt(), 4);
        QCOMPARE(summary[u"copies"_s].toInt(), 4);
        QCOMPARE(history({u"list"_s, u"--all"_s, u"--json"_s}, second).out.count("\"id\""), 8);
    }

    void importReadsStdin()
    {
        const QString file = path(u"from-stdin.sqlite"_s);
        const QByteArray json
            = history({u"export"_s, u"c-recent"_s, u"--format"_s, u"json"_s}, m_history).out;
        const Run run = cli({u"history"_s, u"import"_s, u"-"_s, u"--history"_s, file}, json);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(idsOf(history({u"list"_s, u"--json"_s}, file).out), QStringList {u"c-recent"_s});
    }

    void unknownIdFails()
    {
        const QString file = path(u"never-written.md"_s);
        const Run run
            = history({u"export"_s, u"c-kyoto"_s, u"c-nowhere"_s, u"-o"_s, file}, m_history);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("c-nowhere"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(file));
    }

    void badImportFilesChangeNothing()
    {
        const QString target = path(u"import-target.sqlite"_s);
        QVERIFY(writeFile(path(u"broken.json"_s), "{\"format\": \"confab-history\", \"vers"));
        Run run = history({u"import"_s, path(u"broken.json"_s)}, target);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not valid JSON"), run.err.constData());
        QCOMPARE(history({u"list"_s, u"--json"_s}, target).out, QByteArray("[]\n"));

        // A file that is not there: no history is created for it.
        const QString untouched = path(u"not-created.sqlite"_s);
        run = history({u"import"_s, path(u"missing.json"_s)}, untouched);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("missing.json"));
        QVERIFY(!QFileInfo::exists(untouched));
    }

    void unusableDatabasesAreLeftAlone()
    {
        const QString corrupt = path(u"corrupt.sqlite"_s);
        QVERIFY(writeFile(corrupt, "this is not a database, just some text\n"));
        const QString newer = path(u"newer.sqlite"_s);
        {
            ConversationStore store;
            QVERIFY(store.open(newer));
            QVERIFY(save(store, simple(u"c-newer"_s, u"Newer"_s, 1700000000000)));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE schema_version SET version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QVERIFY(writeFile(
            path(u"one.json"_s),
            history({u"export"_s, u"c-recent"_s, u"--format"_s, u"json"_s}, m_history).out));

        const QList<QPair<QString, QByteArray>> files {{corrupt, "not a conversation database"},
                                                       {newer, "newer version of Confab"}};
        for (const auto &[file, message] : files) {
            const QByteArray before = fileBytes(file);
            QVERIFY(!before.isEmpty());
            for (const QStringList &arguments :
                 {QStringList {u"list"_s}, QStringList {u"search"_s, u"hello"_s},
                  QStringList {u"export"_s, u"--all"_s},
                  QStringList {u"import"_s, path(u"one.json"_s)}}) {
                const Run run = history(arguments, file);
                QCOMPARE(run.exitCode, 1);
                QVERIFY2(run.err.contains(message), run.err.constData());
                QVERIFY(run.out.isEmpty());
                QCOMPARE(fileBytes(file), before);
            }
        }
    }

    // Without --history: the data folder, as the app uses it. Reading creates nothing.
    void usesTheDefaultHistory()
    {
        const QString dataHome = path(u"data"_s);
        const QString defaultFile = dataHome + u"/Confab/conversations.sqlite"_s;
        Run run = cli({u"history"_s, u"list"_s}, {}, dataHome);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("No conversations yet.\n"));
        QVERIFY(!QFileInfo::exists(defaultFile));

        const QByteArray json
            = history({u"export"_s, u"c-pinned"_s, u"--format"_s, u"json"_s}, m_history).out;
        QVERIFY(writeFile(path(u"pinned.json"_s), json));
        run = cli({u"history"_s, u"import"_s, path(u"pinned.json"_s)}, {}, dataHome);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(defaultFile));
        QCOMPARE(idsOf(cli({u"history"_s, u"list"_s, u"--json"_s}, {}, dataHome).out),
                 QStringList {u"c-pinned"_s});
    }

    void usageErrors()
    {
        const QList<QStringList> wrong {
            {u"history"_s},
            {u"history"_s, u"delete"_s},
            {u"history"_s, u"list"_s, u"extra"_s},
            {u"history"_s, u"search"_s},
            {u"history"_s, u"export"_s},
            {u"history"_s, u"export"_s, u"c-kyoto"_s, u"--all"_s},
            {u"history"_s, u"export"_s, u"c-kyoto"_s, u"--format"_s, u"html"_s},
            {u"history"_s, u"import"_s},
            {u"history"_s, u"list"_s, u"-o"_s, u"x.md"_s},
            {u"models"_s, u"--history"_s, u"x.sqlite"_s},
        };
        for (const QStringList &arguments : wrong) {
            const Run run = cli(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
            QVERIFY(run.err.contains("Usage:"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
