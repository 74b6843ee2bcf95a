#include "render/markdownblocks.h"

#include <QTest>

using Type = MarkdownBlock::Type;

namespace {

QList<MarkdownBlock> split(const QString &text)
{
    MarkdownBlocks blocks;
    blocks.setText(text);
    return blocks.blocks();
}

QString describe(const QList<MarkdownBlock> &blocks)
{
    QString out;
    for (const MarkdownBlock &block : blocks) {
        out += QString::number(int(block.type)) + u' ' + QString::number(block.level) + u' '
            + block.language + (block.complete ? u" complete " : u" open ") + u'[' + block.text
            + u"]\n";
    }
    return out;
}

// Applies a Change to the previous list the way a list model would.
QList<MarkdownBlock> applied(QList<MarkdownBlock> previous, const MarkdownBlocks::Change &change,
                             const QList<MarkdownBlock> &current)
{
    previous.remove(change.first, change.removed);
    for (int i = 0; i < change.inserted; ++i)
        previous.insert(change.first + i, current.at(change.first + i));
    return previous;
}

const QString mixedMessage
    = QStringLiteral("# Setting up\n\nFirst install the tools:\n\n- cmake\n- ninja\n  (or make)\n\n"
                     "  indented detail\n- qt6-base-dev\n\nThen:\n\n1. Configure\n2) Build\n\n"
                     "```bash\ncmake --preset default\n\ncmake --build build\n```\n"
                     "> Note: quotes\n> span lines\n\n---\n\n| Tool | Version |\n|---|:--:|\n"
                     "| cmake | 3.25 |\n| qt | 6.4 |\n\nDone.\n");

const QString cjkMessage = QStringLiteral(
    "## \u4f60\u597d\u4e16\u754c \U0001F600\n\u8fd9\u662f\u4e00\u4e2a\u6bb5\u843d\u3002\n"
    "\u7b2c\u4e8c\u884c \U0001F680\U0001F680\n\n* \u9879\u76ee\u4e00\n* \U0001F34E\n\n"
    "~~~~python extra\nprint(\"\u65e5\u672c\u8a9e\")\n~~~\nstill code\n~~~~\n"
    "Text right after \U0001F389\n");

const QString tightMessage
    = QStringLiteral("Intro line\n### Heading under text\nSome text\n- item under text\n- second\n"
                     "Lazy line\n```\ncode after list\n```\nText | with pipe\n---|---\nrow | 1\n"
                     "no pipe ends table\n> quote\nafter quote\n***\n___\n#Not a heading\n"
                     "2. not a list here\n\n\n   \n\n   - spaced item\n\n    deep\n\n\nend");

const QString crlfMessage = QStringLiteral(
    "Para one\r\n\r\n- a\r\n- b\r\n\r\n```c\r\nint x;\r\n```\r\n| a | b |\r\n| - | - |\r\n"
    "| 1 | 2 |\r\n\r\nLast");

const QString unclosedMessage
    = QStringLiteral("Look:\n\n```python\ndef f():\n\n    return 1\n\n# not a heading\n");

} // namespace

class TestMarkdownBlocks : public QObject
{
    Q_OBJECT

private slots:
    void splitsEachBlockType();
    void headingLevels();
    void codeLanguage_data();
    void codeLanguage();
    void closingFenceMustMatch();
    void unclosedFenceWhileStreaming();
    void lastBlockCompleteness_data();
    void lastBlockCompleteness();
    void listContinuation();
    void tableNeedsDelimiterRow();
    void streamingMatchesWholeText_data();
    void streamingMatchesWholeText();
    void streamingInChunksOfEveryLength();
    void appendKeepsEarlierBlocks();
    void appendInPiecesMatchesWholeText();
    void editSplitsAgain();
    void sameTextChangesNothing();
};

