#include "answerscript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray chunk(const QString &model, const QJsonObject &delta, const QJsonValue &finishReason,
                 const QJsonObject &usage = {})
{
    QJsonObject choice {{QStringLiteral("index"), 0},
                        {QStringLiteral("delta"), delta},
                        {QStringLiteral("finish_reason"), finishReason}};
    QJsonObject event {{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("choices"), QJsonArray {choice}}};
    if (!usage.isEmpty())
        event.insert(QStringLiteral("usage"), usage);
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace

QList<QByteArray> AnswerScript::events() const
{
    QList<QByteArray> events;
    for (const QString &piece : reasoning)
        events.append(
            chunk(model, {{QStringLiteral("reasoning_content"), piece}}, QJsonValue::Null));
    for (const QString &piece : content)
        events.append(chunk(model, {{QStringLiteral("content"), piece}}, QJsonValue::Null));
    const int tokens = completionTokens > 0 ? completionTokens : int(content.size());
    const QJsonObject usage {{QStringLiteral("prompt_tokens"), 10},
                             {QStringLiteral("completion_tokens"), tokens},
                             {QStringLiteral("total_tokens"), 10 + tokens}};
    events.append(chunk(model, {}, finishReason, usage));
    return events;
}

ScriptedResponse AnswerScript::response() const
{
    ScriptedResponse response = ScriptedResponse::sse(events());
    response.delayMs = delayMs;
    response.firstPieceDelayMs = firstEventDelayMs;
    return response;
}

QStringList AnswerScript::pieces(const QString &text, int size)
{
    QStringList pieces;
    for (qsizetype at = 0; at < text.size(); at += size)
        pieces.append(text.mid(at, size));
    return pieces;
}

ScriptedResponse AnswerScript::toolCalls(const QList<Call> &calls, const QString &model)
{
    const auto fragment = [&model](int index, const QJsonObject &fields) {
        QJsonObject call = fields;
        call.insert(QStringLiteral("index"), index);
        return chunk(model, {{QStringLiteral("tool_calls"), QJsonArray {call}}}, QJsonValue::Null);
    };
    QList<QByteArray> events;
    QList<QStringList> argumentPieces;
    for (int index = 0; index < calls.size(); ++index) {
        const Call &call = calls.at(index);
        events.append(fragment(index,
                               {{QStringLiteral("id"), call.id},
                                {QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject {{QStringLiteral("name"), call.name},
                                              {QStringLiteral("arguments"), QString()}}}}));
        argumentPieces.append(pieces(call.arguments, 3));
    }
    // The calls' argument fragments interleaved, as parallel calls can arrive.
    for (int round = 0;; ++round) {
        bool any = false;
        for (int index = 0; index < calls.size(); ++index) {
            if (round >= argumentPieces.at(index).size())
                continue;
            any = true;
            events.append(fragment(index,
                                   {{QStringLiteral("function"),
                                     QJsonObject {{QStringLiteral("arguments"),
                                                   argumentPieces.at(index).at(round)}}}}));
        }
        if (!any)
            break;
    }
    events.append(chunk(model, {}, QStringLiteral("tool_calls")));
    events.append(R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":3,)"
                  R"("total_tokens":10}})");
    return ScriptedResponse::sse(events, 17); // cut anywhere
}

QByteArray AnswerScript::contentChunk(const QString &content, const char *finishReason)
{
    QJsonObject choice {
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject {{QStringLiteral("content"), content}}}};
    choice.insert(QStringLiteral("finish_reason"),
                  finishReason ? QJsonValue(QLatin1String(finishReason))
                               : QJsonValue(QJsonValue::Null));
    return QJsonDocument(QJsonObject {{QStringLiteral("choices"), QJsonArray {choice}}})
        .toJson(QJsonDocument::Compact);
}
