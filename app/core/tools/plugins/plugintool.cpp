#include "plugintool.h"

#include "tools/toolregistry.h"

#include <QPluginLoader>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// A string of our own: one a plugin made from a literal points into the plugin's library.
QString ownCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

} // namespace

PluginTool::PluginTool(std::unique_ptr<ConfabPluginTool> tool, const QString &source,
                       std::shared_ptr<QPluginLoader> library)
    : m_library(std::move(library))
    , m_tool(std::move(tool))
    , m_source(source)
    , m_effect(ToolEffect::RunsPrograms)
{
    if (!m_tool)
        return;
    m_name = ownCopy(m_tool->name());
    m_description = ownCopy(m_tool->description());
    m_parameters = m_tool->parameters();
    // The chat-completions API wants an object schema even for a tool without arguments.
    if (m_parameters.isEmpty())
        m_parameters = {{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
    m_effect = toToolEffect(m_tool->effect());
}

PluginTool::~PluginTool() = default;

QString PluginTool::problem() const
{
    if (!m_tool)
        return tr("the plugin gave an empty tool");
    if (!ToolRegistry::isValidName(m_name))
        return tr("the tool name \"%1\" is not 1 to 64 letters, digits, '_' or '-'").arg(m_name);
    if (m_description.trimmed().isEmpty())
        return tr("the tool %1 has no description").arg(m_name);
    if (m_parameters.value(u"type"_s).toString() != u"object")
        return tr("the parameters of %1 are not a JSON Schema of type \"object\"").arg(m_name);
    return {};
}

ToolEffect PluginTool::toToolEffect(ConfabPluginTool::Effect effect)
{
    switch (effect) {
    case ConfabPluginTool::Effect::ReadOnly:
        return ToolEffect::ReadOnly;
    case ConfabPluginTool::Effect::Writes:
        return ToolEffect::Writes;
    case ConfabPluginTool::Effect::Network:
        return ToolEffect::Network;
    case ConfabPluginTool::Effect::RunsPrograms:
        return ToolEffect::RunsPrograms;
    }
    return ToolEffect::RunsPrograms;
}

void PluginTool::invoke(const QJsonObject &arguments, const Done &done)
{
    // A plugin that answers twice is heard once; atomic in case it answers from a thread.
    auto answered = std::make_shared<std::atomic_bool>(false);
    const auto answer = [done, answered](const QString &text, bool isError) {
        if (!answered->exchange(true))
            done({ownCopy(text), isError});
    };
    if (!m_tool) {
        answer(u"The plugin gave no tool named %1."_s.arg(m_name), true);
        return;
    }
    try {
        m_tool->invoke(arguments, answer);
    } catch (const std::exception &e) {
        answer(u"%1 failed: %2"_s.arg(m_name, QString::fromLocal8Bit(e.what())), true);
    } catch (...) {
        answer(u"%1 failed with an unknown error."_s.arg(m_name), true);
    }
}
