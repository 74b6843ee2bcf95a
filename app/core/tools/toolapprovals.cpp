#include "toolapprovals.h"

using namespace Qt::StringLiterals;

QString ToolApprovals::keyOf(const Tool &tool)
{
    return tool.source() + u'/' + tool.name();
}

bool ToolApprovals::allows(const Tool &tool, const QSet<QString> &chat) const
{
    if (m_readOnlyBuiltins && tool.effect() == ToolEffect::ReadOnly
        && tool.source() == u"builtin"_s)
        return true;
    const QString key = keyOf(tool);
    return m_always.contains(key) || chat.contains(key);
}