void TestMarkdownBlocks::splitsEachBlockType()
{
    const auto blocks = split(mixedMessage);
    const QList<Type> types {Type::Heading, Type::Paragraph, Type::List,  Type::Paragraph,
                             Type::List,    Type::Code,      Type::Quote, Type::Rule,
                             Type::Table,   Type::Paragraph};
    QCOMPARE(blocks.size(), types.size());
    for (qsizetype i = 0; i < blocks.size(); ++i)
        QCOMPARE(blocks.at(i).type, types.at(i));
    QCOMPARE(blocks.at(0).text, QStringLiteral("# Setting up"));
    QCOMPARE(blocks.at(0).level, 1);
    QCOMPARE(blocks.at(2).text,
             QStringLiteral("- cmake\n- ninja\n  (or make)\n\n  indented detail\n- qt6-base-dev"));
    QCOMPARE(blocks.at(4).text, QStringLiteral("1. Configure\n2) Build"));
    QCOMPARE(blocks.at(5).text, QStringLiteral("cmake --preset default\n\ncmake --build build"));
    QCOMPARE(blocks.at(5).language, QStringLiteral("bash"));
    QCOMPARE(blocks.at(6).text, QStringLiteral("> Note: quotes\n> span lines"));
    QCOMPARE(blocks.at(7).text, QStringLiteral("---"));
    QCOMPARE(blocks.at(8).text,
             QStringLiteral("| Tool | Version |\n|---|:--:|\n| cmake | 3.25 |\n| qt | 6.4 |"));
    QCOMPARE(blocks.at(9).text, QStringLiteral("Done."));
    for (qsizetype i = 0; i + 1 < blocks.size(); ++i)
        QVERIFY(blocks.at(i).complete);
    QVERIFY(!blocks.last().complete); // no blank line after it yet
}

void TestMarkdownBlocks::headingLevels()
{
    const auto blocks = split(QStringLiteral(
        "# a\n## b\n### c\n#### d\n##### e\n###### f\n####### g\n#h\n   # i\n    # j"));
    QCOMPARE(blocks.size(), 9);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(blocks.at(i).type, Type::Heading);
        QCOMPARE(blocks.at(i).level, i + 1);
    }
    QCOMPARE(blocks.at(6).type, Type::Paragraph);
    QCOMPARE(blocks.at(6).text, QStringLiteral("####### g\n#h"));
    QCOMPARE(blocks.at(7).type, Type::Heading);
    QCOMPARE(blocks.at(7).text, QStringLiteral("   # i"));
    QCOMPARE(blocks.at(8).type, Type::Paragraph); // four spaces: not a heading
}

void TestMarkdownBlocks::codeLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << QStringLiteral("```\nx\n```\n") << QString() << QStringLiteral("x");
    QTest::newRow("word") << QStringLiteral("```cpp\nint a;\n```\n") << QStringLiteral("cpp")
                          << QStringLiteral("int a;");
    QTest::newRow("first word") << QStringLiteral("~~~ python title=\"a.py\"\npass\n~~~\n")
                                << QStringLiteral("python") << QStringLiteral("pass");
    QTest::newRow("empty code") << QStringLiteral("```json\n```\n") << QStringLiteral("json")
                                << QString();
    QTest::newRow("indented fence") << QStringLiteral("   ````rust\nfn main() {}\n   ````\n")
                                    << QStringLiteral("rust") << QStringLiteral("fn main() {}");
}

void TestMarkdownBlocks::codeLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, code);
    const auto blocks = split(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.at(0).type, Type::Code);
    QCOMPARE(blocks.at(0).language, language);
    QCOMPARE(blocks.at(0).text, code);
    QVERIFY(blocks.at(0).complete);
}

void TestMarkdownBlocks::closingFenceMustMatch()
{
    const auto blocks = split(QStringLiteral("````\n```\n~~~~\n`````  \nafter\n"));
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).text, QStringLiteral("```\n~~~~"));
    QVERIFY(blocks.at(0).complete);
    QCOMPARE(blocks.at(1).type, Type::Paragraph);
    QCOMPARE(blocks.at(1).text, QStringLiteral("after"));
}

void TestMarkdownBlocks::unclosedFenceWhileStreaming()
{
    MarkdownBlocks blocks;
    blocks.setText(QStringLiteral("Intro\n\n```py"));
    QCOMPARE(blocks.blocks().size(), 2);
    QVERIFY(blocks.blocks().at(0).complete);
    QCOMPARE(blocks.blocks().at(1).type, Type::Code);
    QCOMPARE(blocks.blocks().at(1).language, QStringLiteral("py"));
    QVERIFY(!blocks.blocks().at(1).complete);

    blocks.setText(QStringLiteral("Intro\n\n```python\nx = 1\n\n\ny = 2\n"));
    QCOMPARE(blocks.blocks().size(), 2);
    QCOMPARE(blocks.blocks().at(1).language, QStringLiteral("python"));
    QCOMPARE(blocks.blocks().at(1).text, QStringLiteral("x = 1\n\n\ny = 2"));
    QVERIFY(!blocks.blocks().at(1).complete);

    blocks.setText(QStringLiteral("Intro\n\n```python\nx = 1\n\n\ny = 2\n```"));
    QCOMPARE(blocks.blocks().at(1).text, QStringLiteral("x = 1\n\n\ny = 2"));
    QVERIFY(!blocks.blocks().at(1).complete); // the fence line may still grow

    const auto change
        = blocks.setText(QStringLiteral("Intro\n\n```python\nx = 1\n\n\ny = 2\n```\n"));
    QCOMPARE(change.first, 1);
    QCOMPARE(change.removed, 1);
    QCOMPARE(change.inserted, 1);
    QVERIFY(blocks.blocks().at(1).complete);
}

