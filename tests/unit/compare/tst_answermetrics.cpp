#include "chat/message.h"
#include "compare/answermetrics.h"

#include <QJsonObject>
#include <QLocale>
#include <QMetaProperty>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An answer sent at t = 1000 ms, first token at 1400, finished at 3400.
Message finishedAnswer()
{
    Message message = Message::create(Message::Role::Assistant, u"The answer."_s);
    message.model = u"model-a"_s;
    message.state = Message::State::Complete;
    message.finishReason = u"stop"_s;
    message.timings.sentAt = 1000;
    message.timings.firstByteAt = 1300;
    message.timings.firstTokenAt = 1400;
    message.timings.finishedAt = 3400;
    message.usage.promptTokens = 120;
    message.usage.completionTokens = 96;
    message.usage.totalTokens = 216;
    return message;
}

ModelPrice price(double input, double output)
{
    ModelPrice price;
    price.model = u"model-a"_s;
    price.inputPerMillion = input;
    price.outputPerMillion = output;
    return price;
}

QVariant gadgetProperty(const AnswerMetrics &metrics, const char *name)
{
    const QMetaObject &meta = AnswerMetrics::staticMetaObject;
    const int index = meta.indexOfProperty(name);
    return index < 0 ? QVariant() : meta.property(index).readOnGadget(&metrics);
}

} // namespace

class TestAnswerMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fromKnownTimingsAndUsage()
    {
        const AnswerMetrics metrics = AnswerMetrics::compute(finishedAnswer());
        QCOMPARE(metrics.timeToFirstTokenMs, 400);
        QCOMPARE(metrics.durationMs, 2400);
        QCOMPARE(metrics.promptTokens, 120);
        QCOMPARE(metrics.completionTokens, 96);
        QCOMPARE(metrics.totalTokens, 216);
        QCOMPARE(metrics.tokensPerSecond, 48.0); // 96 tokens in the 2 s after the first
        QVERIFY(!metrics.estimated);
        QCOMPARE(metrics.state, u"complete"_s);
        QCOMPARE(metrics.finishReason, u"stop"_s);
        QVERIFY(!metrics.hasCost());

        QCOMPARE(metrics.timeToFirstTokenText(), u"0.4 s"_s);
        QCOMPARE(metrics.speedText(), u"48 tok/s"_s);
        QCOMPARE(metrics.tokensText(), u"96 tokens"_s);
        QCOMPARE(metrics.durationText(), u"2.4 s"_s);
        QCOMPARE(metrics.costText(), QString());
        QCOMPARE(metrics.finishText(), u"stop"_s);
    }

    void withoutUsageTheTokensAreEstimatedAndFlagged()
    {
        Message message = finishedAnswer();
        message.usage = {};
        message.content = QString(40, u'x');
        message.reasoning = QString(6, u'r');
        ToolCall call;
        call.name = u"f"_s;
        call.arguments = u"{}"_s;
        message.toolCalls = {call};
        // 49 characters, about four a token: 13.
        AnswerMetrics metrics = AnswerMetrics::compute(message);
        QVERIFY(metrics.estimated);
        QCOMPARE(metrics.completionTokens, 13);
        QCOMPARE(metrics.promptTokens, -1); // nothing to estimate it from
        QCOMPARE(metrics.totalTokens, -1);
        QCOMPARE(metrics.tokensText(), u"≈ 13 tokens"_s);
        QCOMPARE(metrics.tokensPerSecond, 6.5);
        QCOMPARE(metrics.speedText(), u"6.5 tok/s"_s);

        AnswerMetrics::Context context;
        context.promptCharacters = 100;
        metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.promptTokens, 25);
        QCOMPARE(metrics.totalTokens, 38);
        QVERIFY(metrics.estimated);
    }

    void onlyAPromptEstimateIsStillFlagged()
    {
        Message message = finishedAnswer();
        message.usage.promptTokens = -1;
        message.usage.totalTokens = -1;
        AnswerMetrics::Context context;
        context.promptCharacters = 40;
        const AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.completionTokens, 96);
        QCOMPARE(metrics.promptTokens, 10);
        QCOMPARE(metrics.totalTokens, 106);
        QVERIFY(metrics.estimated);
        QCOMPARE(metrics.tokensText(), u"≈ 96 tokens"_s);
    }

    void missingCountsFollowFromTheTotal()
    {
        Message message = finishedAnswer();
        message.usage.completionTokens = -1;
        AnswerMetrics metrics = AnswerMetrics::compute(message);
        QCOMPARE(metrics.completionTokens, 96);
        QVERIFY(!metrics.estimated);

        message = finishedAnswer();
        message.usage.promptTokens = -1;
        metrics = AnswerMetrics::compute(message);
        QCOMPARE(metrics.promptTokens, 120);
        QVERIFY(!metrics.estimated);
    }

    void whileStreamingTheClockIsNow()
    {
        Message message = finishedAnswer();
        message.state = Message::State::Streaming;
        message.finishReason.clear();
        message.timings.finishedAt = 0;
        message.usage = {};
        message.content = QString(80, u'x'); // ≈ 20 tokens
        AnswerMetrics::Context context;
        context.nowMs = 2400;
        const AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.durationMs, 1400);
        QCOMPARE(metrics.timeToFirstTokenMs, 400);
        QCOMPARE(metrics.completionTokens, 20);
        QCOMPARE(metrics.tokensPerSecond, 20.0);
        QVERIFY(metrics.estimated);
        QCOMPARE(metrics.finishText(), u"streaming"_s);
    }

    void beforeTheFirstTokenOnlyTheDurationIsKnown()
    {
        Message message = Message::create(Message::Role::Assistant);
        message.state = Message::State::Pending;
        message.timings.sentAt = 1000;
        AnswerMetrics::Context context;
        context.nowMs = 1250;
        const AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.timeToFirstTokenMs, -1);
        QCOMPARE(metrics.completionTokens, -1);
        QCOMPARE(metrics.tokensPerSecond, 0.0);
        QCOMPARE(metrics.durationMs, 250);
        QCOMPARE(metrics.timeToFirstTokenText(), QString());
        QCOMPARE(metrics.speedText(), QString());
        QCOMPARE(metrics.tokensText(), QString());
        QCOMPARE(metrics.finishText(), u"waiting"_s);
    }

    // o-series models count reasoning they never stream: it was made before the first
    // visible token, so it is left out of the speed (not out of the count).
    void hiddenReasoningIsLeftOutOfTheSpeed()
    {
        Message message = finishedAnswer();
        message.usage.completionTokens = 1096;
        message.usage.reasoningTokens = 1000;
        AnswerMetrics metrics = AnswerMetrics::compute(message);
        QCOMPARE(metrics.completionTokens, 1096);
        QCOMPARE(metrics.reasoningTokens, 1000);
        QCOMPARE(metrics.tokensPerSecond, 48.0);

        message.reasoning = u"Streamed reasoning."_s; // this time it streamed: it counts
        metrics = AnswerMetrics::compute(message);
        QCOMPARE(metrics.tokensPerSecond, 548.0);
    }

    void aFailedAnswerSaysWhy()
    {
        Message message = finishedAnswer();
        message.state = Message::State::Failed;
        message.finishReason.clear();
        message.usage = {};
        message.content.clear();
        message.timings.firstTokenAt = 0;
        message.timings.finishedAt = 1200;
        message.error = ApiError::make(ApiError::Kind::RateLimited, u"Rate limited (429)."_s);
        AnswerMetrics::Context context;
        context.promptCharacters = 400; // refused: no prompt tokens to estimate
        const AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.promptTokens, -1);
        QVERIFY(!metrics.estimated);
        QCOMPARE(metrics.error, u"Rate limited (429)."_s);
        QCOMPARE(metrics.finishText(), u"error: Rate limited (429)."_s);
        QCOMPARE(metrics.completionTokens, -1);
        QCOMPARE(metrics.durationMs, 200);
        QCOMPARE(metrics.state, u"failed"_s);

        message.state = Message::State::Cancelled;
        QCOMPARE(AnswerMetrics::compute(message).finishText(), u"stopped"_s);
        QCOMPARE(AnswerMetrics::compute(message).error, QString());
    }

    void costFromThePriceTable()
    {
        Message message = finishedAnswer();
        message.usage.promptTokens = 1000;
        message.usage.completionTokens = 500;
        message.usage.totalTokens = 1500;
        AnswerMetrics::Context context;
        context.price = price(2.50, 10.00);
        AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        // 1000 × $2.50 / 1M + 500 × $10 / 1M
        QCOMPARE(metrics.cost, 0.0075);
        QVERIFY(!metrics.costFromProvider);
        QCOMPARE(metrics.costText(), u"$0.0075"_s);

        // Cached input at its own price: 600 × 2.50 + 400 × 1.25 per 1M.
        message.usage.cachedPromptTokens = 400;
        context.price->cachedInputPerMillion = 1.25;
        metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.cost, 0.007);

        // Reasoning counted as output unless it has a price of its own.
        message.usage.reasoningTokens = 200;
        metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.cost, 0.007);
        context.price->reasoningPerMillion = 20;
        metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.cost, 0.002 + (300 * 10.0 + 200 * 20.0) / 1e6);
    }

    void costFromEstimatedTokensIsMarked()
    {
        Message message = finishedAnswer();
        message.usage = {};
        message.content = QString(4000, u'x'); // ≈ 1000 tokens
        AnswerMetrics::Context context;
        context.price = price(1, 2);
        AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        QVERIFY(!metrics.hasCost()); // the prompt count is unknown
        context.promptCharacters = 2000; // ≈ 500 tokens
        metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.cost, 0.0025);
        QCOMPARE(metrics.costText(), u"≈ $0.0025"_s);
    }

    void theProvidersOwnCostWins()
    {
        Message message = finishedAnswer();
        message.usage.cost = 0.0123;
        AnswerMetrics::Context context;
        context.price = price(1000, 1000);
        const AnswerMetrics metrics = AnswerMetrics::compute(message, context);
        QCOMPARE(metrics.cost, 0.0123);
        QVERIFY(metrics.costFromProvider);
        QCOMPARE(metrics.costText(), u"$0.012"_s);
    }

    void textForms_data()
    {
        QTest::addColumn<double>("dollars");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << u"$0.00"_s;
        QTest::newRow("dollars") << 1.234 << u"$1.23"_s;
        QTest::newRow("cents") << 0.5 << u"$0.50"_s;
        QTest::newRow("two digits") << 0.012 << u"$0.012"_s;
        QTest::newRow("small") << 0.0031 << u"$0.0031"_s;
        QTest::newRow("smaller") << 0.00031 << u"$0.00031"_s;
        QTest::newRow("tiny") << 0.000000001 << u"< $0.000001"_s;
        QTest::newRow("unknown") << -1.0 << QString();
    }
    void textForms()
    {
        QFETCH(double, dollars);
        QFETCH(QString, text);
        QCOMPARE(AnswerMetrics::formatCost(dollars), text);
    }

    // In the C locale Qt would write "0.0031$"; elsewhere the locale's own way.
    void costInOtherLocales()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(AnswerMetrics::formatCost(0.0031), u"$0.0031"_s);
        QCOMPARE(AnswerMetrics::formatCost(1234.5), u"$1234.50"_s);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = AnswerMetrics::formatCost(0.0031);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(german.contains(u"0,0031"_s) && german.contains(u'$'), qPrintable(german));
    }

    void otherTextForms()
    {
        QCOMPARE(AnswerMetrics::formatSpeed(48.4), u"48 tok/s"_s);
        QCOMPARE(AnswerMetrics::formatSpeed(9.54), u"9.5 tok/s"_s);
        QCOMPARE(AnswerMetrics::formatSpeed(0), QString());
        QCOMPARE(AnswerMetrics::formatTokenCount(1234, true), u"≈ 1,234"_s);
        QCOMPARE(AnswerMetrics::formatTokenCount(1234, false), u"1,234"_s);
        QCOMPARE(AnswerMetrics::formatTokenCount(-1, false), QString());
        QCOMPARE(AnswerMetrics::formatCost(0.0031, true), u"≈ $0.0031"_s);
        AnswerMetrics metrics;
        metrics.completionTokens = 1234;
        metrics.estimated = true;
        QCOMPARE(metrics.tokensText(), u"≈ 1,234 tokens"_s);
        metrics.durationMs = 125'000;
        QCOMPARE(metrics.durationText(), u"2 min 5 s"_s);
    }

    void json()
    {
        QJsonObject json = AnswerMetrics::compute(finishedAnswer()).toJson();
        QCOMPARE(json[u"time_to_first_token_ms"_s].toInteger(), 400);
        QCOMPARE(json[u"tokens_per_second"_s].toDouble(), 48.0);
        QCOMPARE(json[u"prompt_tokens"_s].toInteger(), 120);
        QCOMPARE(json[u"completion_tokens"_s].toInteger(), 96);
        QCOMPARE(json[u"total_tokens"_s].toInteger(), 216);
        QVERIFY(json[u"reasoning_tokens"_s].isNull());
        QCOMPARE(json[u"estimated"_s].toBool(), false);
        QCOMPARE(json[u"duration_ms"_s].toInteger(), 2400);
        QCOMPARE(json[u"finish_reason"_s].toString(), u"stop"_s);
        QVERIFY(json[u"error"_s].isNull());
        QVERIFY(json[u"cost_usd"_s].isNull());
        QCOMPARE(json[u"state"_s].toString(), u"complete"_s);

        Message pending = Message::create(Message::Role::Assistant);
        pending.state = Message::State::Pending;
        json = AnswerMetrics::compute(pending).toJson();
        QVERIFY(json[u"time_to_first_token_ms"_s].isNull());
        QVERIFY(json[u"tokens_per_second"_s].isNull());
        QVERIFY(json[u"duration_ms"_s].isNull());
        QVERIFY(json[u"finish_reason"_s].isNull());
    }

    // QML reads the metrics as a value type: every number and text is a property.
    void readableAsAGadget()
    {
        AnswerMetrics::Context context;
        context.price = price(2.50, 10.00);
        const AnswerMetrics metrics = AnswerMetrics::compute(finishedAnswer(), context);
        QCOMPARE(gadgetProperty(metrics, "timeToFirstTokenMs").toLongLong(), 400);
        QCOMPARE(gadgetProperty(metrics, "speedText").toString(), u"48 tok/s"_s);
        QCOMPARE(gadgetProperty(metrics, "tokensText").toString(), u"96 tokens"_s);
        QCOMPARE(gadgetProperty(metrics, "hasCost").toBool(), true);
        QCOMPARE(gadgetProperty(metrics, "costText").toString(), u"$0.0013"_s);
        QCOMPARE(gadgetProperty(metrics, "finishText").toString(), u"stop"_s);
        QCOMPARE(gadgetProperty(metrics, "estimated").toBool(), false);
        const QVariant wrapped = QVariant::fromValue(metrics);
        QCOMPARE(wrapped.value<AnswerMetrics>().completionTokens, 96);
    }
};

QTEST_MAIN(TestAnswerMetrics)
#include "tst_answermetrics.moc"
