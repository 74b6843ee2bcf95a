#pragma once

#include "chat/message.h"
#include "compare/answermetrics.h"
#include "comparetargets.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// How one column of `confab-cli compare` ended.
struct CompareResult
{
    CompareTarget target;
    Message message;
    AnswerMetrics metrics;
};

// What `confab-cli compare` prints once every column has ended: the metrics table for
// people, the JSON for scripts, and the exit code. Pure functions of the results.
namespace CompareReport {

// A Markdown pipe table, padded so that it also reads as a table in a terminal: model,
// first token, speed, tokens (the answer's; "≈" when estimated), duration, cost (only when
// some column has one) and how it finished, or the kind of error ("error: rate limited
// (429)"; the whole message is under the answer). Numbers are aligned right.
QString table(const QList<CompareResult> &results);

// {"columns": [{label, provider, provider_name, model, answered_model, content, reasoning,
//  refusal, tool_calls, finish_reason, usage, metrics, error}], "answered": N}; unknown
// values are null.
QJsonObject json(const QList<CompareResult> &results);

// 0 when any column answered; otherwise the first column's error's exit code (as `ask`).
int exitCode(const QList<CompareResult> &results);

} // namespace CompareReport
