#include "demoanswers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView plainModelId("confab-demo");
constexpr QLatin1StringView reasonerModelId("confab-demo-reasoner");

// Where the "long" answer is cut when the request sets no lower limit.
constexpr qint64 longAnswerTokenLimit = 160;

QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList texts;
    for (const QJsonValue &part : content.toArray()) {
        // Attached text files come as text parts too; the question is the rest.
        const QString text = part["text"_L1].toString();
        if (part["type"_L1].toString() == "text"_L1 && !text.startsWith("<file name="_L1))
            texts.append(text);
    }
    return texts.join(QLatin1Char('\n'));
}

// Drops a high surrogate left at the end after cutting text.
void truncateCleanly(QString &text, qsizetype length)
{
    text.truncate(length);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
}

QString shortQuote(const QString &text)
{
    QString quote = text.simplified();
    if (quote.isEmpty())
        return DemoAnswers::tr("nothing in words");
    if (quote.size() > 60) {
        truncateCleanly(quote, 60);
        quote = quote.trimmed() + QChar(0x2026);
    }
    return QChar(0x201C) + quote + QChar(0x201D);
}

QString toolNameFor(const QJsonArray &messages, const QJsonValue &callId)
{
    for (const QJsonValue &message : messages) {
        for (const QJsonValue &call : message["tool_calls"_L1].toArray()) {
            if (call["id"_L1] == callId)
                return call["function"_L1]["name"_L1].toString();
        }
    }
    return {};
}

QString tourAnswer(const QString &quote)
{
    const QString codeSample = u"```cpp\n#include <iostream>\n\nint main()\n{\n"
                               u"    std::cout << \"Hello from the Confab demo!\\n\";\n"
                               u"    return 0;\n}\n```"_s;
    return DemoAnswers::tr(
               "## A tour of the chat window\n\n"
               "You wrote %1. This answer comes from **Confab's offline demo**: no model and no "
               "API key are involved, every answer is canned. Inline code looks like `%2`, and a "
               "link looks like [the chat completions reference](%3).\n\n"
               "Things to try next:\n\n"
               "- Ask for a **tool** to see a tool call.\n"
               "- Ask for something **long** to see an answer cut at its limit.\n"
               "- Pick `confab-demo` to get answers without reasoning.\n\n"
               "Your first steps:\n\n"
               "- [x] Stream an answer\n"
               "- [ ] Connect a real provider\n\n"
               "| Part | Shown as |\n"
               "|---|---|\n"
               "| Reasoning | a section you can fold |\n"
               "| Code | a block you can copy |\n\n"
               "> A block quote: for the words of others.\n\n")
               .arg(quote, u"confab --demo"_s,
                    u"https://platform.openai.com/docs/api-reference/chat"_s)
        + codeSample;
}

// A string as a JSON literal, quotes and escapes included.
QString jsonLiteral(const QString &text)
{
    const QString array = QString::fromUtf8(
        QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact)); // ["…"]
    return array.mid(1, array.size() - 2);
}

// Indented by hand: QJsonDocument would sort the keys.
QString jsonAnswer(const QString &quote, const QString &format, const QString &model)
{
    return uR"({
  "answer": %1,
  "you_wrote": %2,
  "response_format": %3,
  "model": %4,
  "parts": [
    {"name": "reasoning", "foldable": true},
    {"name": "code", "foldable": false},
    {"name": "json", "foldable": true}
  ],
  "tokens": {"prompt": 12, "limit": null}
})"_s.arg(jsonLiteral(DemoAnswers::tr("This JSON comes from Confab's offline demo.")),
          jsonLiteral(quote), jsonLiteral(format), jsonLiteral(model));
}

QString longAnswer()
{
    QStringList paragraphs = {DemoAnswers::tr(
        "This answer comes from Confab's offline demo and is long on purpose: it runs into "
        "the token limit and stops mid-sentence, as a real model does when it reaches "
        "max_tokens.")};
    for (int paragraph = 1; paragraph <= 12; ++paragraph)
        paragraphs.append(
            DemoAnswers::tr("Paragraph %1. A real model would keep writing about your "
                            "question here; the demo repeats itself until the limit stops it.")
                .arg(paragraph));
    return paragraphs.join(u"\n\n"_s);
}

