#pragma once

#include "chat/message.h"
#include "chat/streamaccumulator.h"
#include "client/chatclient.h"
#include "client/chatstream.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// Runs one request to its end and collects what a user would see.
struct StreamOutcome
{
    Message message = Message::create(Message::Role::Assistant);
    bool finished = false;
    bool cancelled = false;
    ApiError error;
    int deltaCount = 0;
    QStringList retries;
    bool ended() const { return finished || cancelled || error.isError(); }
};

inline StreamOutcome runStream(ChatClient &client, const ChatRequest &request,
                               int timeoutMs = 10'000, int choiceIndex = 0,
                               std::function<void(ChatStream *)> whileRunning = {})
{
    StreamOutcome outcome;
    StreamAccumulator accumulator(choiceIndex);
    ChatStream *stream = client.start(request);
    QObject::connect(stream, &ChatStream::deltaReceived, stream, [&](const ChatDelta &delta) {
        ++outcome.deltaCount;
        accumulator.apply(outcome.message, delta, QDateTime::currentMSecsSinceEpoch());
    });
    QObject::connect(stream, &ChatStream::finished, stream, [&] { outcome.finished = true; });
    QObject::connect(stream, &ChatStream::cancelled, stream, [&] { outcome.cancelled = true; });
    QObject::connect(stream, &ChatStream::failed, stream,
                     [&](const ApiError &error) { outcome.error = error; });
    QObject::connect(stream, &ChatStream::retrying, stream,
                     [&](int, int, const QString &reason) { outcome.retries << reason; });
    if (whileRunning)
        whileRunning(stream);
    (void)QTest::qWaitFor([&] { return outcome.ended(); }, timeoutMs);
    accumulator.finish(outcome.message, QDateTime::currentMSecsSinceEpoch());
    // Exactly one ending, and nothing after it.
    QTest::qWait(20);
    delete stream;
    return outcome;
}

inline ChatRequest simpleRequest(bool stream = true)
{
    ChatRequest request;
    request.model = QStringLiteral("test-model");
    request.stream = stream;
    request.messages.append(RequestMessage::user(QStringLiteral("Hi")));
    return request;
}

inline QByteArray contentChunk(const QString &text, const char *finish = nullptr)
{
    QJsonObject delta {{QLatin1String("content"), text}};
    QJsonObject choice {
        {QLatin1String("index"), 0},
        {QLatin1String("delta"), delta},
        {QLatin1String("finish_reason"),
         finish ? QJsonValue(QLatin1String(finish)) : QJsonValue(QJsonValue::Null)}};
    QJsonObject chunk {{QLatin1String("id"), QStringLiteral("chatcmpl-1")},
                       {QLatin1String("object"), QStringLiteral("chat.completion.chunk")},
                       {QLatin1String("model"), QStringLiteral("served-model")},
                       {QLatin1String("choices"), QJsonArray {choice}}};
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}
