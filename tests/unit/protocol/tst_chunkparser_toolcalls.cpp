#include "chunkfixtures.h"
#include "protocol/chunkparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Tool-call fragments in chunks: ids, names, argument pieces and how their indices are sent.

// moc lexes raw strings as ordinary code, so quotes and braces inside JSON string values
// are written as \u0022, \u007b and \u007d.

class TestChunkParserToolCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstToolCallFragment()
    {
        const ChoiceDelta choice = onlyChoice(
            chunk(R"({"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_abc",)"
                  R"("type":"function","function":{"name":"get_weather","arguments":""}}]})"));
        QCOMPARE(choice.toolCalls.size(), 1);
        const ToolCallFragment &call = choice.toolCalls.constFirst();
        QCOMPARE(call.index, 0);
        QCOMPARE(call.id, QStringLiteral("call_abc"));
        QCOMPARE(call.type, QStringLiteral("function"));
        QCOMPARE(call.name, QStringLiteral("get_weather"));
        QCOMPARE(call.arguments, QString());
        QVERIFY(call.extraContent.isEmpty());
        QVERIFY(choice.content.isEmpty());
    }

    void laterToolCallFragment()
    {
        const ChoiceDelta choice = onlyChoice(chunk(
            R"({"tool_calls":[{"index":0,"function":{"arguments":"\u007b\u0022city\u0022:"}}]})"));
        QCOMPARE(choice.toolCalls.size(), 1);
        const ToolCallFragment &call = choice.toolCalls.constFirst();
        QCOMPARE(call.index, 0);
        QVERIFY(call.id.isEmpty());
        QVERIFY(call.type.isEmpty());
        QVERIFY(call.name.isEmpty());
        QCOMPARE(call.arguments, QStringLiteral(R"({"city":)"));
    }

    void interleavedAndSparseToolCalls()
    {
        const ChoiceDelta choice = onlyChoice(
            chunk(R"({"tool_calls":[{"index":2,"function":{"arguments":"\u007b\u0022b\u0022"}},)"
                  R"({"index":0,"function":{"arguments":"\u007b\u0022a\u0022"}},)"
                  R"({"index":5,"id":"call_5","type":"function","function":{"name":"f5"}}]})"));
        QCOMPARE(choice.toolCalls.size(), 3);
        QCOMPARE(choice.toolCalls.at(0).index, 2);
        QCOMPARE(choice.toolCalls.at(0).arguments, QStringLiteral(R"({"b")"));
        QCOMPARE(choice.toolCalls.at(1).index, 0);
        QCOMPARE(choice.toolCalls.at(1).arguments, QStringLiteral(R"({"a")"));
        QCOMPARE(choice.toolCalls.at(2).index, 5);
        QCOMPARE(choice.toolCalls.at(2).id, QStringLiteral("call_5"));
        QCOMPARE(choice.toolCalls.at(2).name, QStringLiteral("f5"));
        QVERIFY(choice.toolCalls.at(2).arguments.isEmpty());
    }

    void toolCallsReusingIndexZero()
    {
        // Some Ollama-compatible servers: every call is index 0, told apart by its id.
        const ChoiceDelta choice = onlyChoice(chunk(
            R"({"tool_calls":[{"index":0,"id":"a1","function":{"name":"f","arguments":"{}"}},)"
            R"({"index":0,"id":"b2","function":{"name":"g","arguments":"\u007b\u0022x\u0022:1\u007d"}}]})"));
        QCOMPARE(choice.toolCalls.size(), 2);
        QCOMPARE(choice.toolCalls.at(0).index, 0);
        QCOMPARE(choice.toolCalls.at(1).index, 0);
        QCOMPARE(choice.toolCalls.at(0).id, QStringLiteral("a1"));
        QCOMPARE(choice.toolCalls.at(1).id, QStringLiteral("b2"));
        QCOMPARE(choice.toolCalls.at(1).arguments, QStringLiteral(R"({"x":1})"));
    }

    void geminiToolCallWithoutIndex()
    {
        const ChoiceDelta choice = onlyChoice(chunk(
            R"({"role":"assistant","tool_calls":[{"id":"function-call-1","type":"function",)"
            R"("function":{"name":"lookup","arguments":"\u007b\u0022q\u0022:\u0022x\u0022\u007d"},)"
            R"("extra_content":{"google":{"thought_signature":"c2ln"}}}]})",
            R"("stop")"));
        QCOMPARE(choice.toolCalls.size(), 1);
        const ToolCallFragment &call = choice.toolCalls.constFirst();
        QCOMPARE(call.index, -1);
        QCOMPARE(call.id, QStringLiteral("function-call-1"));
        QCOMPARE(call.name, QStringLiteral("lookup"));
        QCOMPARE(call.arguments, QStringLiteral(R"({"q":"x"})"));
        const QJsonObject google = call.extraContent.value(QLatin1String("google")).toObject();
        QCOMPARE(google.value(QLatin1String("thought_signature")).toString(),
                 QStringLiteral("c2ln"));
        // Gemini finishes with "stop" although it called a tool: both are reported as sent.
        QCOMPARE(choice.finishReason, QStringLiteral("stop"));
    }

    void toolCallIndexOfWrongTypeMeansNoIndex()
    {
        const ChoiceDelta choice
            = onlyChoice(chunk(R"({"tool_calls":[{"index":"1","function":{"arguments":"x"}},)"
                               R"({"index":null,"function":{"arguments":"y"}},"not an object"]})"));
        QCOMPARE(choice.toolCalls.size(), 2);
        QCOMPARE(choice.toolCalls.at(0).index, -1);
        QCOMPARE(choice.toolCalls.at(1).index, -1);
        QCOMPARE(choice.toolCalls.at(1).arguments, QStringLiteral("y"));
    }

    void toolCallArgumentsAsObject()
    {
        const ChoiceDelta choice
            = onlyChoice(chunk(R"({"tool_calls":[{"index":0,"id":"c","type":"function","function":)"
                               R"({"name":"f","arguments":{"city":"Oslo","days":[1,2]}}}]})"));
        QCOMPARE(choice.toolCalls.size(), 1);
        const QString arguments = choice.toolCalls.constFirst().arguments;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(document.object(),
                 QJsonDocument::fromJson(R"({"city":"Oslo","days":[1,2]})").object());
    }

    void toolCallArgumentsNull()
    {
        const ChoiceDelta choice = onlyChoice(
            chunk(R"({"tool_calls":[{"index":0,"function":{"name":"f","arguments":null}}]})"));
        QCOMPARE(choice.toolCalls.size(), 1);
        QCOMPARE(choice.toolCalls.constFirst().arguments, QString());
    }
};

QTEST_GUILESS_MAIN(TestChunkParserToolCalls)
#include "tst_chunkparser_toolcalls.moc"
