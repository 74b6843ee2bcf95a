#include "chat/streamaccumulator.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using M = Message;
using Fields = Message::Fields;

ChatDelta contentDelta(const QString &text, int choice = 0)
{
    ChatDelta delta;
    delta.choices.append(ChoiceDelta());
    delta.choices.first().index = choice;
    delta.choices.first().content = text;
    return delta;
}

ToolCallFragment fragment(int index, const QString &id, const QString &name,
                          const QString &arguments, const QJsonObject &extra = {})
{
    ToolCallFragment piece;
    piece.index = index;
    piece.id = id;
    piece.type = id.isEmpty() ? QString() : u"function"_s;
    piece.name = name;
    piece.arguments = arguments;
    piece.extraContent = extra;
    return piece;
}

QJsonObject signature(const QString &value)
{
    return {{"google"_L1, QJsonObject {{"thought_signature"_L1, value}}}};
}

// One accumulator and the message it fills, as ChatSession holds them.
struct Stream
{
    explicit Stream(int choice = 0)
        : accumulator(choice)
    {
        message.state = M::State::Pending;
    }

    Fields apply(const ChatDelta &delta, qint64 now)
    {
        return accumulator.apply(message, delta, now);
    }
    // Applies a delta whose one choice `fill` sets up.
    template<typename Fill>
    Fields applyChoice(Fill fill, qint64 now)
    {
        ChatDelta delta;
        delta.choices.append(ChoiceDelta());
        fill(delta.choices.first());
        return apply(delta, now);
    }
    Fields content(const QString &text, qint64 now) { return apply(contentDelta(text), now); }
    Fields reasoning(const QString &text, qint64 now)
    {
        return applyChoice([&](ChoiceDelta &choice) { choice.reasoning = text; }, now);
    }
    Fields tools(const QList<ToolCallFragment> &fragments, qint64 now)
    {
        return applyChoice([&](ChoiceDelta &choice) { choice.toolCalls = fragments; }, now);
    }
    Fields finishReason(const QString &reason, qint64 now)
    {
        return applyChoice([&](ChoiceDelta &choice) { choice.finishReason = reason; }, now);
    }
    Fields finish(qint64 now) { return accumulator.finish(message, now); }

    StreamAccumulator accumulator;
    Message message = Message::create(M::Role::Assistant);
};

// Feeds `pieces` as content deltas at now = 10, 20, 30, … and finishes 10 ms after the last.
struct Fed
{
    Message beforeFinish;
    Message message;
};

Fed feedContent(const QStringList &pieces)
{
    Stream stream;
    qint64 now = 0;
    for (const QString &piece : pieces)
        stream.content(piece, now += 10);
    const Message beforeFinish = stream.message;
    stream.finish(now += 10);
    return {beforeFinish, stream.message};
}