QString toolResultAnswer(const QString &toolName, const QString &result)
{
    QString excerpt = result.simplified();
    truncateCleanly(excerpt, 300);
    const QString said = toolName.isEmpty()
        ? DemoAnswers::tr("The tool answered: %1").arg(excerpt)
        : DemoAnswers::tr("The tool %1 answered: %2").arg(toolName, excerpt);
    return said + u"\n\n"_s
        + DemoAnswers::tr(
               "This reply comes from Confab's offline demo, which only repeats what the tool "
               "returned.");
}

QJsonObject envelopeOf(const DemoAnswer &answer, const QString &id, qint64 created,
                       const QString &object)
{
    return {
        {"id"_L1, id}, {"object"_L1, object}, {"created"_L1, created}, {"model"_L1, answer.model}};
}

QJsonObject toolCallOf(const DemoAnswer &answer, const QString &arguments)
{
    return {
        {"index"_L1, 0},
        {"id"_L1, answer.toolCallId},
        {"type"_L1, u"function"_s},
        {"function"_L1, QJsonObject {{"name"_L1, answer.toolName}, {"arguments"_L1, arguments}}}};
}

QList<QJsonObject> deltasOf(const DemoAnswer &answer)
{
    QList<QJsonObject> deltas = {{{"role"_L1, u"assistant"_s}, {"content"_L1, QString()}}};
    for (const QString &piece : DemoAnswers::splitIntoPieces(answer.reasoning))
        deltas.append({{"reasoning_content"_L1, piece}});
    for (const QString &piece : DemoAnswers::splitIntoPieces(answer.content))
        deltas.append({{"content"_L1, piece}});
    if (!answer.hasToolCall())
        return deltas;
    deltas.append({{"tool_calls"_L1, QJsonArray {toolCallOf(answer, QString())}}});
    for (const QString &piece : DemoAnswers::splitIntoPieces(answer.toolArguments)) {
        const QJsonObject fragment {{"index"_L1, 0},
                                    {"function"_L1, QJsonObject {{"arguments"_L1, piece}}}};
        deltas.append({{"tool_calls"_L1, QJsonArray {fragment}}});
    }
    return deltas;
}

QJsonObject usageOf(const DemoAnswer &answer)
{
    const qint64 reasoning = DemoAnswers::estimateTokens(answer.reasoning.size());
    const qint64 completion = reasoning
        + DemoAnswers::estimateTokens(answer.content.size() + answer.toolName.size()
                                      + answer.toolArguments.size());
    QJsonObject usage {{"prompt_tokens"_L1, answer.promptTokens},
                       {"completion_tokens"_L1, completion},
                       {"total_tokens"_L1, answer.promptTokens + completion}};
    if (reasoning > 0)
        usage.insert("completion_tokens_details"_L1,
                     QJsonObject {{"reasoning_tokens"_L1, reasoning}});
    return usage;
}

} // namespace

QJsonArray DemoAnswers::models()
{
    QJsonArray models;
    for (const QLatin1StringView id : {plainModelId, reasonerModelId})
        models.append(
            QJsonObject {{"id"_L1, id}, {"object"_L1, u"model"_s}, {"owned_by"_L1, u"confab"_s}});
    return models;
}

bool DemoAnswers::isKnownModel(const QString &model)
{
    return model == plainModelId || model == reasonerModelId;
}

