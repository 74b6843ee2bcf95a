#include "toolregistry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool ToolRegistry::isValidName(const QString &name)
{
    static const QRegularExpression valid(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    return valid.match(name).hasMatch();
}

QString ToolRegistry::add(std::unique_ptr<Tool> tool)
{
    if (!tool)
        return {};
    QString exposed = tool->name();
    if (const Tool *taken = find(exposed)) {
        if (taken->source() == tool->source())
            return {}; // one source, one tool of a name
        static const QRegularExpression unsafe(u"[^a-zA-Z0-9_-]"_s);
        exposed = QString(tool->source()).replace(unsafe, u"_"_s) + u"__"_s + tool->name();
    }
    if (!isValidName(exposed) || find(exposed))
        return {};
    m_entries.push_back({exposed, std::move(tool)});
    return exposed;
}

void ToolRegistry::removeSource(const QString &source)
{
    std::erase_if(m_entries, [&source](const Entry &e) { return e.tool->source() == source; });
}

Tool *ToolRegistry::find(const QString &exposedName) const
{
    return share(exposedName).get();
}

std::shared_ptr<Tool> ToolRegistry::share(const QString &exposedName) const
{
    for (const Entry &entry : m_entries)
        if (entry.exposedName == exposedName)
            return entry.tool;
    return nullptr;
}

QStringList ToolRegistry::names() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names.append(entry.exposedName);
    return names;
}

QJsonArray ToolRegistry::requestTools(const QSet<QString> &excluded) const
{
    QJsonArray tools;
    for (const Entry &entry : m_entries)
        if (!excluded.contains(entry.exposedName))
            tools.append(entry.tool->toRequestJson(entry.exposedName));
    return tools;
}
