#include "accumulatorfixtures.h"
#include "chat/streamaccumulator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

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
