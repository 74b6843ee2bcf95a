#pragma once

#include "tools/toolapprovals.h"
#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>

#include <functional>
#include <memory>

// Consent for the tool calls of one conversation: which calls may run without asking (the
// person's standing rules and what was allowed for this chat), the calls waiting for the
// person, and why each call that ran was allowed, for the tool-run log.
class ToolConsent
{
    Q_DECLARE_TR_FUNCTIONS(ToolConsent)

public:
    // Told when a call starts waiting for the person, and when the waiting list changes.
    struct Listener
    {
        std::function<void(const QString &callId)> waiting;
        std::function<void()> pendingChanged;
    };
    explicit ToolConsent(Listener listener)
        : m_listener(std::move(listener))
    { }

    // The standing rules (not owned); without them only read-only tools run, and nothing
    // is asked.
    void setApprovals(ToolApprovals *approvals) { m_approvals = approvals; }
    ToolApprovals *approvals() const { return m_approvals; }
    // Lets `runner` ask through this object.
    void attach(ToolRunner *runner);

    // [{callId, tool, source, effect, arguments}] (arguments as indented JSON text, whole).
    QVariantList pending() const;
    // See ChatSession::answerApproval; `decision` is an ApprovalDecision. `denied` gets the
    // reason when the call is denied.
    bool answer(const QString &callId, int decision, const QString &arguments,
                const std::function<void(const QString &reason)> &denied);
    QString argumentProblems(const QString &callId, const QString &arguments) const;
    // Forgets the waiting calls (their runner is being cancelled); true when there were some.
    bool dropPending() { return !std::exchange(m_pending, {}).isEmpty(); }

    // Why the call was allowed or refused, for the log; empty when unknown.
    QString reasonFor(const QString &callId) const { return m_reasons.value(callId); }
    void clearReasons() { m_reasons.clear(); }

private:
    struct PendingCall
    {
        QString callId;
        std::shared_ptr<const Tool> tool; // alive while it waits, whatever its source does
        QString exposedName;
        QJsonObject arguments;
        ToolRunner::Answer answer;
    };
    QList<PendingCall>::const_iterator findPending(const QString &callId) const;

    Listener m_listener;
    ToolApprovals *m_approvals = nullptr;
    QSet<QString> m_allowedInChat; // ToolApprovals::keyOf() of the tools allowed here
    QHash<QString, QString> m_reasons; // call id -> who let it run (or did not)
    QList<PendingCall> m_pending;
};
