#pragma once

// Confab's tool plugin interface: the one header a plugin author compiles against. It
// needs Qt Core and the C++ standard library only; a plugin never links Confab's own
// libraries.
//
// A plugin is a Qt plugin (a shared library built with Qt's plugin support) whose root
// object implements ConfabToolPlugin:
//
//     class MyPlugin : public QObject, public ConfabToolPlugin
//     {
//         Q_OBJECT
//         Q_PLUGIN_METADATA(IID ConfabToolPlugin_iid)
//         Q_INTERFACES(ConfabToolPlugin)
//     public:
//         QString pluginName() const override;
//         ...
//     };
//
// and is dropped into one of Confab's plugin folders: <app>/../lib/confab/plugins,
// <app>/plugins, or "plugins" in the user's Confab data folder.
//
// Versioning: the interface id ends in its version ("/1"). Any change to these classes
// that changes their layout or virtual functions makes a new version; Confab refuses a
// plugin built for another one and says so, instead of calling into the wrong layout.
// A plugin must also be built with a Qt of the same major version, no newer than Confab's
// (Qt's own check), and a compatible C++ compiler and standard library.

#include <QJsonObject>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>
#include <vector>

// One function the model may call. Confab owns it (see ConfabToolPlugin::createTools) and
// uses it on the application's main thread only.
class ConfabPluginTool
{
public:
    // What running the tool may do, least to most consequential. Confab asks the person
    // before running anything but ReadOnly. A value Confab does not know counts as
    // RunsPrograms.
    enum class Effect : int {
        ReadOnly = 0, // reads only what it was given (or the clock); changes nothing
        Writes = 1, // changes files or data
        Network = 2, // talks to other machines
        RunsPrograms = 3, // starts processes
    };

    // The tool's answer for the model: a text, or an error text the model can act on.
    using Done = std::function<void(const QString &text, bool isError)>;

    virtual ~ConfabPluginTool() = default;

    // [a-zA-Z0-9_-]{1,64}, unique within the plugin, the same on every call.
    virtual QString name() const = 0;
    // What it does and when to use it, written for the model.
    virtual QString description() const = 0;
    // JSON Schema of the arguments: {"type": "object", "properties": {...}, ...}. An empty
    // object means "no arguments".
    virtual QJsonObject parameters() const = 0;
    virtual Effect effect() const = 0;

    // Runs the tool with arguments that are a JSON object (not yet checked against the
    // schema). Called on the main thread. Call `done` exactly once, now or later, on the
    // thread invoke() was called on; work done on another thread must post its result
    // back. Confab may stop waiting (a time limit, the person's Stop): `done` stays safe to
    // call, and its answer is then ignored. Must not throw.
    virtual void invoke(const QJsonObject &arguments, Done done) = 0;

protected:
    ConfabPluginTool() = default;
    ConfabPluginTool(const ConfabPluginTool &) = default;
    ConfabPluginTool &operator=(const ConfabPluginTool &) = default;
};

// The root object of a Confab tool plugin. Qt creates and owns it; it lives until the
// application exits (Confab never unloads a plugin whose tools it took).
class ConfabToolPlugin
{
public:
    virtual ~ConfabToolPlugin() = default;

    // Short and unique among plugins, e.g. "textstats". Names the tools' source in Confab
    // and prefixes a tool's name when another source already has it. "builtin" and names
    // starting with "mcp_" are Confab's own.
    virtual QString pluginName() const = 0;
    // The plugin's own version, for people ("1.2.0").
    virtual QString pluginVersion() const = 0;

    // New instances of the plugin's tools, on the main thread; Confab asks once per run
    // (each call's tools must be independent of another call's). The caller owns them and
    // destroys them, on the main thread, before the application exits.
    virtual std::vector<std::unique_ptr<ConfabPluginTool>> createTools() = 0;

protected:
    ConfabToolPlugin() = default;
    ConfabToolPlugin(const ConfabToolPlugin &) = default;
    ConfabToolPlugin &operator=(const ConfabToolPlugin &) = default;
};

#define ConfabToolPlugin_iid "app.confab.ToolPlugin/1"
Q_DECLARE_INTERFACE(ConfabToolPlugin, ConfabToolPlugin_iid)