QByteArray describe(const Message &message)
{
    return "reasoning \"" + message.reasoning.toUtf8() + "\", content \"" + message.content.toUtf8()
        + '"';
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

// Readable failures: "Content|Timings" rather than a number. Found by QCOMPARE through ADL.
char *toString(const Message::Fields &fields)
{
    static const char *const names[]
        = {"Content", "Reasoning", "ToolCalls", "Usage",  "FinishReason",
           "Model",   "Timings",   "State",     "Refusal"}; // bit order
    QByteArrayList parts;
    for (int bit = 0; bit < int(std::size(names)); ++bit) {
        if (fields.toInt() & (1 << bit))
            parts << names[bit];
    }
    return qstrdup(parts.isEmpty() ? "NoField" : parts.join('|').constData());
}

class TestStreamAccumulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainContentAppendsInOrder()
    {
        Stream stream;
        ChatDelta roleOnly = contentDelta(QString());
        roleOnly.choices.first().role = u"assistant"_s;
        QCOMPARE(stream.apply(roleOnly, 5), Fields());
        QCOMPARE(stream.message.state, M::State::Pending); // nothing arrived yet

        QCOMPARE(stream.content(u"Hel"_s, 10), M::ContentField | M::TimingsField | M::StateField);
        QCOMPARE(stream.message.state, M::State::Streaming);
        QString expected = u"Hel"_s;
        qint64 now = 10;
        for (const QString &piece : {u"lo"_s, u", "_s, u"wörld"_s, u" 🙂!"_s}) {
            QCOMPARE(stream.content(piece, now += 10), Fields(M::ContentField));
            expected += piece;
            QCOMPARE(stream.message.content, expected); // nothing held back
        }
        QCOMPARE(stream.message.timings.firstTokenAt, 10);
        QVERIFY(stream.message.reasoning.isEmpty());
        QCOMPARE(stream.message.timings.reasoningStartedAt, 0);
        QCOMPARE(stream.finish(100), Fields(M::TimingsField));
        QCOMPARE(stream.message.content, expected);
        QCOMPARE(stream.message.timings.finishedAt, 100);
        QCOMPARE(stream.message.timings.reasoningEndedAt, 0);

        Stream cancelled; // only Pending becomes Streaming
        cancelled.message.state = M::State::Cancelled;
        QCOMPARE(cancelled.content(u"x"_s, 10), M::ContentField | M::TimingsField);
        QCOMPARE(cancelled.message.state, M::State::Cancelled);
    }

    void reasoningFieldThenContent()
    {
        Stream stream;
        const Message &message = stream.message;
        QCOMPARE(stream.reasoning(u"Let"_s, 10),
                 M::ReasoningField | M::TimingsField | M::StateField);
        QCOMPARE(message.timings.firstTokenAt, 10);
        QCOMPARE(message.timings.reasoningStartedAt, 10);
        QVERIFY(message.isThinking());
        QCOMPARE(stream.reasoning(u" me think"_s, 20), Fields(M::ReasoningField));
        QCOMPARE(message.timings.reasoningEndedAt, 0);

        QCOMPARE(stream.content(u"Answer"_s, 30), M::ContentField | M::TimingsField);
        QCOMPARE(message.timings.reasoningEndedAt, 30);
        QVERIFY(!message.isThinking());
        QCOMPARE(stream.content(u" here"_s, 40), Fields(M::ContentField));
        QCOMPARE(stream.finish(50), Fields(M::TimingsField));
        QCOMPARE(message.reasoning, u"Let me think"_s);
        QCOMPARE(message.content, u"Answer here"_s);
        QCOMPARE(message.timings.firstTokenAt, 10);
        QCOMPARE(message.timings.reasoningStartedAt, 10);
        QCOMPARE(message.timings.reasoningEndedAt, 30);
        QCOMPARE(message.timings.finishedAt, 50);
        QCOMPARE(message.reasoningDurationMs(), 20);
    }

    void blankContentBeforeReasoningFieldDoesNotEndReasoning()
    {
        Stream stream;
        QCOMPARE(stream.content(u"\n\n"_s, 10), Fields());
        stream.reasoning(u"thinking"_s, 20);
        QVERIFY(stream.message.content.isEmpty());
        QCOMPARE(stream.message.timings.reasoningEndedAt, 0);
        QVERIFY(stream.message.isThinking());
        stream.content(u"Answer"_s, 30);
        QCOMPARE(stream.message.content, u"Answer"_s);
        QCOMPARE(stream.message.timings.reasoningEndedAt, 30);
    }

    void inlineThink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("content");
        QTest::newRow("newlines around")
            << u"\n\n<think>\nLet me think.\n</think>\n\nThe answer is 42."_s
            << u"\nLet me think.\n"_s << u"The answer is 42."_s;
        QTest::newRow("tight, tabs, CRLF")
            << u" <think>a<b </th</think> \t\r\nAnswer"_s << u"a<b </th"_s << u"Answer"_s;
        QTest::newRow("empty think")
            << u"<think></think>\n\nDirect."_s << QString() << u"Direct."_s;
        QTest::newRow("lone close (R1)") << u"Hmm, 2+2 < 5.\n</think>\n\n4, not <thi"_s
                                         << u"Hmm, 2+2 < 5.\n"_s << u"4, not <thi"_s;
        QTest::newRow("answer mentions tags") << u"<think>x</think>Use <think> and </think>."_s
                                              << u"x"_s << u"Use <think> and </think>."_s;
    }

    // Whatever the cut, the same reasoning and answer come out, and nothing stays held back
    // once the text after the tags is plain.
    void inlineThink()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasoning);
        QFETCH(QString, content);
        const qsizetype closeEnd = text.indexOf("</think>"_L1) + 8;
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            const Fed fed = feedContent({text.left(cut), text.mid(cut)});
            const QByteArray where
                = "cut at " + QByteArray::number(cut) + ": " + describe(fed.beforeFinish);
            QVERIFY2(fed.beforeFinish.reasoning == reasoning, where.constData());
            QVERIFY2(fed.beforeFinish.content == content, where.constData());
            QVERIFY2(fed.message.reasoning == reasoning, where.constData());
            QVERIFY2(fed.message.content == content, where.constData());
            QCOMPARE(fed.message.state, M::State::Streaming);
            const MessageTimings &timings = fed.beforeFinish.timings;
            if (reasoning.isEmpty()) {
                QCOMPARE(timings.reasoningStartedAt, 0);
                continue;
            }
            // The first delta that carried reasoning text started it; the close tag ended it.
            QCOMPARE(timings.firstTokenAt, timings.reasoningStartedAt);
            QCOMPARE(timings.reasoningStartedAt, cut > text.indexOf(reasoning) ? 10 : 20);
            QCOMPARE(timings.reasoningEndedAt, cut >= closeEnd ? 10 : 20);
        }
    }

    void inlineThinkInThreePieces()
    {
        const QString text = u"\n <think>\nStep 1.\nStep 2.</think>\n\n\nDone."_s;
        for (qsizetype first = 0; first <= text.size(); ++first) {
            for (qsizetype second = first; second <= text.size(); ++second) {
                const Fed fed = feedContent(
                    {text.left(first), text.mid(first, second - first), text.mid(second)});
                const QByteArray where = "cuts at " + QByteArray::number(first) + ", "
                    + QByteArray::number(second) + ": " + describe(fed.beforeFinish);
                QVERIFY2(fed.beforeFinish.reasoning == u"\nStep 1.\nStep 2."_s, where.constData());
                QVERIFY2(fed.beforeFinish.content == u"Done."_s, where.constData());
                QVERIFY2(fed.message.content == u"Done."_s, where.constData());
                QVERIFY2(fed.beforeFinish.timings.reasoningEndedAt != 0, where.constData());
            }
        }
    }

    void inlineThinkFieldsAndTimings()
    {
        Stream stream;
        const Message &message = stream.message;
        QCOMPARE(stream.content(u"<thi"_s, 10), Fields());
        QCOMPARE(message.state, M::State::Pending);
        QCOMPARE(stream.content(u"nk>Plan"_s, 20),
                 M::ReasoningField | M::TimingsField | M::StateField);
        QCOMPARE(message.timings.reasoningStartedAt, 20);
        QCOMPARE(message.timings.firstTokenAt, 20);
        QVERIFY(message.isThinking());
        QCOMPARE(stream.content(u" it</th"_s, 30), Fields(M::ReasoningField));
        QCOMPARE(message.reasoning, u"Plan it"_s);
        QCOMPARE(stream.content(u"ink>"_s, 40), Fields(M::TimingsField));
        QCOMPARE(message.timings.reasoningEndedAt, 40);
        QVERIFY(!message.isThinking());
        QCOMPARE(stream.content(u"\n\n"_s, 50), Fields());
        QCOMPARE(stream.content(u"\nOK\n\n"_s, 60), Fields(M::ContentField));
        QCOMPARE(stream.content(u"  more"_s, 70), Fields(M::ContentField));
        QCOMPARE(message.content, u"OK\n\n  more"_s); // only the leading blanks go
        QCOMPARE(message.timings.reasoningEndedAt, 40);
    }

    void unfinishedReasoningEndsOnFinish()
    {
        Stream stream;
        stream.content(u"<think>abc</thi"_s, 10);
        QCOMPARE(stream.message.reasoning, u"abc"_s);
        QCOMPARE(stream.finish(50), M::ReasoningField | M::TimingsField);
        QCOMPARE(stream.message.reasoning, u"abc</thi"_s);
        QVERIFY(stream.message.content.isEmpty());
        QCOMPARE(stream.message.timings.reasoningEndedAt, 50);

        Stream fromField; // reasoning that never ends, from the reasoning field
        fromField.reasoning(u"hmm"_s, 10);
        QCOMPARE(fromField.finish(70), Fields(M::TimingsField));
        QCOMPARE(fromField.message.timings.reasoningEndedAt, 70);
        QVERIFY(fromField.message.content.isEmpty());
    }

    void loneCloseTagMovesEarlierContentToReasoning()
    {
        Stream stream;
        const Message &message = stream.message;
        QCOMPARE(stream.content(u"Okay, the user"_s, 10),
                 M::ContentField | M::TimingsField | M::StateField);
        QCOMPARE(message.content, u"Okay, the user"_s); // shown until proven otherwise
        QCOMPARE(stream.content(u" wants X.\n"_s, 20), Fields(M::ContentField));
        QCOMPARE(stream.content(u"</think>\n\nHere"_s, 30),
                 M::ReasoningField | M::ContentField | M::TimingsField);
        QCOMPARE(message.reasoning, u"Okay, the user wants X.\n"_s);
        QCOMPARE(message.content, u"Here"_s);
        QCOMPARE(message.timings.firstTokenAt, 10);
        QCOMPARE(message.timings.reasoningStartedAt, 10);
        QCOMPARE(message.timings.reasoningEndedAt, 30);
        QCOMPARE(stream.content(u" it is."_s, 40), Fields(M::ContentField));
        QCOMPARE(message.content, u"Here it is."_s);
        QCOMPARE(message.reasoningDurationMs(), 20);
    }

    void mentionOfTagInsideAnswerIsNotSwallowed()
    {
        Stream stream;
        const Message &message = stream.message;
        stream.content(u"The tag is <thi"_s, 10);
        QCOMPARE(message.content, u"The tag is <thi"_s);
        stream.content(u"nk> and </thi"_s, 20);
        QCOMPARE(message.content, u"The tag is <think> and "_s); // "</thi" may be a tag
        QCOMPARE(stream.content(u"ng> done"_s, 30), Fields(M::ContentField));
        QCOMPARE(message.content, u"The tag is <think> and </thing> done"_s);

        // Held back at the very end: finish() releases it.
        stream.content(u" </th"_s, 40);
        QCOMPARE(message.content, u"The tag is <think> and </thing> done "_s);
        QCOMPARE(stream.finish(50), M::ContentField | M::TimingsField);
        QCOMPARE(message.content, u"The tag is <think> and </thing> done </th"_s);
        QVERIFY(message.reasoning.isEmpty());
    }

    void textStartingWithAngleBracket_data()
    {
        QTest::addColumn<QStringList>("pieces");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("heldBeforeFinish");
        QTest::newRow("html") << QStringList {u"<b>bold</b> text"_s} << u"<b>bold</b> text"_s
                              << false;
        QTest::newRow("heart") << QStringList {u"<"_s, u"3 you"_s} << u"<3 you"_s << false;
        QTest::newRow("<this") << QStringList {u" <thi"_s, u"s>"_s} << u" <this>"_s << false;
        QTest::newRow("<thinking>") << QStringList {u"<thinking>x"_s} << u"<thinking>x"_s << false;
        QTest::newRow("only <") << QStringList {u"<"_s} << u"<"_s << true;
        QTest::newRow("only <thin") << QStringList {u"<thin"_s} << u"<thin"_s << true;
        QTest::newRow("close prefix") << QStringList {u"</"_s, u"p>"_s} << u"</p>"_s << false;
    }

    void textStartingWithAngleBracket()
    {
        QFETCH(QStringList, pieces);
        QFETCH(QString, expected);
        QFETCH(bool, heldBeforeFinish);
        const Fed fed = feedContent(pieces);
        QCOMPARE(fed.message.content, expected);
        QCOMPARE(fed.beforeFinish.content, heldBeforeFinish ? QString() : expected);
        QVERIFY(fed.message.reasoning.isEmpty());
    }

    void reasoningFieldTurnsOffInlineTags()
    {
        Stream stream;
        stream.reasoning(u"r"_s, 10);
        stream.content(u"<think>x</think>y"_s, 20);
        stream.content(u" and </think>z"_s, 30);
        stream.finish(40);
        QCOMPARE(stream.message.reasoning, u"r"_s);
        QCOMPARE(stream.message.content, u"<think>x</think>y and </think>z"_s);
        QCOMPARE(stream.message.timings.reasoningEndedAt, 20);
    }

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

    void usageFromUsageOnlyDelta()
    {
        Stream stream;
        stream.message.state = M::State::Streaming;
        ChatDelta delta; // "choices": [] and a usage object
        delta.usage
            = TokenUsage {12, 34, 46, -1, 20}; // prompt, completion, total, cached, reasoning
        QCOMPARE(stream.apply(delta, 10), Fields(M::UsageField));
        const TokenUsage &usage = stream.message.usage;
        QCOMPARE((QList<qint64> {usage.promptTokens, usage.completionTokens, usage.totalTokens,
                                 usage.cachedPromptTokens, usage.reasoningTokens}),
                 (QList<qint64> {12, 34, 46, -1, 20}));
        QCOMPARE(stream.message.timings.firstTokenAt, 0); // usage is not a token
        QCOMPARE(Stream().apply(delta, 10), M::UsageField | M::StateField);
    }

    void modelRecordedWhenItChanges()
    {
        Stream stream;
        stream.message.state = M::State::Streaming;
        ChatDelta delta; // no choices either: routers send the model in every chunk
        delta.model = u"deepseek-reasoner"_s;
        QCOMPARE(stream.apply(delta, 10), Fields(M::ModelField));
        QCOMPARE(stream.apply(delta, 20), Fields());
        delta.model.clear(); // a chunk without a model keeps the known one
        QCOMPARE(stream.apply(delta, 30), Fields());
        QCOMPARE(stream.message.model, u"deepseek-reasoner"_s);
        delta.model = u"openai/gpt-5.4"_s; // a router substituted
        QCOMPARE(stream.apply(delta, 40), Fields(M::ModelField));
        QCOMPARE(stream.message.model, u"openai/gpt-5.4"_s);
    }

    void finishReasonRecorded()
    {
        Stream stream;
        ChatDelta delta = contentDelta(u"cut"_s);
        delta.choices.first().finishReason = u"length"_s;
        QCOMPARE(stream.apply(delta, 10),
                 M::ContentField | M::TimingsField | M::FinishReasonField | M::StateField);
        QCOMPARE(stream.message.finishReason, u"length"_s);
        QCOMPARE(stream.finishReason(u"length"_s, 15), Fields()); // repeated: no change
        QCOMPARE(stream.apply(contentDelta(QString()), 20), Fields());
        QCOMPARE(stream.message.finishReason, u"length"_s); // a later null keeps it
    }

    void onlyItsOwnChoiceIsApplied()
    {
        Stream one(1);
        Stream zero;
        ChatDelta both = contentDelta(u"zero"_s, 0);
        both.choices.append(contentDelta(u"one"_s, 1).choices.first());
        both.choices.last().toolCalls = {fragment(0, u"c"_s, u"f"_s, {})};
        one.apply(both, 10);
        zero.apply(both, 10);
        QCOMPARE(one.message.content, u"one"_s);
        QCOMPARE(one.message.toolCalls.size(), 1);
        QCOMPARE(zero.message.content, u"zero"_s);
        QVERIFY(zero.message.toolCalls.isEmpty());

        ChatDelta onlyZero = contentDelta(u" more"_s, 0);
        onlyZero.choices.first().finishReason = u"stop"_s;
        onlyZero.choices.first().reasoning = u"r"_s;
        onlyZero.choices.first().refusal = u"no"_s;
        QCOMPARE(one.apply(onlyZero, 20), Fields());
        QCOMPARE(one.message.content, u"one"_s);
        QVERIFY(one.message.finishReason.isEmpty());
        QVERIFY(one.message.reasoning.isEmpty());
        QVERIFY(one.message.refusal.isEmpty());
    }

    void refusalStreams()
    {
        Stream stream;
        auto refusal = [&](const QString &text, qint64 now) {
            return stream.applyChoice([&](ChoiceDelta &choice) { choice.refusal = text; }, now);
        };
        QCOMPARE(refusal(u"I can't"_s, 10), M::RefusalField | M::StateField);
        QCOMPARE(refusal(u" help with that."_s, 20), Fields(M::RefusalField));
        QCOMPARE(stream.message.refusal, u"I can't help with that."_s);
        QVERIFY(stream.message.content.isEmpty());
        QCOMPARE(stream.message.timings.firstTokenAt, 0);
    }

    // Correctness at scale: many tiny pieces, several of them partial tags, come out whole.
    void manySmallDeltasConcatenateExactly()
    {
        const QStringList pieces {u"word "_s, u"<"_s,  u"/"_s,    u"</"_s,   u"th"_s,    u"in"_s,
                                  u"k"_s,     u"\n"_s, u"你好"_s, u"🙂"_s, u"</thi"_s, u"a<b "_s};
        Stream stream;
        QString expected;
        for (int i = 0; i < 100000; ++i) {
            const QString &piece = pieces.at(i % pieces.size());
            stream.content(piece, i + 1);
            expected += piece;
        }
        QVERIFY(expected.startsWith(stream.message.content));
        QVERIFY(expected.size() - stream.message.content.size() < 8); // only a partial tag waits
        stream.finish(200000);
        QCOMPARE(stream.message.content.size(), expected.size());
        QVERIFY(stream.message.content == expected);
        QVERIFY(stream.message.reasoning.isEmpty());
    }

    void manySmallDeltasInsideAndAfterThink()
    {
        Stream stream;
        QString reasoning;
        QString answer;
        qint64 now = 0;
        stream.content(u"<think>"_s, ++now);
        for (int i = 0; i < 50000; ++i) {
            const QString piece = (i % 7 == 3) ? u"</"_s : QString::number(i) + u' ';
            stream.content(piece, ++now);
            reasoning += piece;
        }
        stream.content(u"</think>\n\n"_s, ++now);
        for (int i = 0; i < 50000; ++i) {
            const QString piece = (i % 5 == 0) ? u"<th"_s : QString::number(i) + u' ';
            stream.content(piece, ++now);
            answer += piece;
        }
        stream.finish(++now);
        QCOMPARE(stream.message.reasoning.size(), reasoning.size());
        QVERIFY(stream.message.reasoning == reasoning);
        QCOMPARE(stream.message.content.size(), answer.size());
        QVERIFY(stream.message.content == answer);
        QCOMPARE(stream.message.timings.reasoningStartedAt, 2);
        QCOMPARE(stream.message.timings.reasoningEndedAt, 50002);
    }
};

QTEST_GUILESS_MAIN(TestStreamAccumulator)
#include "tst_streamaccumulator.moc"
