#include "accumulatorfixtures.h"
#include "chat/streamaccumulator.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// Tool calls built from streamed fragments: OpenAI, Ollama and Gemini styles, reused
// indices, merged extra_content and ids invented on finish.

namespace {

QJsonObject signature(const QString &value)
{
    return {{"google"_L1, QJsonObject {{"thought_signature"_L1, value}}}};
}

// "id name arguments" per call, to compare all of them at once.
QStringList summary(const QList<ToolCall> &calls)
{
    QStringList lines;
    for (const ToolCall &call : calls)
        lines << call.id + u' ' + call.name + u' ' + call.arguments;
    return lines;
}

} // namespace

class TestStreamAccumulatorToolCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiParallelCallsInterleaved_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("indices 0 and 1") << 0 << 1;
        QTest::newRow("sparse 0 and 5") << 0 << 5;
        QTest::newRow("sparse 5 and 0") << 5 << 0;
    }

    void openAiParallelCallsInterleaved()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        Stream stream;
        QCOMPARE(stream.tools({fragment(first, u"call_a"_s, u"get_weather"_s, {})}, 10),
                 M::ToolCallsField | M::StateField);
        const QList<QList<ToolCallFragment>> rest {
            {fragment(second, u"call_b"_s, u"get_time"_s, {})},
            {fragment(first, {}, {}, u"{\"ci"_s)},
            {fragment(second, {}, {}, u"{\"tz\":"_s)},
            {fragment(second, {}, {}, u"\"UTC\"}"_s), fragment(first, {}, {}, u"ty\":\"Oslo\"}"_s)},
        };
        for (const QList<ToolCallFragment> &fragments : rest)
            QCOMPARE(stream.tools(fragments, 20), Fields(M::ToolCallsField));
        QCOMPARE(stream.finishReason(u"tool_calls"_s, 30), Fields(M::FinishReasonField));
        QCOMPARE(stream.finish(40), Fields(M::TimingsField)); // the ids are kept

        const QList<ToolCall> &calls = stream.message.toolCalls;
        QCOMPARE(summary(calls),
                 (QStringList {u"call_a get_weather {\"city\":\"Oslo\"}"_s,
                               u"call_b get_time {\"tz\":\"UTC\"}"_s}));
        QCOMPARE(calls.at(0).type, u"function"_s);
        QVERIFY(calls.at(0).hasValidArguments() && calls.at(1).hasValidArguments());
        QCOMPARE(stream.message.finishReason, u"tool_calls"_s);
        QVERIFY(stream.message.content.isEmpty());
    }

    void ollamaWholeCallsAndRepeatedIds()
    {
        Stream ollama; // each call whole, in a chunk of its own
        ollama.tools({fragment(0, u"call_x"_s, u"add"_s, u"{\"a\":1,\"b\":2}"_s)}, 10);
        ollama.tools({fragment(1, u"call_y"_s, u"mul"_s, u"{\"a\":3}"_s)}, 20);
        QCOMPARE(summary(ollama.message.toolCalls),
                 (QStringList {u"call_x add {\"a\":1,\"b\":2}"_s, u"call_y mul {\"a\":3}"_s}));

        Stream repeated; // id and name repeated in every fragment of one call
        repeated.tools({fragment(0, u"call_1"_s, u"f"_s, u"{\"a\""_s)}, 10);
        repeated.tools({fragment(0, u"call_1"_s, u"f"_s, u":1}"_s)}, 20);
        QCOMPARE(summary(repeated.message.toolCalls), QStringList {u"call_1 f {\"a\":1}"_s});
    }

    void reusedIndexZeroWithNewIdsMakesSeparateCalls()
    {
        Stream stream;
        const QStringList ids {u"a1"_s, u"b2"_s, u"c3"_s};
        for (const QString &id : ids) {
            const Fields expected
                = id == ids.first() ? M::ToolCallsField | M::StateField : Fields(M::ToolCallsField);
            QCOMPARE(stream.tools({fragment(0, id, "fn_"_L1 + id, u"{\"n\":"_s)}, 10), expected);
        }
        // A later fragment without an id continues the newest call on that index.
        stream.tools({fragment(0, {}, {}, u"3}"_s)}, 20);
        QCOMPARE(
            summary(stream.message.toolCalls),
            (QStringList {u"a1 fn_a1 {\"n\":"_s, u"b2 fn_b2 {\"n\":"_s, u"c3 fn_c3 {\"n\":3}"_s}));
    }

    void geminiWholeCallsWithoutIndex()
    {
        Stream stream;
        stream.tools({fragment(-1, u"g1"_s, u"a"_s, u"{}"_s, signature(u"s1"_s)),
                      fragment(-1, u"g2"_s, u"b"_s, u"{\"x\":1}"_s, signature(u"s2"_s))},
                     10);
        // Gemini may say "stop" although it called tools: the calls are kept all the same.
        stream.finishReason(u"stop"_s, 20);
        stream.finish(30);
        const QList<ToolCall> &calls = stream.message.toolCalls;
        QCOMPARE(summary(calls), (QStringList {u"g1 a {}"_s, u"g2 b {\"x\":1}"_s}));
        QCOMPARE(calls.at(0).extraContent, signature(u"s1"_s));
        QCOMPARE(calls.at(1).extraContent, signature(u"s2"_s));
        QCOMPARE(stream.message.finishReason, u"stop"_s);
    }

    void geminiCallSplitOverIndexlessDeltas()
    {
        Stream stream;
        stream.tools({fragment(-1, u"g1"_s, u"search"_s, u"{\"q\""_s, signature(u"s"_s))}, 10);
        stream.tools({fragment(-1, {}, {}, u":\"qt\"}"_s, {{"other"_L1, 1}})}, 20);
        stream.tools({fragment(-1, u"g1"_s, {}, {}, {{"other"_L1, 2}})}, 25);
        stream.tools({fragment(-1, u"g2"_s, u"open"_s, u"{}"_s)}, 30);
        const QList<ToolCall> &calls = stream.message.toolCalls;
        QCOMPARE(summary(calls), (QStringList {u"g1 search {\"q\":\"qt\"}"_s, u"g2 open {}"_s}));
        QJsonObject merged = signature(u"s"_s);
        merged.insert("other"_L1, 2); // merged, and the later value wins
        QCOMPARE(calls.at(0).extraContent, merged);
        QVERIFY(calls.at(1).extraContent.isEmpty());
    }

    void callsWithoutIdGetNineCharacterIdsOnFinish()
    {
        Stream stream;
        stream.tools({fragment(0, {}, u"a"_s, u"{}"_s), fragment(1, u"keep_me"_s, u"b"_s, {}),
                      fragment(2, {}, u"c"_s, u"{}"_s)},
                     10);
        const QList<ToolCall> &calls = stream.message.toolCalls;
        QVERIFY(calls.at(0).id.isEmpty()); // only finish() invents ids
        QCOMPARE(stream.finish(20), M::ToolCallsField | M::TimingsField);
        QCOMPARE(calls.size(), 3);
        const QRegularExpression shape(u"^[A-Za-z0-9]{9}$"_s);
        QVERIFY2(shape.match(calls.at(0).id).hasMatch(), qPrintable(calls.at(0).id));
        QVERIFY2(shape.match(calls.at(2).id).hasMatch(), qPrintable(calls.at(2).id));
        QVERIFY(calls.at(0).id != calls.at(2).id);
        QCOMPARE(calls.at(1).id, u"keep_me"_s);
    }
};

QTEST_GUILESS_MAIN(TestStreamAccumulatorToolCalls)
#include "tst_streamaccumulator_toolcalls.moc"
