#pragma once

#include "tool.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

// The tools a conversation can offer the model, by the name the model sees: the tool's own
// name, or "<source>__<name>" when another source had that name first.
class ToolRegistry
{
public:
    // Returns the name the model sees, or an empty string (and the tool is dropped) when
    // no valid, free name can be made for it.
    QString add(std::unique_ptr<Tool> tool);
    // Drops every tool of a source (an MCP server that changed its list, or stopped).
    void removeSource(const QString &source);
    Tool *find(const QString &exposedName) const;
    // The same, kept alive for as long as the caller holds it: a call waiting for consent
    // or running keeps its tool even when its source leaves the registry meanwhile.
    std::shared_ptr<Tool> share(const QString &exposedName) const;
    QStringList names() const; // as the model sees them, in the order they were added
    bool isEmpty() const { return m_entries.empty(); }

    // The request's "tools" array, in the order the tools were added.
    // Tools named in `excluded` are left out.
    QJsonArray requestTools(const QSet<QString> &excluded = {}) const;

    static bool isValidName(const QString &name);

private:
    struct Entry
    {
        QString exposedName;
        std::shared_ptr<Tool> tool;
    };
    std::vector<Entry> m_entries;
};
