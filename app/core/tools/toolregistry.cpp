#include "toolregistry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool ToolRegistry::isValidName(const QString &name)
{
    static const QRegularExpression valid(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    return valid.match(name).hasMatch();
}

bool ToolRegistry::add(std::unique_ptr<Tool> tool)
{
    if (!tool || !isValidName(tool->name()) || find(tool->name()))
        return false;
    m_tools.push_back(std::move(tool));
    return true;
}

Tool *ToolRegistry::find(const QString &name) const
{
    for (const auto &tool : m_tools)
        if (tool->name() == name)
            return tool.get();
    return nullptr;
}

QStringList ToolRegistry::names() const
{
    QStringList names;
    for (const auto &tool : m_tools)
        names.append(tool->name());
    return names;
}

QJsonArray ToolRegistry::requestTools() const
{
    QJsonArray tools;
    for (const auto &tool : m_tools)
        tools.append(tool->toRequestJson());
    return tools;
}
