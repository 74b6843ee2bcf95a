#include "askcommand.h"

#include "attachments/attachmentreader.h"
#include "attachments/attachmenttray.h"
#include "chat/choicebranches.h"
#include "client/chatclient.h"
#include "client/chatstream.h"
#include "clitools.h"

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

void addUsage(TokenUsage &total, const TokenUsage &usage)
{
    const auto add = [](auto &sum, auto part) {
        if (part >= 0)
            sum = std::max<decltype(part)>(sum, 0) + part;
    };
    add(total.promptTokens, usage.promptTokens);
    add(total.completionTokens, usage.completionTokens);
    add(total.totalTokens, usage.totalTokens);
    add(total.cachedPromptTokens, usage.cachedPromptTokens);
    add(total.reasoningTokens, usage.reasoningTokens);
    add(total.cost, usage.cost);
}

// The first line of `text`, at most `max` characters, with "…" where something was left out:
// one line of stderr per tool call.
QString firstLine(const QString &text, qsizetype max = 160)
{
    const QString trimmed = text.trimmed();
    QString line = trimmed.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > max)
        return line.left(max) + QStringLiteral("…");
    if (line.size() < trimmed.size())
        line += QStringLiteral(" …");
    return line;
}

// A call's arguments on one line: compact JSON when they are JSON.
QString argumentsLine(const QString &arguments)
{
    const QJsonDocument json = QJsonDocument::fromJson(arguments.toUtf8());
    return firstLine(json.isObject() ? QString::fromUtf8(json.toJson(QJsonDocument::Compact))
                                     : arguments.simplified());
}

// One answer of a request in --json's choices array.
QJsonObject choiceJson(int index, const Message &answer)
{
    QJsonArray calls;
    for (const ToolCall &call : answer.toolCalls)
        calls.append(call.toJson());
    QJsonObject choice {
        {QLatin1String("index"), index},
        {QLatin1String("content"), answer.content},
        {QLatin1String("reasoning"), answer.reasoning},
        {QLatin1String("tool_calls"), calls},
        {QLatin1String("finish_reason"),
         answer.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(answer.finishReason)},
        {QLatin1String("state"), Message::stateName(answer.state)},
    };
    if (!answer.refusal.isEmpty())
        choice.insert(QLatin1String("refusal"), answer.refusal);
    return choice;
}

} // namespace

AskCommand::AskCommand(const CliOptions &options, CliTools *tools, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ChatClient(options.endpoint, options.client, this))
    , m_tools(tools)
{
    if (!m_tools)
        return;
    m_runner = new ToolRunner(&m_tools->registry(), this);
    m_runner->setApproval([this](const Tool &tool, const ToolCall &call) {
        const bool allowed = m_tools->allows(tool);
        if (!allowed)
            m_refusedCalls.insert(call.id);
        return allowed;
    });
    connect(m_runner, &ToolRunner::finished, this, &AskCommand::onToolsFinished);
}

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
    Message question = Message::create(Message::Role::User, prompt);
    AttachmentReader::Limits limits;
    limits.maxImageSide = AttachmentTray::maxImageSide(); // the app's setting
    const AttachmentReader reader(limits);
    for (const CliOptions::AttachmentPath &file : std::as_const(m_options.attachments)) {
        AttachmentReader::Result read = reader.readFile(file.path);
        if (read.ok() && file.mustBeImage && !read.attachment.isImage())
            read.error = tr("%1 is not an image; attach it with --file.").arg(file.path);
        if (!read.ok()) {
            finish(ApiError::make(ApiError::Kind::InvalidRequest, read.error));
            return;
        }
        question.attachments.append(read.attachment);
    }
    if (!m_options.system.isEmpty())
        m_history.append(RequestMessage::system(m_options.system));
    m_history.append(question.toRequestMessage());
    m_sentAt = now();
    sendRequest();
}

