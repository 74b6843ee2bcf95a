#include <QObject>
#include <QtPlugin>

// A plugin built for a later version of Confab's interface than the one under test: it must
// be refused from its metadata, before any of its code runs.
class FuturePlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "app.confab.ToolPlugin/2")
};

#include "futureplugin.moc"
