#pragma once

#include <confabtoolplugin.h>

#include <QObject>

// The plugin's root object: names the plugin and makes its two read-only tools.
class TextStatsPlugin : public QObject, public ConfabToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ConfabToolPlugin_iid)
    Q_INTERFACES(ConfabToolPlugin)

public:
    QString pluginName() const override;
    QString pluginVersion() const override;
    std::vector<std::unique_ptr<ConfabPluginTool>> createTools() override;
};
