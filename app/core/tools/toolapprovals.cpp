#include "toolapprovals.h"

using namespace Qt::StringLiterals;

QString ToolApprovals::keyOf(const Tool &tool)
{
    return tool.source() + u'/' + tool.name();
}

QString ToolApprovals::allowedBecause(const Tool &tool, const QSet<QString> &chat) const
{
    if (m_readOnlyBuiltins && tool.effect() == ToolEffect::ReadOnly
        && tool.source() == u"builtin"_s)
        return tr("Read-only built-in, allowed in settings");
    const QString key = keyOf(tool);
    if (m_always.contains(key))
        return tr("Always allowed by you");
    if (chat.contains(key))
        return tr("Allowed by you for this chat");
    return {};
}