void AskCommand::sendRequest()
{
    ChatRequest request;
    request.model = m_options.model;
    request.stream = m_options.stream;
    request.parameters = m_options.parameters;
    request.messages = m_history;
    if (m_tools && !m_tools->registry().isEmpty())
        request.tools = m_tools->registry().requestTools();

    m_message = Message::create(Message::Role::Assistant);
    m_message.state = Message::State::Pending;
    m_message.timings.sentAt = now();
    m_accumulator = StreamAccumulator();
    m_otherChoices.clear(); // only the last request's choices are printed
    m_printedContent = 0;
    m_printedReasoning = 0;

    if (m_stream)
        m_stream->deleteLater();
    m_stream = m_client->start(request);
    connect(m_stream, &ChatStream::deltaReceived, this, &AskCommand::onDelta);
    connect(m_stream, &ChatStream::firstByteReceived, this, [this] {
        m_message.timings.firstByteAt = now();
        if (m_firstByteAt == 0)
            m_firstByteAt = m_message.timings.firstByteAt;
    });
    connect(m_stream, &ChatStream::finished, this, [this] { onStreamEnded({}); });
    connect(m_stream, &ChatStream::failed, this, &AskCommand::onStreamEnded);
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
    for (const ChoiceDelta &choice : delta.choices) {
        if (choice.index > 0 && !m_otherChoices.contains(choice.index))
            m_otherChoices.insert(
                choice.index,
                {Message::create(Message::Role::Assistant), StreamAccumulator(choice.index)});
    }
    for (OtherChoice &other : m_otherChoices) // kept until choice 0 has been printed
        other.accumulator.apply(other.message, delta, now());
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

void AskCommand::onStreamEnded(const ApiError &error)
{
    m_accumulator.finish(m_message, now());
    m_message.error = error;
    const Message::State ended
        = error.isError() ? Message::State::Failed : Message::State::Complete;
    m_message.state = ChoiceBranches::endState(m_message, ended);
    for (OtherChoice &other : m_otherChoices) {
        other.accumulator.finish(other.message, now());
        other.message.state = ChoiceBranches::endState(other.message, ended);
        if (other.message.state != Message::State::Complete)
            other.message.error = error;
    }
    if (m_stream && !m_stream->model().isEmpty() && m_message.model.isEmpty())
        m_message.model = m_stream->model();
    addUsage(m_usage, m_message.usage);
    if (m_firstTokenAt == 0)
        m_firstTokenAt = m_message.timings.firstTokenAt;
    // Tool calls are trusted over the finish reason: Gemini says "stop" with calls.
    if (!error.isError() && runTools())
        return;
    finish(error);
}

// The answer called tools: run them, unless this question's rounds are used up.
bool AskCommand::runTools()
{
    if (!m_runner || m_message.toolCalls.isEmpty())
        return false;
    if (m_toolRounds >= m_options.maxToolRounds) {
        m_roundLimitReached = true;
        return false;
    }
    if (!m_options.json) {
        onDelta({}); // text released by finish()
        m_output.endAnswer(); // the next round's text starts on a line of its own
    }
    ++m_toolRounds;
    m_refusedCalls.clear();
    m_history.append(m_message.toRequestMessage());
    m_runner->run(m_message.toolCalls);
    return true;
}

// Each call gets its tool message, in the order of the calls, then the model goes on. A
// refused call tells the model why, so that it can answer without that tool.
void AskCommand::onToolsFinished(const QList<ToolRunner::Outcome> &outcomes)
{
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ToolRunner::Outcome &outcome = outcomes.at(i);
        const QString arguments = m_message.toolCalls.value(i).arguments;
        const Tool *tool = m_tools->registry().find(outcome.toolName);
        const bool refused = tool && m_refusedCalls.contains(outcome.toolCallId);
        QString content = outcome.output.text;
        QString line;
        if (refused) {
            content = m_options.approve == CliOptions::Approve::None
                ? tr("%1 was not run: the user lets no tool run here (confab-cli --approve "
                     "none). Answer without tools.")
                      .arg(outcome.toolName)
                : tr("%1 was not run: the user lets only tools that only read run here "
                     "(confab-cli --approve read-only). Answer without it.")
                      .arg(outcome.toolName);
            line = tr("refused: %1").arg(m_tools->refusalReason(*tool));
        } else if (outcome.output.isError) {
            line = tr("failed: %1").arg(firstLine(outcome.output.text));
        } else {
            line = QStringLiteral("-> ") + firstLine(outcome.output.text);
        }
        m_output.writeNote(QStringLiteral("[tool] %1 %2 %3")
                               .arg(outcome.toolName, argumentsLine(arguments), line));
        m_history.append(RequestMessage::toolResult(outcome.toolCallId, content));
        m_toolResults.append(QJsonObject {
            {QLatin1String("round"), m_toolRounds},
            {QLatin1String("tool_call_id"), outcome.toolCallId},
            {QLatin1String("name"), outcome.toolName},
            {QLatin1String("arguments"), arguments},
            {QLatin1String("content"), content},
            {QLatin1String("is_error"), refused || outcome.output.isError},
            {QLatin1String("refused"), refused},
        });
    }
    sendRequest();
}

