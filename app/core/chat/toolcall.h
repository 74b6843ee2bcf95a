#pragma once

#include <QJsonObject>
#include <QString>

// What became of a tool call in Confab: kept with the call, shown on its card, stored with
// the conversation. Calls that never ran here (imported, or from before tools ran) have
// status None.
struct ToolRun
{
    enum class Status {
        None,
        WaitingForApproval,
        Running,
        Done,
        Failed, // the tool reported an error, took too long, or could not be called
        Denied, // the person (or a policy) did not let it run
        Cancelled, // stopped by the person
    };

    Status status = Status::None;
    QString source; // "builtin", "mcp_<server>", a plugin's name
    QString effect; // Tool::effectName(): "read-only", "writes", "network", "runs programs"
    QString approval; // how it came to run or not, for people ("Allowed once by you")
    QString arguments; // what actually ran, when the person edited the model's arguments
    QString result; // what the model was given back
    qint64 startedAt = 0; // ms since the epoch; 0 until it runs
    qint64 finishedAt = 0;

    bool isFinished() const;
    qint64 durationMs() const; // -1 until it has run
    static QString statusName(Status status); // "waiting", "running", "done", …
    static Status statusFromName(const QString &name);
    QJsonObject toJson() const;
    static ToolRun fromJson(const QJsonObject &object);
};

// A function call the model asked for. `arguments` is JSON text once the stream is done.
struct ToolCall
{
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments;
    QJsonObject extraContent; // provider data to echo back (Gemini's `extra_content`)
    ToolRun run;

    bool hasValidArguments() const; // a JSON object (or empty, meaning "no arguments")
    QJsonObject toJson() const; // {id, name, arguments}
};
