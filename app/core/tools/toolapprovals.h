#pragma once

#include "tool.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// Who may run without asking. A person answers a call with one of the decisions; the
// broader ones are remembered here (always) or by the conversation (this chat).
enum class ApprovalDecision {
    AllowOnce,
    AllowForChat, // this tool, in this conversation, from now on
    AlwaysAllow, // this tool, everywhere, from now on
    Deny,
};

class ToolApprovals
{
    Q_DECLARE_TR_FUNCTIONS(ToolApprovals)

public:
    // Read-only built-ins (the clock, the calculator, reading shared folders) need no
    // question unless the person turns that off.
    void setReadOnlyBuiltinsPreApproved(bool preApproved) { m_readOnlyBuiltins = preApproved; }
    bool readOnlyBuiltinsPreApproved() const { return m_readOnlyBuiltins; }

    void allowAlways(const Tool &tool) { m_always.insert(keyOf(tool)); }
    void revoke(const Tool &tool) { m_always.remove(keyOf(tool)); }
    // True when the call may run without asking; `chat` holds the conversation's own
    // allowances.
    bool allows(const Tool &tool, const QSet<QString> &chat) const
    {
        return !allowedBecause(tool, chat).isEmpty();
    }
    // Why the call may run without asking, for people and the log; empty when it may not.
    QString allowedBecause(const Tool &tool, const QSet<QString> &chat) const;
    QStringList alwaysAllowed() const { return m_always.values(); } // keys, for settings
    void setAlwaysAllowed(const QStringList &keys) { m_always = {keys.begin(), keys.end()}; }

    static QString keyOf(const Tool &tool); // "<source>/<name>"
    // Allowed always, it lets every tool of that source (an MCP server) run without asking.
    static QString wholeSourceKey(const QString &source); // "<source>/*"

private:
    bool m_readOnlyBuiltins = true;
    QSet<QString> m_always;
};