void TestMarkdownBlocks::lastBlockCompleteness_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("complete");
    QTest::newRow("paragraph open") << QStringLiteral("Hello\n") << false;
    QTest::newRow("paragraph done") << QStringLiteral("Hello\n\n") << true;
    QTest::newRow("paragraph blank streaming") << QStringLiteral("Hello\n  ") << false;
    QTest::newRow("heading open") << QStringLiteral("# Hi\n") << false;
    QTest::newRow("heading done") << QStringLiteral("# Hi\n \n") << true;
    QTest::newRow("quote done") << QStringLiteral("> q\n\n") << true;
    QTest::newRow("table done") << QStringLiteral("a|b\n-|-\n\n") << true;
    QTest::newRow("rule done") << QStringLiteral("***\n\n") << true;
    QTest::newRow("list never alone") << QStringLiteral("- a\n\n\n") << false;
    QTest::newRow("code closed") << QStringLiteral("```\nx\n```\n") << true;
    QTest::newRow("code fence streaming") << QStringLiteral("```\nx\n```") << false;
}

void TestMarkdownBlocks::lastBlockCompleteness()
{
    QFETCH(QString, text);
    QFETCH(bool, complete);
    const auto blocks = split(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.last().complete, complete);
}

void TestMarkdownBlocks::listContinuation()
{
    const auto blocks = split(QStringLiteral(
        "- one\n\n- two\n\n  more two\n- three\nlazy\n\nNot in list\n\n+ plus\n# Head\n"));
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).type, Type::List);
    QCOMPARE(blocks.at(0).text, QStringLiteral("- one\n\n- two\n\n  more two\n- three\nlazy"));
    QCOMPARE(blocks.at(1).type, Type::Paragraph);
    QCOMPARE(blocks.at(2).type, Type::List);
    QCOMPARE(blocks.at(2).text, QStringLiteral("+ plus"));
    QCOMPARE(blocks.at(3).type, Type::Heading);
}

void TestMarkdownBlocks::tableNeedsDelimiterRow()
{
    const auto blocks = split(QStringLiteral(
        "a | b\nc | d\n\nIntro\n| x | y |\n| :- | -: |\n| 1 | 2 |\nafter\n\n| p |\n|---|---|\n"));
    QCOMPARE(blocks.size(), 5);
    QCOMPARE(blocks.at(0).type, Type::Paragraph);
    QCOMPARE(blocks.at(1).type, Type::Paragraph);
    QCOMPARE(blocks.at(1).text, QStringLiteral("Intro"));
    QCOMPARE(blocks.at(2).type, Type::Table);
    QCOMPARE(blocks.at(2).text, QStringLiteral("| x | y |\n| :- | -: |\n| 1 | 2 |"));
    QCOMPARE(blocks.at(3).text, QStringLiteral("after"));
    QCOMPARE(blocks.at(4).type, Type::Paragraph); // cell counts differ
}

void TestMarkdownBlocks::streamingMatchesWholeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed") << mixedMessage;
    QTest::newRow("cjk and emoji") << cjkMessage;
    QTest::newRow("tight") << tightMessage;
    QTest::newRow("crlf") << crlfMessage;
    QTest::newRow("unclosed fence") << unclosedMessage;
    QTest::newRow("tricky table") << QStringLiteral(
        "a | b\n- | -\n\nx | y\n- x\n\n- a\n\n- | -\n1\n\n1. a\n\n12\n");
}

// The key property: feeding every prefix gives the same blocks as the whole text, a
// block reported complete never changes, and each Change reproduces the new list.
void TestMarkdownBlocks::streamingMatchesWholeText()
{
    QFETCH(QString, text);
    MarkdownBlocks streaming;
    QList<MarkdownBlock> previous;
    for (qsizetype length = 1; length <= text.size(); ++length) {
        const QString prefix = text.first(length);
        const auto change = streaming.setText(prefix);
        const auto &current = streaming.blocks();
        QCOMPARE(describe(applied(previous, change, current)), describe(current));
        for (qsizetype i = 0; i < previous.size(); ++i) {
            if (previous.at(i).complete) {
                QVERIFY2(i < current.size() && current.at(i) == previous.at(i), qPrintable(prefix));
            }
        }
        for (qsizetype i = 0; i + 1 < current.size(); ++i)
            QVERIFY(current.at(i).complete);
        QCOMPARE(describe(current), describe(split(prefix)));
        previous = current;
    }
    QCOMPARE(describe(streaming.blocks()), describe(split(text)));
}

