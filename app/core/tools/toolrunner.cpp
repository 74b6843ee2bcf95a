#include "toolrunner.h"

#include "argumentcheck.h"
#include "toolregistry.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

ToolRunner::ToolRunner(const ToolRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{ }

bool ToolRunner::readOnlyOnly(const Tool &tool, const ToolCall &)
{
    return tool.effect() == ToolEffect::ReadOnly;
}

QStringList ToolRunner::offeredNames() const
{
    QStringList names = m_registry ? m_registry->names() : QStringList();
    names.removeIf([this](const QString &name) { return m_excluded.contains(name); });
    return names;
}

void ToolRunner::run(const QList<ToolCall> &calls)
{
    const quint64 generation = ++m_generation;
    m_outcomes.clear();
    m_settled = QList<bool>(calls.size(), false);
    m_cancels = QList<Tool::Cancel>(calls.size());
    m_pending = int(calls.size());
    for (const ToolCall &call : calls)
        m_outcomes.append({call.id, call.name, {}});
    if (calls.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_outcomes); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < calls.size(); ++i) {
        const ToolCall &call = calls.at(i);
        // Every outcome is reported from the event loop, so run() returns first.
        const auto report = [this, generation, i](const ToolOutput &output,
                                                  ToolRun::Status status) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, i, output, status] { settle(generation, i, output, status); },
                Qt::QueuedConnection);
        };
        const std::shared_ptr<Tool> tool = m_registry && !m_excluded.contains(call.name)
            ? m_registry->share(call.name)
            : nullptr;
        if (!tool) {
            report(ToolOutput::error(u"There is no tool named \"%1\". The tools are: %2."_s.arg(
                       call.name, offeredNames().join(u", "_s))),
                   ToolRun::Status::Failed);
            continue;
        }
        QJsonParseError parseError;
        const QString text = call.arguments.trimmed();
        const QJsonDocument arguments = text.isEmpty()
            ? QJsonDocument(QJsonObject())
            : QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (!arguments.isObject()) {
            report(ToolOutput::error(
                       u"The arguments are not a JSON object (%1). Call %2 again with valid JSON."_s
                           .arg(text.isEmpty() || parseError.error == QJsonParseError::NoError
                                    ? u"not an object"_s
                                    : parseError.errorString(),
                                call.name)),
                   ToolRun::Status::Failed);
            continue;
        }
        const QString problems = ArgumentCheck::problems(arguments.object(), tool->parameters());
        if (!problems.isEmpty()) {
            report(ToolOutput::error(u"%1 Call %2 again with arguments that fit its schema."_s.arg(
                       problems, call.name)),
                   ToolRun::Status::Failed);
            continue;
        }
        if (m_approval(*tool, call)) {
            start(generation, i, tool, arguments.object());
        } else if (m_ask) {
            m_ask(tool, call, arguments.object(),
                  [this, generation, i, tool, name = call.name](ApprovalDecision decision,
                                                                const QJsonObject &edited) {
                      if (generation != m_generation)
                          return; // cancelled meanwhile
                      if (decision == ApprovalDecision::Deny)
                          settle(generation, i,
                                 ToolOutput::error(u"The user denied running %1."_s.arg(name)),
                                 ToolRun::Status::Denied);
                      else
                          start(generation, i, tool, edited);
                  });
        } else {
            report(ToolOutput::error(u"The user did not allow %1 to run."_s.arg(call.name)),
                   ToolRun::Status::Denied);
        }
    }
}

// The time limit counts from the start, not from the question to the person.
void ToolRunner::start(quint64 generation, int index, const std::shared_ptr<Tool> &tool,
                       const QJsonObject &arguments)
{
    const QString name = m_outcomes.value(index).toolName;
    const int timeoutMs = tool->timeoutMs() > 0 ? tool->timeoutMs() : m_timeoutMs;
    QTimer::singleShot(timeoutMs, this, [this, generation, index, name, timeoutMs] {
        if (generation != m_generation || m_settled.value(index, true))
            return;
        stopRun(index);
        settle(generation, index,
               ToolOutput::error(u"%1 did not finish within %2 s and was abandoned."_s.arg(
                   name, QString::number(timeoutMs / 1000.0))),
               ToolRun::Status::Failed);
    });
    Q_EMIT callStarted(index, arguments);
    // The tool may answer after this runner is gone (its conversation was deleted), and
    // it lives while it runs.
    Tool::Cancel cancel
        = tool->start(arguments,
                      [runner = QPointer<ToolRunner>(this), generation, index,
                       keep = tool](const ToolOutput &output) {
                          if (!runner)
                              return;
                          const ToolRun::Status status
                              = output.isError ? ToolRun::Status::Failed : ToolRun::Status::Done;
                          QMetaObject::invokeMethod(
                              runner.data(),
                              [runner, generation, index, output, status] {
                                  if (runner)
                                      runner->settle(generation, index, output, status);
                              },
                              Qt::QueuedConnection);
                      });
    if (generation == m_generation && !m_settled.value(index, true))
        m_cancels[index] = std::move(cancel);
}

void ToolRunner::settle(quint64 generation, int index, const ToolOutput &output,
                        ToolRun::Status status)
{
    if (generation != m_generation || index >= m_settled.size() || m_settled.at(index))
        return; // stale, or already timed out / cancelled
    m_settled[index] = true;
    m_cancels[index] = {};
    m_outcomes[index].output = output;
    m_outcomes[index].status = status;
    Q_EMIT callSettled(index, m_outcomes.at(index));
    if (--m_pending == 0)
        Q_EMIT finished(m_outcomes);
}

void ToolRunner::cancel()
{
    if (m_pending == 0)
        return;
    const quint64 generation = m_generation;
    for (int i = 0; i < m_settled.size(); ++i) {
        if (m_settled.at(i))
            continue;
        stopRun(i);
        settle(generation, i, ToolOutput::error(u"Cancelled by the user."_s),
               ToolRun::Status::Cancelled);
    }
    ++m_generation;
}

void ToolRunner::stopRun(int index)
{
    if (index < m_cancels.size() && m_cancels.at(index))
        std::exchange(m_cancels[index], {})();
}
