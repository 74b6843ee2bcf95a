#pragma once

#include "confabtoolplugin.h"
#include "tools/tool.h"

#include <QCoreApplication>

#include <memory>

class QPluginLoader;

// A plugin's tool as Confab's Tool. It keeps the plugin's library loaded while it lives,
// reads the tool's name, description, schema and effect once (so they cannot change behind
// the registry's back), and makes sure the model gets exactly one answer per call.
class PluginTool : public Tool
{
    Q_DECLARE_TR_FUNCTIONS(PluginTool)

public:
    // `source` is the plugin's name; `library` the loader that loaded it.
    PluginTool(std::unique_ptr<ConfabPluginTool> tool, const QString &source,
               std::shared_ptr<QPluginLoader> library);
    ~PluginTool() override;

    // Why the tool cannot be offered to the model (a bad name, a schema that is not an
    // object schema), or an empty string when it can.
    QString problem() const;

    QString name() const override { return m_name; }
    QString description() const override { return m_description; }
    QJsonObject parameters() const override { return m_parameters; }
    ToolEffect effect() const override { return m_effect; }
    QString source() const override { return m_source; }
    void invoke(const QJsonObject &arguments, const Done &done) override;

    // The plugin's effect as Confab's; a value this Confab does not know counts as the
    // most consequential one, so that it never runs without asking.
    static ToolEffect toToolEffect(ConfabPluginTool::Effect effect);

private:
    // Declared first so that it is destroyed last: the tool's code lives in the library.
    std::shared_ptr<QPluginLoader> m_library;
    std::unique_ptr<ConfabPluginTool> m_tool;
    QString m_source;
    QString m_name;
    QString m_description;
    QJsonObject m_parameters;
    ToolEffect m_effect;
};
