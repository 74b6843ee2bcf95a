#include "askcommand.h"

#include "client/chatclient.h"
#include "client/chatstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonValue millisecondsSince(qint64 start, qint64 end)
{
    return start > 0 && end > 0 ? QJsonValue(end - start) : QJsonValue(QJsonValue::Null);
}

} // namespace

AskCommand::AskCommand(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ChatClient(options.endpoint, options.client, this))
{ }

void AskCommand::start()
{
    QString prompt = m_options.prompt;
    if (prompt == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            finish(ApiError::make(ApiError::Kind::InvalidRequest, tr("Cannot read stdin.")));
            return;
        }
        prompt = QString::fromUtf8(input.readAll());
    }

    ChatRequest request;
    request.model = m_options.model;
    request.stream = m_options.stream;
    request.parameters = m_options.parameters;
    if (!m_options.system.isEmpty())
        request.messages.append(RequestMessage::system(m_options.system));
    request.messages.append(RequestMessage::user(prompt));

    m_message = Message::create(Message::Role::Assistant);
    m_message.state = Message::State::Pending;
    m_message.timings.sentAt = now();

    m_stream = m_client->start(request);
    connect(m_stream, &ChatStream::deltaReceived, this, &AskCommand::onDelta);
    connect(m_stream, &ChatStream::firstByteReceived, this,
            [this] { m_message.timings.firstByteAt = now(); });
    connect(m_stream, &ChatStream::finished, this, [this] { finish({}); });
    connect(m_stream, &ChatStream::failed, this, &AskCommand::finish);
    connect(
        m_stream, &ChatStream::retrying, this,
        [this](int attempt, int seconds, const QString &reason) {
            if (!m_options.json)
                m_output.writeNote(
                    tr("%1 Retrying in %2 s (attempt %3).").arg(reason).arg(seconds).arg(attempt));
        });
}

void AskCommand::onDelta(const ChatDelta &delta)
{
    m_accumulator.apply(m_message, delta, now());
    if (m_options.json)
        return;
    if (!m_options.hideReasoning && m_message.reasoning.size() > m_printedReasoning) {
        m_output.writeReasoning(QStringView(m_message.reasoning).mid(m_printedReasoning));
        m_printedReasoning = m_message.reasoning.size();
    }
    // Text before a lone </think> moves into the reasoning; what was printed stays printed.
    m_printedContent = std::min(m_printedContent, m_message.content.size());
    if (m_message.content.size() > m_printedContent) {
        m_output.writeAnswer(QStringView(m_message.content).mid(m_printedContent));
        m_printedContent = m_message.content.size();
    }
    scheduleFlush();
}

void AskCommand::scheduleFlush()
{
    // Once per turn of the event loop: everything one network read delivered, at once.
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        m_output.flush();
    });
}

void AskCommand::finish(const ApiError &error)
{
    m_accumulator.finish(m_message, now());
    m_message.error = error;
    m_message.state = error.isError() ? Message::State::Failed : Message::State::Complete;
    if (m_stream && !m_stream->model().isEmpty() && m_message.model.isEmpty())
        m_message.model = m_stream->model();

    if (m_options.json) {
        printJson();
    } else {
        onDelta({}); // prints text released by finish()
        m_output.endAnswer();
        if (!m_message.refusal.isEmpty())
            m_output.writeNote(tr("The model refused: %1").arg(m_message.refusal));
        for (const ToolCall &call : m_message.toolCalls)
            m_output.writeNote(tr("Tool call %1: %2(%3)").arg(call.id, call.name, call.arguments));
        if (m_message.finishReason == QLatin1String("length"))
            m_output.writeNote(tr("(The answer was cut off: it reached the token limit.)"));
        else if (m_message.finishReason == QLatin1String("content_filter"))
            m_output.writeNote(tr("(The provider's content filter stopped the answer.)"));
        if (error.isError())
            m_output.writeNote(QStringLiteral("confab-cli: ") + error.message);
        m_output.flush();
    }
    m_exitCode = error.exitCode();
    Q_EMIT done(m_exitCode);
}

void AskCommand::printJson()
{
    QJsonArray calls;
    for (const ToolCall &call : m_message.toolCalls)
        calls.append(call.toJson());
    const MessageTimings &t = m_message.timings;
    QJsonObject result {
        {QLatin1String("content"), m_message.content},
        {QLatin1String("reasoning"), m_message.reasoning},
        {QLatin1String("tool_calls"), calls},
        {QLatin1String("finish_reason"),
         m_message.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(m_message.finishReason)},
        {QLatin1String("usage"),
         m_message.usage.isValid() ? QJsonValue(m_message.usage.toJson())
                                   : QJsonValue(QJsonValue::Null)},
        {QLatin1String("model"), m_message.model},
        {QLatin1String("timings"),
         QJsonObject {
             {QLatin1String("first_byte_ms"), millisecondsSince(t.sentAt, t.firstByteAt)},
             {QLatin1String("first_token_ms"), millisecondsSince(t.sentAt, t.firstTokenAt)},
             {QLatin1String("total_ms"), millisecondsSince(t.sentAt, t.finishedAt)}}},
    };
    if (!m_message.refusal.isEmpty())
        result.insert(QLatin1String("refusal"), m_message.refusal);
    if (m_message.error.isError()) {
        result.insert(
            QLatin1String("error"),
            QJsonObject {{QLatin1String("kind"), m_message.error.kindName()},
                         {QLatin1String("http_status"),
                          m_message.error.httpStatus ? QJsonValue(m_message.error.httpStatus)
                                                     : QJsonValue(QJsonValue::Null)},
                         {QLatin1String("message"), m_message.error.message}});
    }
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
