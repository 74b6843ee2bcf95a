#include "comparecommand.h"

#include "chat/messageformat.h"
#include "chat/streamaccumulator.h"
#include "client/chatclient.h"
#include "client/chatstream.h"
#include "compare/modelprices.h"
#include "comparereport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct CompareCommand::Column
{
    CompareTarget target;
    ChatClient *client = nullptr;
    ChatStream *stream = nullptr;
    StreamAccumulator accumulator;
    Message message;
    bool ended = false;
    bool printed = false;
    qsizetype printedContent = 0;
    qsizetype printedReasoning = 0;
};

CompareCommand::CompareCommand(const CliOptions &options, const QList<CompareTarget> &targets,
                               const ModelPrices *prices, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_prices(prices)
{
    for (const CompareTarget &target : targets) {
        auto column = std::make_unique<Column>();
        column->target = target;
        // A client each: its own connections, timeouts and retries.
        column->client = new ChatClient(target.endpoint, target.client, this);
        m_columns.push_back(std::move(column));
    }
}

CompareCommand::~CompareCommand() = default;

void CompareCommand::start()
{
    QString prompt = m_options.prompt;
    if (prompt == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            std::fputs("confab-cli: Cannot read stdin.\n", stderr);
            m_exitCode = 2;
            Q_EMIT done(m_exitCode);
            return;
        }
        prompt = QString::fromUtf8(input.readAll());
    }
    QList<RequestMessage> history;
    if (!m_options.system.isEmpty())
        history.append(RequestMessage::system(m_options.system));
    history.append(RequestMessage::user(prompt));
    m_promptCharacters = m_options.system.size() + prompt.size();

    m_running = int(m_columns.size());
    for (const std::unique_ptr<Column> &owned : m_columns) {
        Column *column = owned.get();
        ChatRequest request;
        request.model = column->target.model;
        request.stream = m_options.stream;
        request.parameters = m_options.parameters;
        request.messages = history;
        column->message = Message::create(Message::Role::Assistant);
        column->message.state = Message::State::Pending;
        column->message.timings.sentAt = now();
        column->stream = column->client->start(request);
        connect(column->stream, &ChatStream::deltaReceived, this,
                [this, column](const ChatDelta &delta) { onDelta(*column, delta); });
        connect(column->stream, &ChatStream::firstByteReceived, this,
                [column] { column->message.timings.firstByteAt = now(); });
        connect(column->stream, &ChatStream::finished, this,
                [this, column] { onEnded(*column, {}); });
        connect(column->stream, &ChatStream::failed, this,
                [this, column](const ApiError &error) { onEnded(*column, error); });
        connect(column->stream, &ChatStream::retrying, this,
                [this, column](int attempt, int seconds, const QString &reason) {
                    if (!m_options.json)
                        m_output.writeNote(tr("%1: %2 Retrying in %3 s (attempt %4).")
                                               .arg(column->target.label, reason)
                                               .arg(seconds)
                                               .arg(attempt));
                });
    }
}

void CompareCommand::onDelta(Column &column, const ChatDelta &delta)
{
    column.accumulator.apply(column.message, delta, now());
    if (m_options.json)
        return;
    if (!m_printing && !column.printed && hasOutput(column))
        beginPrinting(column);
    else if (m_printing == &column)
        printNewText(column);
}

void CompareCommand::onEnded(Column &column, const ApiError &error)
{
    if (column.ended)
        return;
    column.accumulator.finish(column.message, now());
    column.message.error = error;
    column.message.state = error.isError() ? Message::State::Failed : Message::State::Complete;
    if (column.message.model.isEmpty())
        column.message.model = column.stream->model();
    column.ended = true;
    --m_running;
    if (!m_options.json) {
        if (m_printing == &column)
            endPrinting(column);
        else
            m_waiting.append(&column);
        if (!m_printing)
            printNextColumns();
    }
    if (m_running == 0)
        finish();
}

