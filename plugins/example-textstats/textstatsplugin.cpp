#include "textstatsplugin.h"

#include "countoccurrencestool.h"
#include "textstatstool.h"

using namespace Qt::StringLiterals;

QString TextStatsPlugin::pluginName() const
{
    return u"textstats"_s;
}

QString TextStatsPlugin::pluginVersion() const
{
    return u"1.0.0"_s;
}

std::vector<std::unique_ptr<ConfabPluginTool>> TextStatsPlugin::createTools()
{
    std::vector<std::unique_ptr<ConfabPluginTool>> tools;
    tools.push_back(std::make_unique<TextStatsTool>());
    tools.push_back(std::make_unique<CountOccurrencesTool>());
    return tools;
}
