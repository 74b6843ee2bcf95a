#include <confabtoolplugin.h>

#include <QObject>

using namespace Qt::StringLiterals;

namespace {

// A tool Confab cannot offer: a name the API refuses, or a schema that is not an object.
class BadTool : public ConfabPluginTool
{
public:
    BadTool(const QString &name, const QString &schemaType)
        : m_name(name)
        , m_schemaType(schemaType)
    { }
    QString name() const override { return m_name; }
    QString description() const override { return u"Cannot be offered."_s; }
    QJsonObject parameters() const override { return {{u"type"_s, m_schemaType}}; }
    Effect effect() const override { return Effect::ReadOnly; }
    void invoke(const QJsonObject &, Done done) override { done(u"ran"_s, false); }

private:
    QString m_name;
    QString m_schemaType;
};

} // namespace

// A Confab tool plugin whose every tool is unusable.
class UnusablePlugin : public QObject, public ConfabToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ConfabToolPlugin_iid)
    Q_INTERFACES(ConfabToolPlugin)

public:
    QString pluginName() const override { return u"unusable"_s; }
    QString pluginVersion() const override { return u"0"_s; }
    std::vector<std::unique_ptr<ConfabPluginTool>> createTools() override
    {
        std::vector<std::unique_ptr<ConfabPluginTool>> tools;
        tools.push_back(std::make_unique<BadTool>(u"has spaces!"_s, u"object"_s));
        tools.push_back(std::make_unique<BadTool>(u"string_schema"_s, u"string"_s));
        tools.push_back(nullptr);
        return tools;
    }
};

#include "unusableplugin.moc"
