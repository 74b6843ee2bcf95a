// What a refusal teaches about a model, in the words real providers use: only a model that
// does not support images, tools or a reasoning effort counts, never a picture that is too
// large, one tool's schema or a bad value. And what a conversation learns is heeded even
// where nothing is kept, below the person's word.
#include "chat/capabilitymemory.h"
#include "protocol/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ApiError refusal(int status, const QString &providerMessage)
{
    const QJsonObject body {
        {u"error"_s,
         QJsonObject {{u"message"_s, providerMessage}, {u"type"_s, u"invalid_request_error"_s}}}};
    return ApiError::fromHttpResponse(status, QJsonDocument(body).toJson(), u"api.example.com"_s);
}

Message failed()
{
    Message answer;
    answer.state = Message::State::Failed;
    return answer;
}

constexpr RequestFeatures everything {true, true, true};

} // namespace

class TestCapabilityEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("learned"); // "vision", "tools", "reasoning" or ""
        // Images.
        QTest::newRow("openai text model")
            << 400 << u"Invalid content type. image_url is only supported by certain models."_s
            << u"vision"_s;
        QTest::newRow("deepseek")
            << 422
            << u"Failed to deserialize the JSON body into the target type: messages[0]: unknown "
               "variant `image_url`, expected `text` at line 1 column 200"_s
            << u"vision"_s;
        QTest::newRow("openrouter 404 images")
            << 404 << u"No endpoints found that support image input"_s << u"vision"_s;
        QTest::newRow("text-only server")
            << 400 << u"messages[0].content must be a string"_s << u"vision"_s;
        QTest::newRow("image format")
            << 400
            << u"You uploaded an unsupported image. Please make sure your image has of one the "
               "following formats: ['png', 'jpeg', 'gif', 'webp']."_s
            << QString();
        QTest::newRow("image too large")
            << 400 << u"image exceeds 5 MB maximum: 6000000 bytes > 5242880 bytes"_s << QString();
        QTest::newRow("too many images")
            << 400
            << u"Too many images in request. Max is 10 images and this model does not "
               "support more."_s
            << QString();
        // Tools.
        QTest::newRow("ollama") << 400
                                << u"registry.ollama.ai/library/gemma:2b does not support tools"_s
                                << u"tools"_s;
        QTest::newRow("openrouter 404 tools")
            << 404 << u"No endpoints found that support tool use. Try disabling \"get_weather\"."_s
            << u"tools"_s;
        QTest::newRow("function calling")
            << 400 << u"deepseek-reasoner does not support Function Calling"_s << u"tools"_s;
        QTest::newRow("gemini schema")
            << 400
            << u"Invalid JSON payload received. Unknown name \"additionalProperties\" at "
               "'tools[0].function_declarations[0].parameters': Cannot find field."_s
            << QString();
        QTest::newRow("openai schema")
            << 400
            << u"Invalid schema for function 'read_file': 'additionalProperties' is required to "
               "be supplied and to be false; tools are not supported otherwise."_s
            << QString();
        // Reasoning effort.
        QTest::newRow("unrecognized effort")
            << 400 << u"Unrecognized request argument supplied: reasoning_effort"_s
            << u"reasoning"_s;
        QTest::newRow("unsupported effort")
            << 400
            << u"Unsupported parameter: 'reasoning_effort' is not supported with this model."_s
            << u"reasoning"_s;
        QTest::newRow("bad effort value")
            << 400
            << u"Invalid value for reasoning_effort: 'minimal' is not supported; expected one of "
               "low, medium, high."_s
            << QString();
        // Not a refusal of a feature at all.
        QTest::newRow("context")
            << 400
            << u"This model's maximum context length is 8192 tokens; the image and tools do not "
               "support more."_s
            << QString();
        QTest::newRow("server error")
            << 500 << u"The model does not support tools right now."_s << QString();
    }

    void refusals()
    {
        QFETCH(int, status);
        QFETCH(QString, said);
        QFETCH(QString, learned);
        const QList<CapabilityObservation> seen
            = CapabilityEvidence::observe(everything, failed(), refusal(status, said));
        if (learned.isEmpty()) {
            QVERIFY2(seen.isEmpty(),
                     qPrintable(ModelCapabilities::nameOf(seen.value(0).capability)));
            return;
        }
        QCOMPARE(seen.size(), 1);
        QCOMPARE(ModelCapabilities::nameOf(seen.constFirst().capability), learned);
        QVERIFY(!seen.constFirst().supported);
        // The message says what it means first, then quotes the provider.
        const QString message
            = CapabilityEvidence::explained(everything, {}, refusal(status, said)).message;
        QVERIFY2(message.startsWith(u"api.example.com refused the "_s), qPrintable(message));
        QVERIFY2(message.endsWith(u"The server said: \""_s + said + u'"'), qPrintable(message));
    }

    void whatAnAnswerShows()
    {
        Message answer;
        answer.state = Message::State::Complete;
        answer.reasoning = u"Thinking."_s;
        // Reasoning text alone shows nothing; an effort that was accepted does.
        QCOMPARE(CapabilityEvidence::observe({true, false, false}, answer, {}),
                 (QList<CapabilityObservation> {{ModelCapability::Vision, true}}));
        QCOMPARE(CapabilityEvidence::observe({false, false, true}, answer, {}),
                 (QList<CapabilityObservation> {{ModelCapability::Reasoning, true}}));
        // A stopped answer that called a tool took tools; it says nothing about images.
        answer.state = Message::State::Cancelled;
        answer.toolCalls = {ToolCall {}};
        QCOMPARE(CapabilityEvidence::observe(everything, answer, {}),
                 (QList<CapabilityObservation> {{ModelCapability::Tools, true}}));
    }

    // Nothing kept (no lookup, as in the demo): the conversation still heeds the refusal;
    // the person's word from the settings stays above it.
    void theConversationRemembersBelowThePerson()
    {
        const ApiError tools = refusal(400, u"model x does not support tools"_s);
        CapabilityMemory alone;
        alone.start(u"x"_s, alone.known(u"x"_s), {false, true, false});
        QVERIFY(alone.explained(tools).message.contains(u"will ask it without them"_s));
        QCOMPARE(alone.finish(failed(), tools).size(), 1);
        QVERIFY(alone.known(u"x"_s).tools.isNo());
        QVERIFY(alone.known(u"y"_s).isEmpty());

        CapabilityMemory overruled;
        ModelCapabilities yes;
        yes.set(ModelCapability::Tools, CapabilityFlag::Support::Yes, 1);
        overruled.setLookup([yes](const QString &) { return yes; });
        overruled.start(u"x"_s, overruled.known(u"x"_s), {false, true, false});
        QVERIFY(overruled.explained(tools).message.contains(u"though you marked it"_s));
        overruled.finish(failed(), tools);
        QVERIFY(overruled.known(u"x"_s).tools.isYes());
    }
};

QTEST_GUILESS_MAIN(TestCapabilityEvidence)
#include "tst_capabilityevidence.moc"
