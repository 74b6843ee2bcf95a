#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

// What running a tool may do, from the least to the most consequential: what Confab asks
// the person before it runs one depends on it.
enum class ToolEffect {
    ReadOnly, // reads what it was given or the clock; changes nothing
    Writes, // changes files or data
    Network, // talks to other machines
    RunsPrograms, // starts processes
};

// What a tool gives back to the model: text, or an error the model can read and act on.
struct ToolOutput
{
    QString text;
    bool isError = false;

    static ToolOutput error(const QString &message) { return {message, true}; }
};

// A function the model may call (OpenAI's "tools" of type "function").
class Tool
{
public:
    using Done = std::function<void(const ToolOutput &)>;

    virtual ~Tool() = default;

    virtual QString name() const = 0; // [a-zA-Z0-9_-]{1,64}, unique in a registry
    virtual QString description() const = 0; // for the model
    virtual QJsonObject parameters() const = 0; // JSON Schema of the arguments object
    virtual ToolEffect effect() const = 0;
    // Where the tool comes from: "builtin", "mcp_<server>", a plugin's name. It prefixes the
    // name offered to the model when another source already has that name.
    virtual QString source() const { return QStringLiteral("builtin"); }

    // Runs with arguments that parsed as a JSON object; calls `done` exactly once, now or
    // later, from the thread it was called on.
    virtual void invoke(const QJsonObject &arguments, const Done &done) = 0;

    // Stops a run early (Stop, a time-out); after it `done` may still come and is ignored.
    using Cancel = std::function<void()>;
    // invoke(), returning a way to stop that run. Tools that can stop their work (a request
    // to a server, a download) override it; the default lets the run finish unheard.
    virtual Cancel start(const QJsonObject &arguments, const Done &done)
    {
        invoke(arguments, done);
        return {};
    }
    // How long a run may take, in ms; 0: as long as whoever runs it allows.
    virtual int timeoutMs() const { return 0; }

    // The schema of arguments that are one required string.
    static QJsonObject oneStringParameter(const QString &property, const QString &description);

    // "read-only", "writes", "network", "runs programs": for people, settings and the log.
    static QString effectName(ToolEffect effect);

    // The entry of a request's "tools" array, offered under `exposedName`.
    QJsonObject toRequestJson(const QString &exposedName) const;
};
