#include "tools/plugins/confabtoolplugin.h"
#include "tools/plugins/plugintool.h"
#include "tools/plugins/toolpluginloader.h"
#include "tools/toolregistry.h"
#include "tools/toolrunner.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace {

const QString examplePluginDir = QStringLiteral(CONFAB_EXAMPLE_PLUGIN_DIR);
const QString testModulesDir = QStringLiteral(CONFAB_TEST_MODULES_DIR);

// The example plugin's file in its build folder.
QString examplePluginFile()
{
    const QStringList files = QDir(examplePluginDir).entryList({u"*confab_textstats*"_s});
    return files.size() == 1 ? QDir(examplePluginDir).filePath(files.first()) : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs one call through a ToolRunner, as a conversation would, and returns its output.
ToolOutput runThroughRunner(const ToolRegistry &registry, const QString &name,
                            const QJsonObject &arguments)
{
    ToolRunner runner(&registry);
    QSignalSpy finished(&runner, &ToolRunner::finished);
    ToolCall call;
    call.id = u"call_1"_s;
    call.name = name;
    call.arguments = QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
    runner.run({call});
    if (!finished.wait(10'000))
        return ToolOutput::error(u"the runner did not finish"_s);
    const auto outcomes = finished.first().first().value<QList<ToolRunner::Outcome>>();
    if (outcomes.size() != 1 || outcomes.first().toolCallId != call.id)
        return ToolOutput::error(u"unexpected outcomes"_s);
    return outcomes.first().output;
}

// A built-in-like tool whose name the example plugin also uses.
class SameNameTool : public Tool
{
public:
    QString name() const override { return u"text_stats"_s; }
    QString description() const override { return u"Another text_stats."_s; }
    QJsonObject parameters() const override { return {{u"type"_s, u"object"_s}}; }
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &, const Done &done) override { done({u"builtin"_s, false}); }
};

// Plugin tools written in the test, to hold the adapter to its promises.
class AnswersTwice : public ConfabPluginTool
{
public:
    QString name() const override { return u"answers_twice"_s; }
    QString description() const override { return u"Answers twice."_s; }
    QJsonObject parameters() const override { return {}; }
    Effect effect() const override { return Effect(42); }
    void invoke(const QJsonObject &, Done done) override
    {
        done(u"first"_s, false);
        done(u"second"_s, true);
    }
};

class Throws : public ConfabPluginTool
{
public:
    QString name() const override { return u"throws"_s; }
    QString description() const override { return u"Throws."_s; }
    QJsonObject parameters() const override { return {{u"type"_s, u"object"_s}}; }
    Effect effect() const override { return Effect::Network; }
    void invoke(const QJsonObject &, Done) override { throw std::runtime_error("disk on fire"); }
};

} // namespace

// Tool plugins loaded with QPluginLoader: the example plugin built in this tree, and
// libraries that are not usable plugins (random bytes, a plain library, a Qt plugin of
// another kind or interface version, a plugin without a usable tool, a second copy).
class TestToolPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!examplePluginFile().isEmpty(), qPrintable(examplePluginDir));
        QVERIFY(QDir(testModulesDir).exists());
    }

    void theExamplePluginLoads()
    {
        ToolPluginLoader loader;
        ToolRegistry registry;
        QCOMPARE(loader.load({examplePluginDir}, registry), 1);
        QVERIFY2(loader.failures().isEmpty(),
                 qPrintable(loader.failures().value(0).fileName() + u": "_s
                            + loader.failures().value(0).reason));
        QCOMPARE(loader.plugins().size(), 1);
        const ToolPluginLoader::LoadedPlugin &plugin = loader.plugins().first();
        QCOMPARE(plugin.name, u"textstats"_s);
        QCOMPARE(plugin.version, u"1.0.0"_s);
        QCOMPARE(QFileInfo(plugin.filePath).canonicalFilePath(),
                 QFileInfo(examplePluginFile()).canonicalFilePath());
        QCOMPARE(plugin.toolNames, (QStringList {u"text_stats"_s, u"count_occurrences"_s}));
        QVERIFY(plugin.skippedTools.isEmpty());
        QCOMPARE(registry.names(), plugin.toolNames);
        for (const QString &name : plugin.toolNames) {
            const Tool *tool = registry.find(name);
            QVERIFY(tool);
            QCOMPARE(tool->source(), u"textstats"_s);
            QCOMPARE(tool->effect(), ToolEffect::ReadOnly);
            QVERIFY(!tool->description().isEmpty());
            QCOMPARE(tool->parameters().value(u"type"_s).toString(), u"object"_s);
        }
        // Loading the same folder again adds nothing twice.
        QCOMPARE(loader.load({examplePluginDir}, registry), 0);
        QCOMPARE(registry.names().size(), 2);
        QVERIFY(loader.failures().isEmpty());
    }

    void itsToolsRunThroughTheToolRunner()
    {
        ToolPluginLoader loader;
        ToolRegistry registry;
        QCOMPARE(loader.load({examplePluginDir}, registry), 1);

        ToolOutput output
            = runThroughRunner(registry, u"text_stats"_s,
                               {{u"text"_s, u"Hello, world! How are you?\nFine. 東京 🚅 é\n"_s}});
        QVERIFY2(!output.isError, qPrintable(output.text));
        // Characters as seen (🚅 and é are one each); each Han character is a word, and
        // "東京 🚅 é" a sentence of its own after "Fine. " (Unicode's UAX #29 rules).
        QCOMPARE(output.text,
                 u"characters: 40\ncharacters other than spaces: 31\nwords: 9\n"
                 "sentences: 4\nlines: 2\nUTF-8 bytes: 48"_s);

        output = runThroughRunner(registry, u"count_occurrences"_s,
                                  {{u"text"_s, u"Strawberry"_s}, {u"find"_s, u"r"_s}});
        QVERIFY2(!output.isError, qPrintable(output.text));
        QCOMPARE(output.text, u"3 occurrence(s) of \"r\", ignoring case."_s);

        output = runThroughRunner(registry, u"count_occurrences"_s,
                                  {{u"text"_s, u"The cat scattered the Cat's catalogue."_s},
                                   {u"find"_s, u"cat"_s},
                                   {u"whole_words"_s, true},
                                   {u"match_case"_s, true}});
        QCOMPARE(output.text, u"1 occurrence(s) of \"cat\", matching case, as whole words."_s);
        output = runThroughRunner(registry, u"count_occurrences"_s,
                                  {{u"text"_s, u"The cat scattered the Cat's catalogue."_s},
                                   {u"find"_s, u"cat"_s},
                                   {u"whole_words"_s, true}});
        QCOMPARE(output.text, u"2 occurrence(s) of \"cat\", ignoring case, as whole words."_s);

        // Arguments that do not fit the plugin's schema never reach it.
        output = runThroughRunner(registry, u"count_occurrences"_s, {{u"text"_s, u"abc"_s}});
        QVERIFY(output.isError);
        QVERIFY2(output.text.startsWith(u"\"find\" is required."_s), qPrintable(output.text));
    }

    void aNameTakenByAnotherSourceIsPrefixed()
    {
        ToolRegistry registry;
        QCOMPARE(registry.add(std::make_unique<SameNameTool>()), u"text_stats"_s);
        ToolPluginLoader loader;
        QCOMPARE(loader.load({examplePluginDir}, registry), 1);
        QCOMPARE(loader.plugins().first().toolNames,
                 (QStringList {u"textstats__text_stats"_s, u"count_occurrences"_s}));
        QCOMPARE(registry.find(u"text_stats"_s)->source(), u"builtin"_s);
        const ToolOutput output
            = runThroughRunner(registry, u"textstats__text_stats"_s, {{u"text"_s, u"a b"_s}});
        QVERIFY2(output.text.contains(u"words: 2"_s), qPrintable(output.text));
    }

    void badFilesAreReportedAndTheRestLoads()
    {
        QTemporaryDir junk;
        QTemporaryDir copies;
        QVERIFY(junk.isValid() && copies.isValid());
        QByteArray noise(4096, '\0');
        QRandomGenerator generator(20260601);
        for (char &byte : noise)
            byte = char(generator.bounded(256));
        QVERIFY(writeFile(junk.filePath(u"libbroken.so"_s), noise));
        QVERIFY(writeFile(junk.filePath(u"libempty.so"_s), {}));
        QFile plugin(examplePluginFile());
        QVERIFY(plugin.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(junk.filePath(u"libtruncated.so"_s), plugin.read(1024)));
        QVERIFY(writeFile(junk.filePath(u"notes.txt"_s), "not a library, never tried"));
        // Another copy of the example plugin, in a folder read later: a second "textstats".
        QVERIFY(QFile::copy(examplePluginFile(), copies.filePath(u"libtextstats-copy.so"_s)));

        ToolPluginLoader loader;
        ToolRegistry registry;
        const QStringList folders {junk.path(), testModulesDir, examplePluginDir, copies.path(),
                                   junk.filePath(u"missing"_s)};
        QCOMPARE(loader.load(folders, registry), 1);

        QCOMPARE(loader.plugins().size(), 1);
        QCOMPARE(loader.plugins().first().name, u"textstats"_s);
        QCOMPARE(registry.names(), (QStringList {u"text_stats"_s, u"count_occurrences"_s}));
        QVERIFY(runThroughRunner(registry, u"text_stats"_s, {{u"text"_s, u"still works"_s}})
                    .text.contains(u"words: 2"_s));

        QHash<QString, QString> reasons;
        for (const ToolPluginLoader::Failure &failure : loader.failures()) {
            QVERIFY2(!reasons.contains(failure.fileName()), qPrintable(failure.fileName()));
            reasons.insert(failure.fileName(), failure.reason);
        }
        const QString reportText = [&] {
            QStringList lines;
            for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
                lines.append(it.key() + u": "_s + it.value());
            return lines.join(u'\n');
        }();
        qDebug().noquote() << "Reported:\n" << reportText;

        QList<std::pair<QString, QString>> expected {
            {u"libbroken.so"_s, u"not a Qt plugin"_s},
            {u"libempty.so"_s, u"not a Qt plugin"_s},
            {u"libtruncated.so"_s, u"not a Qt plugin"_s},
            {u"libtst_plainlibrary.so"_s, u"not a Qt plugin"_s},
            {u"libtst_notconfabplugin.so"_s,
             u"a Qt plugin of another kind (org.example.NotConfab/1)"_s},
            {u"libtst_futureplugin.so"_s,
             u"built for version 2 of Confab's tool plugin interface; this Confab loads "
             "version 1"_s},
            {u"libtst_unusableplugin.so"_s, u"the plugin \"unusable\" offers no usable tool"_s},
            {u"libtextstats-copy.so"_s, u"another plugin named \"textstats\" was already loaded"_s},
        };
#ifdef Q_OS_LINUX
        expected.append({u"libtst_missingsymbolplugin.so"_s, u"could not be loaded: "_s});
        QVERIFY2(reasons.value(u"libtst_missingsymbolplugin.so"_s).contains(u"confabMissingData"_s),
                 qPrintable(reasons.value(u"libtst_missingsymbolplugin.so"_s)));
#endif
        for (const auto &[file, reason] : expected) {
            QVERIFY2(reasons.contains(file), qPrintable(u"not reported: "_s + file));
            QVERIFY2(reasons.value(file).contains(reason),
                     qPrintable(file + u": "_s + reasons.value(file)));
        }
        QCOMPARE(reasons.size(), expected.size()); // notes.txt and the missing folder: nothing
        // Qt's reasons name the file, not the whole path again.
        QVERIFY2(reasons.value(u"libbroken.so"_s).contains(u"'libbroken.so'"_s),
                 qPrintable(reasons.value(u"libbroken.so"_s)));
        QVERIFY(!reasons.value(u"libbroken.so"_s).contains(junk.path()));

        // Why each tool of the unusable plugin was left out.
        const QString unusable = reasons.value(u"libtst_unusableplugin.so"_s);
        QVERIFY2(unusable.contains(u"\"has spaces!\" is not 1 to 64 letters"_s),
                 qPrintable(unusable));
        QVERIFY2(unusable.contains(u"string_schema are not a JSON Schema of type \"object\""_s),
                 qPrintable(unusable));
        QVERIFY2(unusable.contains(u"empty tool"_s), qPrintable(unusable));
    }

    void aMissingFileIsAFailure()
    {
        ToolPluginLoader loader;
        ToolRegistry registry;
        QVERIFY(!loader.loadFile(u"/nonexistent/libnothing.so"_s, registry));
        QCOMPARE(loader.failures().size(), 1);
        QCOMPARE(loader.failures().first().fileName(), u"libnothing.so"_s);
        QVERIFY(loader.failures().first().reason.contains(u"does not exist"_s));
    }

    void defaultFoldersAreTheAppsThenTheUsers()
    {
        const QStringList folders = ToolPluginLoader::defaultFolders();
        const QString app = QCoreApplication::applicationDirPath();
        QCOMPARE(folders.value(0), QDir::cleanPath(app + u"/../lib/confab/plugins"_s));
        QCOMPARE(folders.value(1), QDir::cleanPath(app + u"/plugins"_s));
        QVERIFY(folders.last().endsWith(u"/plugins"_s));
        QVERIFY(folders.last().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void theAdapterHearsOneAnswerAndIsCautious()
    {
        PluginTool twice(std::make_unique<AnswersTwice>(), u"tests"_s, nullptr);
        QVERIFY(twice.problem().isEmpty());
        QCOMPARE(twice.source(), u"tests"_s);
        QCOMPARE(twice.effect(), ToolEffect::RunsPrograms); // an effect it does not know
        QCOMPARE(twice.parameters().value(u"type"_s).toString(), u"object"_s);
        QList<ToolOutput> answers;
        twice.invoke({}, [&](const ToolOutput &output) { answers.append(output); });
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().text, u"first"_s);
        QVERIFY(!answers.first().isError);

        PluginTool throws(std::make_unique<Throws>(), u"tests"_s, nullptr);
        QCOMPARE(throws.effect(), ToolEffect::Network);
        answers.clear();
        throws.invoke({}, [&](const ToolOutput &output) { answers.append(output); });
        QCOMPARE(answers.size(), 1);
        QVERIFY(answers.first().isError);
        QCOMPARE(answers.first().text, u"throws failed: disk on fire"_s);
    }
};

QTEST_MAIN(TestToolPlugins)
#include "tst_toolplugins.moc"
