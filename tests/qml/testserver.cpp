#include "testserver.h"

#include "answerscript.h"
#include "localonlynetwork.h"

#include <QImage>
#include <QLinearGradient>
#include <QPainter>

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen();
    connect(&m_server, &LoopbackServer::requestReceived, this, &TestServer::requestCountChanged);
}

void TestServer::queueAnswer(const QStringList &reasoning, const QStringList &content,
                             const QString &finishReason, int delayMs)
{
    AnswerScript script;
    script.reasoning = reasoning;
    script.content = content;
    script.finishReason = finishReason;
    script.delayMs = delayMs;
    enqueue(script.response());
}

void TestServer::queueStalledAnswer(const QStringList &content)
{
    AnswerScript script;
    script.content = content;
    ScriptedResponse response = script.response();
    response.pieces.resize(content.size()); // no finish event, no [DONE]
    response.ending = ScriptedResponse::Ending::Stall;
    enqueue(response);
}

void TestServer::queueToolCall(const QString &id, const QString &name, const QString &arguments)
{
    enqueue(AnswerScript::toolCalls({{id, name, arguments}}));
}

void TestServer::queueError(int status, const QString &jsonBody)
{
    enqueue(ScriptedResponse::json(status, jsonBody.toUtf8()));
}

void TestServer::queueJson(const QString &jsonBody)
{
    enqueue(ScriptedResponse::json(200, jsonBody.toUtf8()));
}

QString TestServer::lastRequestBody() const
{
    return m_server.requests().isEmpty() ? QString()
                                         : QString::fromUtf8(m_server.requests().constLast().body);
}

QString TestServer::lastRequestPath() const
{
    return m_server.requests().isEmpty() ? QString()
                                         : QString::fromUtf8(m_server.requests().constLast().path);
}

int TestServer::refusedRemoteRequests()
{
    return LocalOnlyNetworkFactory::refusedCount();
}

// One connection per answer: each test starts from fresh connections, whatever the one
// before it left behind.
void TestServer::enqueue(ScriptedResponse response)
{
    response.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    if (response.ending == ScriptedResponse::Ending::Complete)
        response.ending = ScriptedResponse::Ending::CompleteThenClose;
    m_server.enqueue(response);
}

QString TestServer::writePicture(int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    QPainter painter(&picture);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, Qt::darkGreen);
    gradient.setColorAt(1, Qt::white);
    painter.fillRect(picture.rect(), gradient);
    painter.end();
    const QString path
        = m_files.filePath(QStringLiteral("picture-%1x%2.png").arg(width).arg(height));
    return picture.save(path) ? path : QString();
}
