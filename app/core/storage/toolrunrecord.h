#pragma once

#include <QString>

// One line of the tool-run log: a call the model asked for, and what became of it.
struct ToolRunRecord
{
    qint64 id = 0; // given by the store
    QString conversationId;
    QString messageId; // the answer that asked for the call
    QString toolCallId;
    QString tool; // as the model named it
    QString source; // "builtin", "mcp_<server>", a plugin's name
    QString arguments; // what ran (the person may have edited the model's)
    QString result;
    QString status; // ToolRun::statusName()
    QString approval; // who let it run, or why it did not
    qint64 startedAt = 0; // ms since the epoch; 0 when it never ran
    qint64 finishedAt = 0;
};