void AskCommand::finish(const ApiError &error)
{
    QString limitMessage;
    if (m_roundLimitReached) {
        QStringList names;
        for (const ToolCall &call : m_message.toolCalls)
            names << call.name;
        limitMessage = tr("Stopped after %1 rounds of tool calls (--max-tool-rounds); the model "
                          "still asked for %2.")
                           .arg(m_options.maxToolRounds)
                           .arg(names.join(QLatin1String(", ")));
    }
    if (m_options.json) {
        printJson(limitMessage);
    } else {
        onDelta({}); // prints text released by finish()
        m_output.endAnswer();
        writeEndNotes(m_message, m_runner != nullptr);
        printOtherChoices();
        if (error.isError())
            m_output.writeNote(QStringLiteral("confab-cli: ") + error.message);
        else if (m_roundLimitReached)
            m_output.writeNote(QStringLiteral("confab-cli: ") + limitMessage);
        m_output.flush();
    }
    m_exitCode = error.isError() ? error.exitCode()
        : m_roundLimitReached    ? toolRoundLimitExitCode
                                 : 0;
    Q_EMIT done(m_exitCode);
}

// What a person should know about how an answer ended, on stderr.
void AskCommand::writeEndNotes(const Message &answer, bool callsRan)
{
    if (!answer.refusal.isEmpty())
        m_output.writeNote(tr("The model refused: %1").arg(answer.refusal));
    if (!callsRan) {
        for (const ToolCall &call : answer.toolCalls)
            m_output.writeNote(tr("Tool call %1: %2(%3)").arg(call.id, call.name, call.arguments));
    }
    if (answer.finishReason == QLatin1String("length"))
        m_output.writeNote(tr("(The answer was cut off: it reached the token limit.)"));
    else if (answer.finishReason == QLatin1String("content_filter"))
        m_output.writeNote(tr("(The provider's content filter stopped the answer.)"));
}

// n > 1: the other choices, after choice 0, in the order of their index. Their tool calls
// are shown, never run: only choice 0 drives the tools.
void AskCommand::printOtherChoices()
{
    const int asked = m_options.parameters.n.value_or(1);
    const int count = int(m_otherChoices.size()) + 1;
    int position = 1;
    for (const OtherChoice &other : std::as_const(m_otherChoices)) {
        ++position;
        m_output.writeAnswer(
            QString(tr("--- choice %1 of %2 ---").arg(position).arg(count) + u'\n'));
        if (!m_options.hideReasoning)
            m_output.writeReasoning(other.message.reasoning);
        m_output.writeAnswer(other.message.content);
        m_output.endAnswer();
        writeEndNotes(other.message, false);
    }
    if (count < asked)
        m_output.writeNote(
            tr("(%1 of the %n answers asked for arrived.)", nullptr, asked).arg(count));
}

void AskCommand::printJson(const QString &limitMessage)
{
    QJsonArray calls;
    for (const ToolCall &call : m_message.toolCalls)
        calls.append(call.toJson());
    QJsonObject result {
        {QLatin1String("content"), m_message.content},
        {QLatin1String("reasoning"), m_message.reasoning},
        {QLatin1String("tool_calls"), calls},
        {QLatin1String("finish_reason"),
         m_message.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(m_message.finishReason)},
        {QLatin1String("usage"),
         m_usage.isValid() ? QJsonValue(m_usage.toJson()) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("model"), m_message.model},
        {QLatin1String("timings"),
         QJsonObject {
             {QLatin1String("first_byte_ms"), millisecondsSince(m_sentAt, m_firstByteAt)},
             {QLatin1String("first_token_ms"), millisecondsSince(m_sentAt, m_firstTokenAt)},
             {QLatin1String("total_ms"),
              millisecondsSince(m_sentAt, m_message.timings.finishedAt)}}},
    };
    QJsonArray choices {choiceJson(0, m_message)};
    for (auto it = m_otherChoices.cbegin(); it != m_otherChoices.cend(); ++it)
        choices.append(choiceJson(it.key(), it->message));
    result.insert(QLatin1String("choices"), choices);
    if (m_runner) {
        result.insert(QLatin1String("tool_rounds"), m_toolRounds);
        result.insert(QLatin1String("tool_results"), m_toolResults);
    }
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
    } else if (m_roundLimitReached) {
        result.insert(QLatin1String("error"),
                      QJsonObject {{QLatin1String("kind"), QStringLiteral("tool_round_limit")},
                                   {QLatin1String("http_status"), QJsonValue(QJsonValue::Null)},
                                   {QLatin1String("message"), limitMessage}});
    }
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
