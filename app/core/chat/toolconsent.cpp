#include "toolconsent.h"

#include "tools/argumentcheck.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

void ToolConsent::attach(ToolRunner *runner)
{
    runner->setApproval([this](const Tool &tool, const ToolCall &call) {
        const QString why = m_approvals ? m_approvals->allowedBecause(tool, m_allowedInChat)
            : tool.effect() == ToolEffect::ReadOnly ? tr("Read-only")
                                                    : QString();
        if (!why.isEmpty())
            m_reasons.insert(call.id, why);
        else if (!m_approvals)
            m_reasons.insert(call.id, tr("Not allowed: it needs consent"));
        return !why.isEmpty();
    });
    if (!m_approvals) {
        runner->setAsk({});
        return;
    }
    runner->setAsk([this](const std::shared_ptr<Tool> &tool, const ToolCall &call,
                          const QJsonObject &arguments, const ToolRunner::Answer &answer) {
        m_pending.append({call.id, tool, call.name, arguments, answer});
        m_listener.waiting(call.id);
        m_listener.pendingChanged();
    });
}

QVariantList ToolConsent::pending() const
{
    QVariantList list;
    for (const PendingCall &call : m_pending)
        list.append(QVariantMap {
            {u"callId"_s, call.callId},
            {u"tool"_s, call.exposedName},
            {u"source"_s, call.tool->source()},
            {u"effect"_s, Tool::effectName(call.tool->effect())},
            {u"arguments"_s, QString::fromUtf8(QJsonDocument(call.arguments).toJson())}});
    return list;
}

QList<ToolConsent::PendingCall>::const_iterator
ToolConsent::findPending(const QString &callId) const
{
    return std::find_if(m_pending.cbegin(), m_pending.cend(),
                        [&callId](const PendingCall &p) { return p.callId == callId; });
}

bool ToolConsent::answer(const QString &callId, int decision, const QString &arguments,
                         const std::function<void(const QString &reason)> &denied)
{
    const auto it = findPending(callId);
    const int deny = int(ApprovalDecision::Deny);
    if (it == m_pending.cend() || decision < int(ApprovalDecision::AllowOnce) || decision > deny)
        return false;
    const QJsonDocument edited = QJsonDocument::fromJson(arguments.toUtf8());
    if (decision != deny
        && (!edited.isObject()
            || !ArgumentCheck::problems(edited.object(), it->tool->parameters()).isEmpty()))
        return false;
    const PendingCall call = *it;
    m_pending.removeAt(it - m_pending.cbegin());
    if (decision == int(ApprovalDecision::AllowForChat))
        m_allowedInChat.insert(ToolApprovals::keyOf(*call.tool));
    else if (decision == int(ApprovalDecision::AlwaysAllow) && m_approvals)
        m_approvals->allowAlways(*call.tool);
    const QString how[] = {tr("Allowed once by you"), tr("Allowed by you for this chat"),
                           tr("Always allowed by you"), tr("Denied by you")};
    QString reason = how[decision];
    if (decision != deny && edited.object() != call.arguments)
        reason += tr(", with your changes to the arguments");
    m_reasons.insert(callId, reason);
    if (decision == deny)
        denied(reason);
    m_listener.pendingChanged();
    call.answer(ApprovalDecision(decision), edited.object());
    return true;
}

QString ToolConsent::argumentProblems(const QString &callId, const QString &arguments) const
{
    const auto it = findPending(callId);
    if (it == m_pending.cend())
        return tr("This call is no longer waiting.");
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return tr("This is not valid JSON: %1 (at character %2).")
            .arg(error.errorString())
            .arg(error.offset);
    if (!json.isObject())
        return tr("The arguments must be a JSON object, like {\"name\": \"value\"}.");
    return ArgumentCheck::problems(json.object(), it->tool->parameters());
}
