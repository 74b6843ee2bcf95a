#include <confabtoolplugin.h>

#include <QObject>

// Defined nowhere: the dynamic linker refuses the library, as it would a plugin built
// against a library the machine lacks.
extern int confabMissingData;

// A Confab tool plugin that cannot be loaded.
class MissingSymbolPlugin : public QObject, public ConfabToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ConfabToolPlugin_iid)
    Q_INTERFACES(ConfabToolPlugin)

public:
    QString pluginName() const override { return QString::number(confabMissingData); }
    QString pluginVersion() const override { return {}; }
    std::vector<std::unique_ptr<ConfabPluginTool>> createTools() override { return {}; }
};

#include "missingsymbolplugin.moc"
