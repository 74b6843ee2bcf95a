#include "comparereport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace CompareReport {

namespace {

constexpr qsizetype maxFinishWidth = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("CompareReport", text);
}

const QString unknown = QStringLiteral("—");

// One table cell: a single line, no unescaped pipe.
QString cell(const QString &text, qsizetype maxWidth = -1)
{
    QString line = text.simplified();
    if (maxWidth > 0 && line.size() > maxWidth)
        line = line.left(maxWidth - 1).trimmed() + QStringLiteral("…");
    line.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return line.isEmpty() ? unknown : line;
}

// Short enough for a table, "error: rate limited (429)"; the answer's block has it all.
QString finishCell(const CompareResult &result)
{
    const ApiError &error = result.message.error;
    if (!error.isError())
        return cell(result.metrics.finishText(), maxFinishWidth);
    QString what = error.kindName().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (error.httpStatus > 0)
        what += QStringLiteral(" (%1)").arg(error.httpStatus);
    return cell(tr("error: %1").arg(what));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString table(const QList<CompareResult> &results)
{
    bool anyCost = false;
    for (const CompareResult &result : results)
        anyCost = anyCost || result.metrics.hasCost();

    struct Column
    {
        QString title;
        bool right; // numbers
        QStringList cells;
    };
    QList<Column> columns {{tr("model"), false, {}},
                           {tr("first token"), true, {}},
                           {tr("speed"), true, {}},
                           {tr("tokens"), true, {}},
                           {tr("duration"), true, {}}};
    if (anyCost)
        columns.append({tr("cost"), true, {}});
    columns.append({tr("finish"), false, {}});
    for (const CompareResult &result : results) {
        const AnswerMetrics &metrics = result.metrics;
        columns[0].cells << cell(result.target.label);
        columns[1].cells << cell(metrics.timeToFirstTokenText());
        columns[2].cells << cell(metrics.speedText());
        columns[3].cells << cell(
            AnswerMetrics::formatTokenCount(metrics.completionTokens, metrics.estimated));
        columns[4].cells << cell(metrics.durationText());
        if (anyCost)
            columns[5].cells << cell(metrics.costText());
        columns.last().cells << finishCell(result);
    }

    QList<qsizetype> widths;
    for (const Column &column : std::as_const(columns)) {
        qsizetype width = std::max<qsizetype>(column.title.size(), 3);
        for (const QString &text : column.cells)
            width = std::max(width, text.size());
        widths << width;
    }
    const auto row = [&](const QStringList &texts) {
        QString line(QLatin1Char('|'));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line += QLatin1Char(' ');
            line += columns.at(i).right ? texts.at(i).rightJustified(widths.at(i))
                                        : texts.at(i).leftJustified(widths.at(i));
            line += QStringLiteral(" |");
        }
        line += QLatin1Char('\n');
        return line;
    };
    QStringList titles;
    QStringList rules;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        titles << columns.at(i).title;
        QString rule(widths.at(i), QLatin1Char('-'));
        if (columns.at(i).right)
            rule.back() = QLatin1Char(':');
        rules << rule;
    }
    QString text = row(titles) + row(rules);
    for (qsizetype r = 0; r < results.size(); ++r) {
        QStringList cells;
        for (const Column &column : std::as_const(columns))
            cells << column.cells.at(r);
        text += row(cells);
    }
    return text;
}

QJsonObject json(const QList<CompareResult> &results)
{
    QJsonArray columns;
    int answered = 0;
    for (const CompareResult &result : results) {
        const Message &message = result.message;
        QJsonArray calls;
        for (const ToolCall &call : message.toolCalls)
            calls.append(call.toJson());
        QJsonValue error(QJsonValue::Null);
        if (message.error.isError()) {
            error = QJsonObject {{QLatin1String("kind"), message.error.kindName()},
                                 {QLatin1String("http_status"),
                                  message.error.httpStatus ? QJsonValue(message.error.httpStatus)
                                                           : QJsonValue(QJsonValue::Null)},
                                 {QLatin1String("message"), message.error.message}};
        } else {
            ++answered;
        }
        columns.append(QJsonObject {
            {QLatin1String("label"), result.target.label},
            {QLatin1String("provider"), textOrNull(result.target.providerId)},
            {QLatin1String("provider_name"), textOrNull(result.target.providerName)},
            {QLatin1String("model"), result.target.model},
            {QLatin1String("answered_model"), textOrNull(message.model)},
            {QLatin1String("content"), message.content},
            {QLatin1String("reasoning"), message.reasoning},
            {QLatin1String("refusal"), textOrNull(message.refusal)},
            {QLatin1String("tool_calls"), calls},
            {QLatin1String("finish_reason"), textOrNull(message.finishReason)},
            {QLatin1String("usage"),
             message.usage.isValid() ? QJsonValue(message.usage.toJson())
                                     : QJsonValue(QJsonValue::Null)},
            {QLatin1String("metrics"), result.metrics.toJson()},
            {QLatin1String("error"), error},
        });
    }
    return {{QLatin1String("columns"), columns}, {QLatin1String("answered"), answered}};
}

int exitCode(const QList<CompareResult> &results)
{
    for (const CompareResult &result : results) {
        if (!result.message.error.isError())
            return 0;
    }
    return results.isEmpty() ? 0 : results.constFirst().message.error.exitCode();
}

} // namespace CompareReport
