#include "chunkfixtures.h"
#include "protocol/chunkparser.h"

#include <QJsonObject>
#include <QTest>

// moc lexes raw strings as ordinary code, so quotes and braces inside JSON string values
// are written as \u0022, \u007b and \u007d, and unbalanced JSON as escaped literals.

class TestChunkParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFields_data()
    {
        QTest::addColumn<QByteArray>("delta");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("refusal");

        const QString none;
        QTest::newRow("content") << QByteArray(R"({"content":"Hel"})") << none
                                 << QStringLiteral("Hel") << none << none;
        QTest::newRow("unicode content")
            << QByteArray(R"({"content":"你好 🙂 \u00e9\n"})") << none
            << QStringLiteral("你好 🙂 é\n") << none << none;
        QTest::newRow("first delta, empty content")
            << QByteArray(R"({"role":"assistant","content":""})") << QStringLiteral("assistant")
            << none << none << none;
        QTest::newRow("first delta, null content and refusal")
            << QByteArray(R"({"role":"assistant","content":null,"refusal":null})")
            << QStringLiteral("assistant") << none << none << none;
        QTest::newRow("all keys null")
            << QByteArray(R"({"role":null,"content":null,"reasoning_content":null,)"
                          R"("reasoning":null,"refusal":null,"tool_calls":null})")
            << none << none << none << none;
        QTest::newRow("empty delta") << QByteArray("{}") << none << none << none << none;
        QTest::newRow("refusal") << QByteArray(R"({"content":null,"refusal":"I cannot help."})")
                                 << none << none << none << QStringLiteral("I cannot help.");
        QTest::newRow("reasoning_content with null content")
            << QByteArray(R"({"content":null,"reasoning_content":"Think"})") << none << none
            << QStringLiteral("Think") << none;
        QTest::newRow("content with null reasoning_content (Crazyrouter)")
            << QByteArray(R"({"content":"Answer","reasoning_content":null})") << none
            << QStringLiteral("Answer") << none << none;
        QTest::newRow("reasoning (OpenRouter, Ollama, Groq)")
            << QByteArray(R"({"content":"","reasoning":"Hmm"})") << none << none
            << QStringLiteral("Hmm") << none;
        QTest::newRow("vLLM sends both with the same text")
            << QByteArray(R"({"reasoning":"Same","reasoning_content":"Same"})") << none << none
            << QStringLiteral("Same") << none;
        QTest::newRow("empty reasoning_content, text in reasoning")
            << QByteArray(R"({"reasoning_content":"","reasoning":"Other"})") << none << none
            << QStringLiteral("Other") << none;
        QTest::newRow("reasoning and reasoning_details: use one")
            << QByteArray(R"({"reasoning":"Step one","reasoning_details":[)"
                          R"({"type":"reasoning.text","text":"Step one","index":0}]})")
            << none << none << QStringLiteral("Step one") << none;
        QTest::newRow("reasoning_details only")
            << QByteArray(R"({"reasoning":null,"reasoning_details":[)"
                          R"({"type":"reasoning.text","text":"A","format":"x"},)"
                          R"({"type":"reasoning.summary","summary":"B"},)"
                          R"({"type":"reasoning.encrypted","data":"c2VjcmV0"}]})")
            << none << none << QStringLiteral("AB") << none;
        QTest::newRow("encrypted reasoning_details only")
            << QByteArray(R"({"content":"x","reasoning_details":[)"
                          R"({"type":"reasoning.encrypted","data":"c2VjcmV0"}]})")
            << none << QStringLiteral("x") << none << none;
        QTest::newRow("Magistral thinking part")
            << QByteArray(R"({"role":"assistant","content":[{"type":"thinking","thinking":[)"
                          R"({"type":"text","text":"Let me "},{"type":"text","text":"see"}]}]})")
            << QStringLiteral("assistant") << none << QStringLiteral("Let me see") << none;
        QTest::newRow("Magistral thinking and text parts")
            << QByteArray(R"({"content":[{"type":"thinking","thinking":"Why? "},)"
                          R"({"type":"text","text":"Because."},{"type":"image","url":"x"}]})")
            << none << QStringLiteral("Because.") << QStringLiteral("Why? ") << none;
        QTest::newRow("Magistral plain text after thinking")
            << QByteArray(R"({"content":"Answer"})") << none << QStringLiteral("Answer") << none
            << none;
        QTest::newRow("inline think tags are left to the caller")
            << QByteArray(R"({"content":"<think>x</think>y"})") << none
            << QStringLiteral("<think>x</think>y") << none << none;
        QTest::newRow("wrong types are ignored")
            << QByteArray(R"({"role":1,"content":42,"reasoning":true,"refusal":{}})") << none
            << none << none << none;
    }

    void textFields()
    {
        QFETCH(QByteArray, delta);
        QFETCH(QString, role);
        QFETCH(QString, content);
        QFETCH(QString, reasoning);
        QFETCH(QString, refusal);

        const ChunkParseResult result = parseChunk(chunk(delta));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.delta.choices.size(), 1);
        const ChoiceDelta &choice = result.delta.choices.constFirst();
        QCOMPARE(choice.role, role);
        QCOMPARE(choice.content, content);
        QCOMPARE(choice.reasoning, reasoning);
        QCOMPARE(choice.refusal, refusal);
        QVERIFY(choice.toolCalls.isEmpty());
        QVERIFY(choice.finishReason.isEmpty());
        QVERIFY(!result.delta.error);
        QVERIFY(!result.delta.usage);
        // Null is never the text "null".
        QVERIFY(!choice.content.contains(QLatin1String("null")));
        QVERIFY(!choice.reasoning.contains(QLatin1String("null")));
    }

    void idAndModel()
    {
        const ChatDelta delta = parsed(chunk(R"({"content":"a"})"));
        QCOMPARE(delta.id, QStringLiteral("chatcmpl-1"));
        QCOMPARE(delta.model, QStringLiteral("gpt-5.4"));

        // A router names the model that really answered.
        const ChatDelta routed
            = parsed(R"({"id":"gen-1","model":"anthropic/claude-sonnet-4","choices":[]})");
        QCOMPARE(routed.model, QStringLiteral("anthropic/claude-sonnet-4"));
        QVERIFY(parsed(R"({"choices":[]})").model.isEmpty());
        QVERIFY(parsed(R"({"model":null,"choices":[]})").model.isEmpty());
    }

    void finishReason_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("stop") << QByteArray(R"("stop")") << QStringLiteral("stop");
        QTest::newRow("length") << QByteArray(R"("length")") << QStringLiteral("length");
        QTest::newRow("tool_calls")
            << QByteArray(R"("tool_calls")") << QStringLiteral("tool_calls");
        QTest::newRow("content_filter")
            << QByteArray(R"("content_filter")") << QStringLiteral("content_filter");
        QTest::newRow("error") << QByteArray(R"("error")") << QStringLiteral("error");
        QTest::newRow("unknown kept") << QByteArray(R"("eos")") << QStringLiteral("eos");
    }

    void finishReason()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const ChoiceDelta choice = onlyChoice(chunk("{}", value));
        QCOMPARE(choice.finishReason, expected);
    }

    void usageOnlyChunk_data()
    {
        QTest::addColumn<QByteArray>("choices");
        QTest::newRow("empty array") << QByteArray(R"("choices":[],)");
        QTest::newRow("null") << QByteArray(R"("choices":null,)");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("object instead of array") << QByteArray(R"("choices":{},)");
    }

    void usageOnlyChunk()
    {
        QFETCH(QByteArray, choices);
        const QByteArray json
            = QByteArray(R"({"id":"c","object":"chat.completion.chunk",)" + choices
                         + R"("usage":{"prompt_tokens":12,)"
                           R"("completion_tokens":34,"total_tokens":46}})");
        const ChunkParseResult result = parseChunk(json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.delta.choices.isEmpty());
        QVERIFY(result.delta.usage);
        QCOMPARE(result.delta.usage->promptTokens, 12);
        QCOMPARE(result.delta.usage->completionTokens, 34);
        QCOMPARE(result.delta.usage->totalTokens, 46);
        QCOMPARE(result.delta.usage->cachedPromptTokens, -1);
        QCOMPARE(result.delta.usage->reasoningTokens, -1);
        QCOMPARE(result.delta.usage->cost, -1.0);
        QVERIFY(!result.delta.error);
    }

    void azureFilterChunkHasNoChoicesAndNoUsage()
    {
        const ChatDelta delta = parsed(
            R"({"choices":[],"created":0,"id":"","model":"","object":"",)"
            R"("prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]})");
        QVERIFY(delta.choices.isEmpty());
        QVERIFY(!delta.usage);
        QVERIFY(!delta.error);
    }

    void nullOrEmptyUsageIsNoUsage()
    {
        QVERIFY(!parsed(chunk(R"({"content":"a"})")).usage);
        QVERIFY(!parsed(R"({"choices":[],"usage":null})").usage);
        QVERIFY(!parsed(R"({"choices":[],"usage":{}})").usage);
        QVERIFY(!parsed(R"({"choices":[],"usage":{"prompt_tokens":"12"}})").usage);
    }

    void usageInLastContentChunk()
    {
        // llama.cpp: usage and timings next to the finish_reason.
        const ChatDelta delta = parsed(
            R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"model":"local",)"
            R"("usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12},)"
            R"("timings":{"prompt_n":5,"predicted_per_second":40.5}})");
        QCOMPARE(delta.choices.size(), 1);
        QCOMPARE(delta.choices.constFirst().finishReason, QStringLiteral("stop"));
        QVERIFY(delta.usage);
        QCOMPARE(delta.usage->totalTokens, 12);
    }

    void groqUsage()
    {
        const ChatDelta delta
            = parsed(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],)"
                     R"("x_groq":{"id":"req_1","usage":{"queue_time":0.02,"prompt_tokens":9,)"
                     R"("prompt_time":0.001,"completion_tokens":3,"total_tokens":12}}})");
        QVERIFY(delta.usage);
        QCOMPARE(delta.usage->promptTokens, 9);
        QCOMPARE(delta.usage->completionTokens, 3);
        QCOMPARE(delta.usage->totalTokens, 12);
        QVERIFY(!parsed(R"({"choices":[],"x_groq":{"id":"req_1"}})").usage);
    }

    void usageDetailsAndCost()
    {
        const ChatDelta delta
            = parsed(R"({"choices":[],"usage":{"prompt_tokens":100,"completion_tokens":50,)"
                     R"("total_tokens":150,"cost":0.00042,"is_byok":false,)"
                     R"("prompt_tokens_details":{"cached_tokens":64,"audio_tokens":0},)"
                     R"("completion_tokens_details":{"reasoning_tokens":30}}})");
        QVERIFY(delta.usage);
        QCOMPARE(delta.usage->cachedPromptTokens, 64);
        QCOMPARE(delta.usage->reasoningTokens, 30);
        QCOMPARE(delta.usage->cost, 0.00042);
        QVERIFY(delta.usage->isValid());
    }

    void deepSeekCacheHits()
    {
        const ChatDelta delta = parsed(
            QByteArray("{\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2,"
                       "\"total_tokens\":12,\"prompt_cache_hit_tokens\":8,"
                       "\"prompt_cache_miss_tokens\":2}}"));
        QVERIFY(delta.usage);
        QCOMPARE(delta.usage->cachedPromptTokens, 8);
    }

    void reasoningDetailsWhenPlainFieldsAreEmpty()
    {
        const ChoiceDelta choice = onlyChoice(
            chunk(QByteArray("{\"reasoning\":\"\",\"reasoning_content\":null,\"reasoning_details\":"
                             "[{\"type\":\"reasoning.text\",\"text\":\"step one\"}]}")));
        QCOMPARE(choice.reasoning, QStringLiteral("step one"));
    }

    void usageDetailsNull()
    {
        const ChatDelta delta
            = parsed(R"({"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,)"
                     R"("total_tokens":3,"prompt_tokens_details":null,)"
                     R"("completion_tokens_details":null,"cost":null}})");
        QVERIFY(delta.usage);
        QCOMPARE(delta.usage->cachedPromptTokens, -1);
        QCOMPARE(delta.usage->reasoningTokens, -1);
        QCOMPARE(delta.usage->cost, -1.0);
    }

    void tokenUsageJsonRoundTrip()
    {
        TokenUsage usage;
        usage.promptTokens = 10;
        usage.completionTokens = 20;
        usage.totalTokens = 30;
        usage.cachedPromptTokens = 4;
        usage.reasoningTokens = 7;
        usage.cost = 0.5;
        const QJsonObject json = usage.toJson();
        QCOMPARE(json.value(QLatin1String("prompt_tokens")).toInteger(), 10);
        QCOMPARE(json.value(QLatin1String("cached_tokens")).toInteger(), 4);
        QCOMPARE(json.value(QLatin1String("reasoning_tokens")).toInteger(), 7);
        const TokenUsage back = TokenUsage::fromJson(json);
        QCOMPARE(back.promptTokens, 10);
        QCOMPARE(back.completionTokens, 20);
        QCOMPARE(back.totalTokens, 30);
        QCOMPARE(back.cachedPromptTokens, 4);
        QCOMPARE(back.reasoningTokens, 7);
        QCOMPARE(back.cost, 0.5);

        // Unset fields are not written.
        TokenUsage partial;
        partial.completionTokens = 3;
        QCOMPARE(partial.toJson().keys(), QStringList {QStringLiteral("completion_tokens")});
        QVERIFY(TokenUsage().toJson().isEmpty());
        QVERIFY(!TokenUsage().isValid());
    }

    void severalChoicesInterleaved()
    {
        const ChatDelta delta
            = parsed(R"({"choices":[{"index":1,"delta":{"content":"B"},"finish_reason":null},)"
                     R"({"index":0,"delta":{"content":"A"},"finish_reason":"stop"}]})");
        QCOMPARE(delta.choices.size(), 2);
        QCOMPARE(delta.choices.at(0).index, 1);
        QCOMPARE(delta.choices.at(0).content, QStringLiteral("B"));
        QVERIFY(delta.choices.at(0).finishReason.isEmpty());
        QCOMPARE(delta.choices.at(1).index, 0);
        QCOMPARE(delta.choices.at(1).content, QStringLiteral("A"));
        QCOMPARE(delta.choices.at(1).finishReason, QStringLiteral("stop"));

        const ChatDelta onlySecond = parsed(R"({"choices":[{"index":2,"delta":{"content":"C"}}]})");
        QCOMPARE(onlySecond.choices.size(), 1);
        QCOMPARE(onlySecond.choices.constFirst().index, 2);

        // Without an index, the position in the array stands in.
        const ChatDelta positional
            = parsed(R"({"choices":[{"delta":{"content":"x"}},{"delta":{"content":"y"}}]})");
        QCOMPARE(positional.choices.size(), 2);
        QCOMPARE(positional.choices.at(0).index, 0);
        QCOMPARE(positional.choices.at(1).index, 1);
    }

    void openAiStreamError()
    {
        const ChatDelta delta = parsed(R"({"error":{"message":"The server had an error.",)"
                                       R"("type":"server_error","param":null,"code":null}})");
        QVERIFY(delta.choices.isEmpty());
        QVERIFY(delta.error);
        QCOMPARE(delta.error->message, QStringLiteral("The server had an error."));
        QCOMPARE(delta.error->type, QStringLiteral("server_error"));
        QVERIFY(delta.error->code.isEmpty());
        QVERIFY(delta.error->param.isEmpty());
    }

    void openRouterStreamError()
    {
        const ChatDelta delta = parsed(
            R"({"id":"gen-1","object":"chat.completion.chunk","model":"x/y",)"
            R"("error":{"code":502,"message":"Provider disconnected","metadata":{"raw":"r"}},)"
            R"("choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})");
        QVERIFY(delta.error);
        QCOMPARE(delta.error->code, QStringLiteral("502"));
        QCOMPARE(delta.error->message, QStringLiteral("Provider disconnected"));
        QCOMPARE(delta.choices.size(), 1);
        QCOMPARE(delta.choices.constFirst().finishReason, QStringLiteral("error"));
    }

    void mistralError()
    {
        const ChatDelta delta
            = parsed(R"({"object":"error","message":"Service tier capacity exceeded",)"
                     R"("type":"service_tier_capacity_exceeded","param":null,"code":"3505"})");
        QVERIFY(delta.error);
        QCOMPARE(delta.error->message, QStringLiteral("Service tier capacity exceeded"));
        QCOMPARE(delta.error->type, QStringLiteral("service_tier_capacity_exceeded"));
        QCOMPARE(delta.error->code, QStringLiteral("3505"));

        QCOMPARE(parsed(R"({"object":"error","message":"m","code":1000})").error->code,
                 QStringLiteral("1000"));
    }

    void mistralValidationErrorKeepsDetail()
    {
        // Mistral's 422: `message` is an object; its detail must not be lost.
        const ChatDelta delta = parsed(
            R"({"object":"error","message":{"detail":[{"type":"extra_forbidden",)"
            R"("loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted",)"
            R"("input":32000}]},"type":"invalid_request_error","param":null,"code":null})");
        QVERIFY(delta.error);
        QVERIFY2(delta.error->message.contains(QLatin1String("Extra inputs are not permitted")),
                 qPrintable(delta.error->message));
        QVERIFY(delta.error->message.contains(QLatin1String("max_completion_tokens")));
    }

    void errorAsPlainString()
    {
        const ChatDelta delta = parsed(R"({"error":"Model overloaded"})");
        QVERIFY(delta.error);
        QCOMPARE(delta.error->message, QStringLiteral("Model overloaded"));
        QVERIFY(delta.error->type.isEmpty());
        QVERIFY(!parsed(R"({"error":""})").error);
    }

    void errorWithoutMessageShowsTheObject()
    {
        const ChatDelta delta = parsed(R"({"error":{"code":500}})");
        QVERIFY(delta.error);
        QCOMPARE(delta.error->code, QStringLiteral("500"));
        QVERIFY2(delta.error->message.contains(QLatin1String("500")),
                 qPrintable(delta.error->message));
    }

    void nullErrorIsNoError()
    {
        QVERIFY(!parsed(R"({"error":null,"choices":[]})").error);
        QVERIFY(!parsed(chunk(R"({"content":"a"})")).error);
        QVERIFY(!parsed(R"({"object":"chat.completion.chunk","message":"not an error"})").error);
    }

    void unknownKeysAreIgnored()
    {
        const ChatDelta delta = parsed(
            R"({"id":"c","object":"chat.completion.chunk","system_fingerprint":"fp_1",)"
            R"("service_tier":"default","provider":"Foo","obfuscation":"abc","usage":null,)"
            R"("choices":[{"index":0,"logprobs":null,"native_finish_reason":null,)"
            R"("content_filter_results":{"hate":{"filtered":false}},)"
            R"("delta":{"content":"ok","annotations":[],"audio":null,"function_call":null}}]})");
        QCOMPARE(delta.choices.size(), 1);
        QCOMPARE(delta.choices.constFirst().content, QStringLiteral("ok"));
        QVERIFY(!delta.error);
        QVERIFY(!delta.usage);
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid JSON");
        QTest::newRow("truncated") << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a")
                                   << QStringLiteral("invalid JSON");
        QTest::newRow("trailing garbage")
            << QByteArray("{\"a\":1}}") << QStringLiteral("invalid JSON");
        QTest::newRow("DONE") << QByteArray("[DONE]") << QStringLiteral("invalid JSON");
        QTest::newRow("HTML") << QByteArray("<html>502</html>") << QStringLiteral("invalid JSON");
        // A bare value is not a chunk, whichever way Qt's parser reports it.
        QTest::newRow("number") << QByteArray("42") << QString();
        QTest::newRow("string") << QByteArray(R"("text")") << QString();
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("array") << QByteArray(R"([{"choices":[]}])")
                               << QStringLiteral("expected a JSON object");
    }

    void notJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const ChunkParseResult result = parseChunk(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
        QVERIFY(result.delta.choices.isEmpty());
        QVERIFY(!result.delta.usage);
        QVERIFY(!result.delta.error);
    }

    void nonStreamedCompletion()
    {
        const ChatDelta delta = parsed(
            R"({"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"deepseek-r",)"
            R"("choices":[{"index":0,"message":{"role":"assistant","content":null,)"
            R"("reasoning_content":"Check the weather.","tool_calls":[{"id":"call_1",)"
            R"("type":"function","function":{"name":"weather","arguments":"\u007b\u0022c\u0022:\u0022Oslo\u0022\u007d"}}]},)"
            R"("logprobs":null,"finish_reason":"tool_calls"}],)"
            R"("usage":{"prompt_tokens":20,"completion_tokens":10,"total_tokens":30,)"
            R"("completion_tokens_details":{"reasoning_tokens":6}}})");
        QCOMPARE(delta.id, QStringLiteral("chatcmpl-9"));
        QCOMPARE(delta.model, QStringLiteral("deepseek-r"));
        QCOMPARE(delta.choices.size(), 1);
        const ChoiceDelta &choice = delta.choices.constFirst();
        QCOMPARE(choice.role, QStringLiteral("assistant"));
        QVERIFY(choice.content.isEmpty());
        QCOMPARE(choice.reasoning, QStringLiteral("Check the weather."));
        QCOMPARE(choice.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(choice.toolCalls.size(), 1);
        QCOMPARE(choice.toolCalls.constFirst().index, -1);
        QCOMPARE(choice.toolCalls.constFirst().id, QStringLiteral("call_1"));
        QCOMPARE(choice.toolCalls.constFirst().arguments, QStringLiteral(R"({"c":"Oslo"})"));
        QVERIFY(delta.usage);
        QCOMPARE(delta.usage->reasoningTokens, 6);

        const ChoiceDelta text = onlyChoice(R"({"object":"chat.completion","choices":[{"index":0,)"
                                            R"("message":{"role":"assistant","content":"Hi!"},)"
                                            R"("finish_reason":"stop"}]})");
        QCOMPARE(text.content, QStringLiteral("Hi!"));
        QCOMPARE(text.finishReason, QStringLiteral("stop"));
    }

    void isDoneMarker_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("done");
        QTest::newRow("plain") << QByteArray("[DONE]") << true;
        QTest::newRow("spaces") << QByteArray("  [DONE]  ") << true;
        QTest::newRow("newline") << QByteArray("[DONE]\n") << true;
        QTest::newRow("CRLF and tab") << QByteArray("\t[DONE]\r\n") << true;
        QTest::newRow("lower case") << QByteArray("[done]") << false;
        QTest::newRow("no brackets") << QByteArray("DONE") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("suffix") << QByteArray("[DONE]x") << false;
        QTest::newRow("inner space") << QByteArray("[ DONE ]") << false;
        QTest::newRow("JSON") << QByteArray(R"({"choices":[]})") << false;
    }

    void isDoneMarker()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, done);
        QCOMPARE(::isDoneMarker(data), done);
    }
};

QTEST_GUILESS_MAIN(TestChunkParser)
#include "tst_chunkparser.moc"
