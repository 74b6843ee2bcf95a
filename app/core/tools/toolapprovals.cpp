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
    if (m_always.contains(wholeSourceKey(tool.source())))
        return tr("Allowed by you for every tool of %1").arg(tool.source());
    if (chat.contains(key))
        return tr("Allowed by you for this chat");
    return {};
}

QString ToolApprovals::wholeSourceKey(const QString &source)
{
    return source + u"/*"_s;
}
