#pragma once

#include "loopbackserver.h"

#include <QString>
#include <QStringList>

// The SSE stream a provider sends for one answer: reasoning deltas, then content deltas,
// then the finish reason with usage, as real chat.completion.chunk events.
struct AnswerScript
{
    QString model = QStringLiteral("test-model");
    QStringList reasoning; // one delta each
    QStringList content; // one delta each
    QString finishReason = QStringLiteral("stop");
    int completionTokens = 0; // 0: one per content delta
    int delayMs = 0; // between events
    int firstEventDelayMs = 0;

    QList<QByteArray> events() const;
    ScriptedResponse response() const;

    // One chat.completion.chunk event with a content delta, and a finish reason when given.
    static QByteArray contentChunk(const QString &content, const char *finishReason = nullptr);

    // `text` cut into deltas of `size` characters.
    static QStringList pieces(const QString &text, int size);

    // An answer that only calls tools, finishing with "tool_calls" and usage (7 prompt, 3
    // completion tokens): each call's id and name first, then the calls' arguments three
    // characters at a time, interleaved, the body cut into 17-byte pieces.
    struct Call
    {
        QString id;
        QString name;
        QString arguments;
    };
    static ScriptedResponse toolCalls(const QList<Call> &calls,
                                      const QString &model = QStringLiteral("test-model"));
};
