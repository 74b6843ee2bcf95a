#include "tools/argumentcheck.h"
#include "tools/calculatortool.h"
#include "tools/currenttimetool.h"
#include "tools/filetools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The output of a tool that answers at once, as the runner would receive it.
ToolOutput run(Tool &tool, const QJsonObject &arguments)
{
    ToolOutput output {u"(no answer)"_s, true};
    int calls = 0;
    tool.invoke(arguments, [&](const ToolOutput &result) {
        output = result;
        ++calls;
    });
    if (calls != 1)
        return {u"answered %1 times"_s.arg(calls), true};
    return output;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// The built-in tools on real files: the calculator (muparser), the clock, and the file
// tools that read only inside the folders the person shared.
class TestBuiltinTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir root(m_dir.path());
        QVERIFY(root.mkpath(u"shared/sub"_s));
        QVERIFY(root.mkpath(u"outside"_s));
        QVERIFY(writeFile(root.filePath(u"shared/notes.txt"_s), "Milk, eggs, 東京 🚅\n"));
        QVERIFY(writeFile(root.filePath(u"shared/sub/deep.txt"_s), "deep"));
        QVERIFY(writeFile(root.filePath(u"shared/image.bin"_s), QByteArray("PNG\0\1\2", 6)));
        QVERIFY(writeFile(root.filePath(u"shared/big.txt"_s),
                          QByteArray(ReadTextFileTool::maxBytes + 10, 'x')));
        QVERIFY(writeFile(root.filePath(u"outside/secret.txt"_s), "the secret"));
        QVERIFY(QFile::link(root.filePath(u"outside/secret.txt"_s),
                            root.filePath(u"shared/link-to-secret.txt"_s)));
        QVERIFY(QFile::link(root.filePath(u"outside"_s), root.filePath(u"shared/link-out"_s)));
        QVERIFY(QFile::link(root.filePath(u"shared/notes.txt"_s),
                            root.filePath(u"shared/link-inside.txt"_s)));
        m_folders = std::make_shared<GrantedFolders>();
        QVERIFY(m_folders->grant(root.filePath(u"shared"_s)));
        QVERIFY(!m_folders->grant(root.filePath(u"missing"_s)));
    }

    void calculator_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QTest::newRow("precedence") << u"(2^10 - 24) / 4"_s << u"250"_s;
        QTest::newRow("functions") << u"sqrt(16) + sin(0) + abs(-2)"_s << u"6"_s;
        QTest::newRow("pi") << u"pi"_s << u"3.14159265358979"_s;
        QTest::newRow("e") << u"ln(e^2)"_s << u"2"_s;
        QTest::newRow("fraction") << u"1/3"_s << u"0.333333333333333"_s;
        QTest::newRow("large") << u"2^60"_s << u"1.15292150460685e+18"_s;
    }

    void calculator()
    {
        QFETCH(QString, expression);
        QFETCH(QString, value);
        CalculatorTool tool;
        const ToolOutput output = run(tool, {{u"expression"_s, expression}});
        QVERIFY2(!output.isError, qPrintable(output.text));
        QCOMPARE(output.text, value);
    }

    void calculatorErrorsAreWords_data()
    {
        QTest::addColumn<QJsonObject>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QJsonObject {{u"expression"_s, u"2 +* 3"_s}}
                                << u"Cannot evaluate"_s;
        QTest::newRow("unknown name")
            << QJsonObject {{u"expression"_s, u"system(1)"_s}} << u"Cannot evaluate"_s;
        QTest::newRow("division by zero")
            << QJsonObject {{u"expression"_s, u"1/0"_s}} << u"infinite"_s;
        QTest::newRow("nan") << QJsonObject {{u"expression"_s, u"sqrt(-1)"_s}} << u"NaN"_s;
        QTest::newRow("empty") << QJsonObject {{u"expression"_s, u" "_s}} << u"empty"_s;
        QTest::newRow("not a string") << QJsonObject {{u"expression"_s, 42}} << u"as a string"_s;
        QTest::newRow("too long") << QJsonObject {{u"expression"_s,
                                                   QString(u"1+"_s.repeated(600) + u"1"_s)}}
                                  << u"longer"_s;
    }

    void calculatorErrorsAreWords()
    {
        QFETCH(QJsonObject, arguments);
        QFETCH(QString, error);
        CalculatorTool tool;
        const ToolOutput output = run(tool, arguments);
        QVERIFY(output.isError);
        QVERIFY2(output.text.contains(error), qPrintable(output.text));
    }

    void currentTime()
    {
        const QDateTime when(QDate(2026, 6, 1), QTime(9, 30), QTimeZone("Asia/Tokyo"));
        CurrentTimeTool tool([when] { return when; });
        QCOMPARE(run(tool, {}).text, u"2026-06-01T09:30:00+09:00 (Asia/Tokyo, Monday)"_s);
        QCOMPARE(tool.effect(), ToolEffect::ReadOnly);
        // Elsewhere: the same moment in another zone.
        QCOMPARE(run(tool, {{u"timezone"_s, u"Europe/Paris"_s}}).text,
                 u"2026-06-01T02:30:00+02:00 (Europe/Paris, Monday)"_s);
        const ToolOutput unknown = run(tool, {{u"timezone"_s, u"Mars/Olympus"_s}});
        QVERIFY(unknown.isError);
        QVERIFY2(unknown.text.contains(u"Mars/Olympus"_s), qPrintable(unknown.text));
    }

    // Arguments are checked against the tool's schema before anything runs; what does not
    // fit is said in words the model can act on, and keywords the check does not know
    // never refuse a call.
    void argumentsAreCheckedAgainstTheSchema_data()
    {
        const QJsonObject schema = QJsonDocument::fromJson(R"({
            "type": "object",
            "properties": {
                "path": {"type": "string", "minLength": 1},
                "count": {"type": "integer", "minimum": 1, "maximum": 10},
                "mode": {"enum": ["fast", "careful"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "when": {"type": ["string", "null"]},
                "deep": {"type": "object", "properties": {"x": {"type": "number"}},
                         "required": ["x"]},
                "fancy": {"oneOf": [{"type": "string"}, {"type": "number"}]}
            },
            "required": ["path"],
            "additionalProperties": false
        })")
                                       .object();
        QTest::addColumn<QJsonObject>("schema");
        QTest::addColumn<QByteArray>("arguments");
        QTest::addColumn<QString>("problem"); // empty: fits
        const auto row
            = [&](const char *name, const QByteArray &arguments, const QString &problem) {
                  QTest::newRow(name) << schema << arguments << problem;
              };
        row("fits", R"({"path": "a", "count": 3, "mode": "fast", "tags": ["x"], "when": null,
                        "deep": {"x": 1.5}, "fancy": [1]})",
            {});
        row("missing required", R"({"count": 3})", u"\"path\" is required."_s);
        row("wrong type", R"({"path": 7})", u"\"path\" must be of type string."_s);
        row("not an integer", R"({"path": "a", "count": 2.5})",
            u"\"count\" must be of type integer."_s);
        row("too small", R"({"path": "a", "count": 0})", u"\"count\" must be at least 1."_s);
        row("too short", R"({"path": ""})", u"\"path\" must have at least 1 characters."_s);
        row("not in enum", R"({"path": "a", "mode": "slow"})",
            u"\"mode\" must be one of \"fast\", \"careful\"."_s);
        row("array item", R"({"path": "a", "tags": ["x", 2]})",
            u"\"tags[1]\" must be of type string."_s);
        row("nested required", R"({"path": "a", "deep": {}})", u"\"deep.x\" is required."_s);
        row("unknown argument", R"({"path": "a", "colour": "red"})",
            u"\"colour\" is not an argument of this tool"_s);
        QTest::newRow("no schema at all")
            << QJsonObject() << QByteArray(R"({"any": 1})") << QString();
    }

    void argumentsAreCheckedAgainstTheSchema()
    {
        QFETCH(QJsonObject, schema);
        QFETCH(QByteArray, arguments);
        QFETCH(QString, problem);
        const QString found
            = ArgumentCheck::problems(QJsonDocument::fromJson(arguments).object(), schema);
        if (problem.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.startsWith(problem), qPrintable(found));
    }

    void readsInsideTheSharedFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::newRow("relative") << u"notes.txt"_s << u"Milk, eggs, 東京 🚅\n"_s;
        QTest::newRow("sub folder") << u"sub/deep.txt"_s << u"deep"_s;
        QTest::newRow("dot dot that stays inside") << u"sub/../sub/deep.txt"_s << u"deep"_s;
        QTest::newRow("a link inside") << u"link-inside.txt"_s << u"Milk, eggs, 東京 🚅\n"_s;
    }

    void readsInsideTheSharedFolder()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        ReadTextFileTool tool(m_folders);
        const ToolOutput output = run(tool, {{u"path"_s, path}});
        QVERIFY2(!output.isError, qPrintable(output.text));
        QCOMPARE(output.text, text);
        // And by its absolute path.
        QCOMPARE(run(tool, {{u"path"_s, m_dir.filePath(u"shared/"_s + path)}}).text, text);
    }

    void nothingOutsideIsReached_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dot dot") << u"../outside/secret.txt"_s;
        QTest::newRow("dot dot deeper") << u"sub/../../outside/secret.txt"_s;
        QTest::newRow("absolute") << m_dir.filePath(u"outside/secret.txt"_s);
        QTest::newRow("a link to a file outside") << u"link-to-secret.txt"_s;
        QTest::newRow("through a linked folder") << u"link-out/secret.txt"_s;
        QTest::newRow("the root") << u"/etc/passwd"_s;
        QTest::newRow("home") << u"~/.bashrc"_s;
    }

    void nothingOutsideIsReached()
    {
        QFETCH(QString, path);
        ReadTextFileTool read(m_folders);
        const ToolOutput output = run(read, {{u"path"_s, path}});
        QVERIFY(output.isError);
        QVERIFY2(!output.text.contains(u"the secret"_s), qPrintable(output.text));
        QVERIFY2(output.text.contains(u"outside the folders shared"_s)
                     || output.text.contains(u"does not exist"_s),
                 qPrintable(output.text));
    }

    void filesThatAreNotTextOrTooBig()
    {
        ReadTextFileTool tool(m_folders);
        ToolOutput output = run(tool, {{u"path"_s, u"image.bin"_s}});
        QVERIFY(output.isError);
        QVERIFY(output.text.contains(u"not a text file"_s));
        output = run(tool, {{u"path"_s, u"big.txt"_s}});
        QVERIFY(!output.isError);
        QVERIFY(output.text.startsWith(u"xxxx"_s));
        QVERIFY(output.text.endsWith(u"larger than 262144 bytes]"_s));
        QVERIFY(output.text.size() < ReadTextFileTool::maxBytes + 100);
        QVERIFY(run(tool, {{u"path"_s, u"sub"_s}}).text.contains(u"is not a file"_s));
        QVERIFY(run(tool, {{u"path"_s, u"missing.txt"_s}}).text.contains(u"does not exist"_s));
        QVERIFY(run(tool, {}).text.contains(u"as a string"_s));
    }

    void listsTheSharedFolder()
    {
        ListFolderTool tool(m_folders);
        const ToolOutput output = run(tool, {{u"path"_s, u"."_s}});
        QVERIFY2(!output.isError, qPrintable(output.text));
        const QStringList lines = output.text.split(u'\n');
        QCOMPARE(lines.value(0), u"link-out/"_s); // folders first
        QVERIFY(lines.contains(u"sub/"_s));
        QVERIFY(lines.contains(u"notes.txt (24 bytes)"_s));
        QVERIFY(run(tool, {{u"path"_s, u"link-out"_s}}).isError); // a folder outside
        QVERIFY(run(tool, {{u"path"_s, u".."_s}}).isError);
        QVERIFY(run(tool, {{u"path"_s, m_dir.filePath(u"outside"_s)}}).isError);
        QVERIFY(run(tool, {{u"path"_s, u"/"_s}}).isError);
        QVERIFY(run(tool, {{u"path"_s, u"notes.txt"_s}}).text.contains(u"is not a folder"_s));
    }

    void nothingSharedNothingRead()
    {
        ReadTextFileTool tool(std::make_shared<GrantedFolders>());
        const ToolOutput output = run(tool, {{u"path"_s, m_dir.filePath(u"shared/notes.txt"_s)}});
        QVERIFY(output.isError);
        QVERIFY(output.text.contains(u"No folder is shared"_s));
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<GrantedFolders> m_folders;
};

QTEST_GUILESS_MAIN(TestBuiltinTools)
#include "tst_builtintools.moc"