void TestMarkdownBlocks::streamingInChunksOfEveryLength()
{
    const QString text = mixedMessage + cjkMessage + tightMessage;
    const QString whole = describe(split(text));
    for (qsizetype step = 2; step < 40; ++step) {
        MarkdownBlocks streaming;
        for (qsizetype length = step; length < text.size() + step; length += step)
            streaming.setText(text.first(std::min(length, text.size())));
        QCOMPARE(describe(streaming.blocks()), whole);
    }
}

// append() is the streaming path: it must agree with setText on every prefix, and each
// Change must reproduce the new list from the old one.
void TestMarkdownBlocks::appendInPiecesMatchesWholeText()
{
    const QString text = mixedMessage + cjkMessage + tightMessage;
    const QString whole = describe(split(text));
    for (qsizetype step = 1; step < 24; ++step) {
        MarkdownBlocks streaming;
        QList<MarkdownBlock> previous;
        for (qsizetype at = 0; at < text.size(); at += step) {
            const auto change = streaming.append(
                QStringView(text).sliced(at).first(std::min(step, text.size() - at)));
            QCOMPARE(describe(applied(previous, change, streaming.blocks())),
                     describe(streaming.blocks()));
            previous = streaming.blocks();
        }
        QCOMPARE(streaming.text(), text);
        QCOMPARE(describe(streaming.blocks()), whole);
    }
    MarkdownBlocks nothingMore;
    nothingMore.setText(QStringLiteral("Para"));
    const auto change = nothingMore.append({});
    QCOMPARE(change.removed + change.inserted, 0);
}

void TestMarkdownBlocks::appendKeepsEarlierBlocks()
{
    MarkdownBlocks blocks;
    blocks.setText(QStringLiteral("# Title\n\nFirst para"));
    const auto change = blocks.setText(QStringLiteral("# Title\n\nFirst paragraph\n\nSecond"));
    QCOMPARE(change.first, 1);
    QCOMPARE(change.removed, 1);
    QCOMPARE(change.inserted, 2);
    QCOMPARE(blocks.blocks().size(), 3);

    // The last block is complete: an append only adds after it.
    const auto more = blocks.setText(QStringLiteral("# Title\n\nFirst paragraph\n\nSecond\n\n"));
    QCOMPARE(more.first, 2);
    QCOMPARE(more.removed, 1);
    QCOMPARE(more.inserted, 1);
    const auto after
        = blocks.setText(QStringLiteral("# Title\n\nFirst paragraph\n\nSecond\n\nThird"));
    QCOMPARE(after.first, 3);
    QCOMPARE(after.removed, 0);
    QCOMPARE(after.inserted, 1);
}

void TestMarkdownBlocks::editSplitsAgain()
{
    MarkdownBlocks blocks;
    blocks.setText(QStringLiteral("# Title\n\nBody\n\n- a\n- b\n"));
    QCOMPARE(blocks.blocks().size(), 3);
    const auto change = blocks.setText(QStringLiteral("Title\n\nBody\n\n- a\n- b\n"));
    QCOMPARE(change.first, 0);
    QCOMPARE(change.removed, 3);
    QCOMPARE(change.inserted, 3);
    QCOMPARE(blocks.blocks().at(0).type, Type::Paragraph);
    QCOMPARE(describe(blocks.blocks()),
             describe(split(QStringLiteral("Title\n\nBody\n\n- a\n- b\n"))));

    const auto cleared = blocks.setText(QString());
    QCOMPARE(cleared.first, 0);
    QCOMPARE(cleared.removed, 3);
    QCOMPARE(cleared.inserted, 0);
    QVERIFY(blocks.blocks().isEmpty());
}

void TestMarkdownBlocks::sameTextChangesNothing()
{
    MarkdownBlocks blocks;
    blocks.setText(QStringLiteral("a\n\nb"));
    const auto change = blocks.setText(QStringLiteral("a\n\nb"));
    QCOMPARE(change.first, 2);
    QCOMPARE(change.removed, 0);
    QCOMPARE(change.inserted, 0);
}

QTEST_GUILESS_MAIN(TestMarkdownBlocks)
#include "tst_markdownblocks.moc"
