#pragma once

#include "chat/toolcall.h"
#include "tool.h"
#include "toolapprovals.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class ToolRegistry;

// Runs the tool calls of one answer, all at once, and reports every outcome in the order of
// the calls. A call whose tool is unknown, whose arguments are not a JSON object, that is
// not allowed to run, that takes too long or that is cancelled gets an error the model can
// read: nothing here throws the conversation away.
class ToolRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString toolCallId;
        QString toolName;
        ToolOutput output;
        // Done or Failed (by the tool's own report, a time-out, a bad call), Denied, or
        // Cancelled.
        ToolRun::Status status = ToolRun::Status::None;
    };
    // Whether the call may run without asking. By default only read-only tools do.
    using Approval = std::function<bool(const Tool &, const ToolCall &)>;
    // Asks the person about a call that may not run without asking; `answer` comes later
    // with the decision and the arguments to run with (the person may have edited them).
    using Answer = std::function<void(ApprovalDecision, const QJsonObject &arguments)>;
    // The tool is shared: it stays valid while the question waits, even if its source
    // leaves the registry meanwhile.
    using Ask = std::function<void(const std::shared_ptr<Tool> &, const ToolCall &,
                                   const QJsonObject &arguments, const Answer &answer)>;

    static constexpr int defaultTimeoutMs = 30'000;

    explicit ToolRunner(const ToolRegistry *registry, QObject *parent = nullptr);

    void setApproval(Approval approval) { m_approval = std::move(approval); }
    // Without a way to ask, a call that needs consent is refused.
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Tools not offered in this conversation: a call to one is answered as to an unknown tool.
    void setExcluded(const QSet<QString> &names) { m_excluded = names; }
    static bool readOnlyOnly(const Tool &tool, const ToolCall &call);

    // Starts the calls; finished() follows from the event loop, never from inside run().
    void run(const QList<ToolCall> &calls);
    bool isRunning() const { return m_pending > 0; }
    // Calls still running end now as cancelled, and their tools are told to stop.
    void cancel();

Q_SIGNALS:
    // The call at `index` of run()'s list was allowed and its tool started, with these
    // arguments.
    void callStarted(int index, const QJsonObject &arguments);
    // The call at `index` ended (before finished() reports them all).
    void callSettled(int index, const ToolRunner::Outcome &outcome);
    void finished(const QList<ToolRunner::Outcome> &outcomes);

private:
    QStringList offeredNames() const;
    void stopRun(int index); // tells the tool of a run under way to stop
    void settle(quint64 generation, int index, const ToolOutput &output, ToolRun::Status status);
    void start(quint64 generation, int index, const std::shared_ptr<Tool> &tool,
               const QJsonObject &arguments);

    const ToolRegistry *m_registry;
    Approval m_approval = &ToolRunner::readOnlyOnly;
    Ask m_ask;
    int m_timeoutMs = defaultTimeoutMs;
    QSet<QString> m_excluded;
    QList<Outcome> m_outcomes;
    QList<bool> m_settled;
    QList<Tool::Cancel> m_cancels; // of the runs under way, by index
    int m_pending = 0;
    quint64 m_generation = 0; // a new run or a cancel makes earlier callbacks stale
};
