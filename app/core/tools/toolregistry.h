#pragma once

#include "tool.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <memory>

// The tools a conversation can offer the model, by name.
class ToolRegistry
{
public:
    // False (and the tool is dropped) when its name is taken or not a valid function name.
    bool add(std::unique_ptr<Tool> tool);
    Tool *find(const QString &name) const;
    QStringList names() const;
    bool isEmpty() const { return m_tools.empty(); }

    // The request's "tools" array, in the order the tools were added.
    QJsonArray requestTools() const;

    static bool isValidName(const QString &name);

private:
    std::vector<std::unique_ptr<Tool>> m_tools;
};