bool CompareCommand::hasOutput(const Column &column) const
{
    const Message &message = column.message;
    return !message.content.isEmpty() || !message.reasoning.isEmpty() || !message.refusal.isEmpty()
        || !message.toolCalls.isEmpty();
}

void CompareCommand::beginPrinting(Column &column)
{
    m_printing = &column;
    const QString separator = m_printedBlocks > 0 ? QStringLiteral("\n") : QString();
    m_output.writeAnswer(
        QString(separator + QStringLiteral("## ") + column.target.label + QStringLiteral("\n\n")));
    printNewText(column);
}

void CompareCommand::printNewText(Column &column)
{
    const Message &message = column.message;
    if (!m_options.hideReasoning && message.reasoning.size() > column.printedReasoning) {
        m_output.writeReasoning(QStringView(message.reasoning).mid(column.printedReasoning));
        column.printedReasoning = message.reasoning.size();
    }
    // Text before a lone </think> moves into the reasoning; what was printed stays printed.
    column.printedContent = std::min(column.printedContent, message.content.size());
    if (message.content.size() > column.printedContent) {
        m_output.writeAnswer(QStringView(message.content).mid(column.printedContent));
        column.printedContent = message.content.size();
    }
    scheduleFlush();
}

void CompareCommand::endPrinting(Column &column)
{
    printNewText(column); // what finish() released
    m_output.endAnswer();
    const Message &message = column.message;
    QStringList notes;
    if (!message.refusal.isEmpty())
        notes << tr("The model refused: %1").arg(message.refusal);
    for (const ToolCall &call : message.toolCalls)
        notes << tr("Tool call %1: %2(%3)").arg(call.id, call.name, call.arguments);
    if (const QString note = MessageFormat::endNote(message); !note.isEmpty())
        notes << note;
    // Each a paragraph of its own; right under the heading when there is no text.
    bool gap = column.printedContent > 0;
    for (const QString &note : std::as_const(notes)) {
        m_output.writeAnswer(QString((gap ? QStringLiteral("\n_") : QStringLiteral("_"))
                                     + note.simplified() + QStringLiteral("_\n")));
        gap = true;
    }
    m_output.flush();
    column.printed = true;
    ++m_printedBlocks;
    m_printing = nullptr;
}

// After an answer: the ones that ended meanwhile, whole, then the one furthest along live.
void CompareCommand::printNextColumns()
{
    while (!m_printing && !m_waiting.isEmpty()) {
        Column *next = m_waiting.takeFirst();
        beginPrinting(*next);
        endPrinting(*next);
    }
    Column *next = nullptr;
    for (const std::unique_ptr<Column> &column : m_columns) {
        if (column->printed || column->ended || !hasOutput(*column))
            continue;
        if (!next || column->message.timings.firstTokenAt < next->message.timings.firstTokenAt)
            next = column.get();
    }
    if (next && !m_printing)
        beginPrinting(*next);
}

void CompareCommand::scheduleFlush()
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

QList<CompareResult> CompareCommand::results() const
{
    QList<CompareResult> results;
    for (const std::unique_ptr<Column> &column : m_columns) {
        AnswerMetrics::Context context;
        context.promptCharacters = m_promptCharacters;
        if (m_prices) {
            const Message &message = column->message;
            context.price = m_prices->find(column->target.providerId, column->target.model);
            if (!context.price && !message.model.isEmpty())
                context.price = m_prices->find(column->target.providerId, message.model);
        }
        results.append(
            {column->target, column->message, AnswerMetrics::compute(column->message, context)});
    }
    return results;
}

void CompareCommand::finish()
{
    const QList<CompareResult> all = results();
    if (m_options.json) {
        const QByteArray json
            = QJsonDocument(CompareReport::json(all)).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        m_output.writeAnswer(QString(QLatin1Char('\n') + CompareReport::table(all)));
    }
    m_output.flush();
    m_exitCode = CompareReport::exitCode(all);
    Q_EMIT done(m_exitCode);
}