DemoAnswer DemoAnswers::answerFor(const QJsonObject &request)
{
    static const QRegularExpression toolWord(u"\\btools?\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression longWord(u"\\blong(er)?\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonWord(u"\\bjson\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QJsonArray messages = request.value("messages"_L1).toArray();
    const QJsonValue last = messages.isEmpty() ? QJsonValue() : messages.last();
    QString prompt; // the last user message
    qsizetype promptCharacters = 0;
    for (const QJsonValue &message : messages) {
        const QString text = textOf(message["content"_L1]);
        promptCharacters += text.size();
        if (message["role"_L1].toString() == "user"_L1)
            prompt = text;
    }

    DemoAnswer answer;
    answer.model = request.value("model"_L1).toString();
    answer.promptTokens = estimateTokens(promptCharacters);
    answer.finishReason = u"stop"_s;
    const qint64 maxTokens = request.value("max_tokens"_L1).toInteger(-1); // -1: no limit
    qint64 tokenLimit = request.value("max_completion_tokens"_L1).toInteger(maxTokens);
    QString thoughts;
    if (last["role"_L1].toString() == "tool"_L1) {
        answer.content = toolResultAnswer(toolNameFor(messages, last["tool_call_id"_L1]),
                                          textOf(last["content"_L1]));
        thoughts = tr("The tool has answered. I will pass its result on in plain words.");
    } else if (toolWord.match(prompt).hasMatch()) {
        answer.toolCallId = u"call_demo_%1"_s.arg(messages.size());
        answer.toolName = u"get_current_time"_s;
        answer.toolArguments = u"{\"timezone\":\"UTC\"}"_s;
        answer.finishReason = u"tool_calls"_s;
        thoughts = tr("You mentioned a tool. The demo offers one function, get_current_time; "
                      "I will call it for the UTC time zone and answer once its result is back.");
    } else if (longWord.match(prompt).hasMatch()) {
        answer.content = longAnswer();
        tokenLimit
            = tokenLimit > 0 ? std::min(tokenLimit, longAnswerTokenLimit) : longAnswerTokenLimit;
        thoughts = tr("You asked for something long. I will write until the token limit cuts "
                      "me off, so that the window shows an answer that was cut short.");
    } else if (const QString format = request.value("response_format"_L1)["type"_L1].toString();
               jsonWord.match(prompt).hasMatch() || format.startsWith("json"_L1)) {
        answer.content
            = jsonAnswer(prompt.simplified(), format.isEmpty() ? u"text"_s : format, answer.model);
        thoughts = tr("You asked for JSON. I will answer with one JSON object, which the window "
                      "shows formatted, foldable and checked.");
    } else {
        const QString quote = shortQuote(prompt);
        answer.content = tourAnswer(quote);
        thoughts = tr("You wrote %1. Nothing is really thinking here: this is Confab's offline "
                      "demo. I will answer with Markdown that shows every part of the chat "
                      "window, a heading, emphasis, code, a link, lists, a table, a quote and "
                      "a code block, and stream it in small pieces so that it visibly grows.")
                       .arg(quote);
    }
    if (answer.model == reasonerModelId)
        answer.reasoning = thoughts;
    if (tokenLimit > 0 && estimateTokens(answer.content.size()) > tokenLimit) {
        truncateCleanly(answer.content, tokenLimit * 4);
        answer.finishReason = u"length"_s;
    }
    return answer;
}

QList<QJsonObject> DemoAnswers::chunks(const DemoAnswer &answer, const QString &id, qint64 created)
{
    const QJsonObject envelope = envelopeOf(answer, id, created, u"chat.completion.chunk"_s);
    const auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason) {
        QJsonObject chunk = envelope;
        chunk.insert("choices"_L1,
                     QJsonArray {QJsonObject {{"index"_L1, 0},
                                              {"delta"_L1, delta},
                                              {"finish_reason"_L1, finishReason}}});
        return chunk;
    };
    QList<QJsonObject> chunks;
    for (const QJsonObject &delta : deltasOf(answer))
        chunks.append(chunk(delta, QJsonValue::Null));
    QJsonObject last = chunk({}, answer.finishReason);
    last.insert("usage"_L1, usageOf(answer));
    chunks.append(last);
    return chunks;
}

QJsonObject DemoAnswers::completion(const DemoAnswer &answer, const QString &id, qint64 created)
{
    QJsonObject message {{"role"_L1, u"assistant"_s}};
    message.insert("content"_L1,
                   answer.hasToolCall() && answer.content.isEmpty() ? QJsonValue()
                                                                    : QJsonValue(answer.content));
    if (!answer.reasoning.isEmpty())
        message.insert("reasoning_content"_L1, answer.reasoning);
    if (answer.hasToolCall())
        message.insert("tool_calls"_L1, QJsonArray {toolCallOf(answer, answer.toolArguments)});
    QJsonObject completion = envelopeOf(answer, id, created, u"chat.completion"_s);
    completion.insert("choices"_L1,
                      QJsonArray {QJsonObject {{"index"_L1, 0},
                                               {"message"_L1, message},
                                               {"finish_reason"_L1, answer.finishReason}}});
    completion.insert("usage"_L1, usageOf(answer));
    return completion;
}

QStringList DemoAnswers::splitIntoPieces(const QString &text)
{
    static constexpr qsizetype pieceLengths[] = {3, 5, 4, 6, 4};
    QStringList pieces;
    qsizetype turn = 0;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype length = std::min(pieceLengths[turn++ % 5], text.size() - at);
        if (at + length < text.size() && text.at(at + length - 1).isHighSurrogate())
            ++length;
        pieces.append(text.mid(at, length));
        at += length;
    }
    return pieces;
}

qint64 DemoAnswers::estimateTokens(qsizetype characters)
{
    return (characters + 3) / 4;
}
