#include <QObject>
#include <QtPlugin>

// A valid Qt plugin of an interface that is not Confab's.
class NotConfabPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.NotConfab/1")
};

#include "notconfabplugin.moc"
