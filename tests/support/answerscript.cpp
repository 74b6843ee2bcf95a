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
