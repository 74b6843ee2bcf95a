#pragma once

#include "chat/toolcall.h"
#include "tool.h"

#include <QList>
#include <QObject>

#include <functional>

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
    };
    // Whether the call may run now. Until Confab asks the person, only read-only tools do.
    using Approval = std::function<bool(const Tool &, const ToolCall &)>;

    static constexpr int defaultTimeoutMs = 30'000;

    explicit ToolRunner(const ToolRegistry *registry, QObject *parent = nullptr);

    void setApproval(Approval approval) { m_approval = std::move(approval); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    static bool readOnlyOnly(const Tool &tool, const ToolCall &call);

    // Starts the calls; finished() follows from the event loop, never from inside run().
    void run(const QList<ToolCall> &calls);
    bool isRunning() const { return m_pending > 0; }
    // Calls still running end now as cancelled (a late result is ignored).
    void cancel();

Q_SIGNALS:
    void finished(const QList<ToolRunner::Outcome> &outcomes);

private:
    void settle(quint64 generation, int index, const ToolOutput &output);

    const ToolRegistry *m_registry;
    Approval m_approval = &ToolRunner::readOnlyOnly;
    int m_timeoutMs = defaultTimeoutMs;
    QList<Outcome> m_outcomes;
    QList<bool> m_settled;
    int m_pending = 0;
    quint64 m_generation = 0; // a new run or a cancel makes earlier callbacks stale
};
