#include "toolrunner.h"

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

void ToolRunner::run(const QList<ToolCall> &calls)
{
    const quint64 generation = ++m_generation;
    m_outcomes.clear();
    m_settled = QList<bool>(calls.size(), false);
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
        const auto report = [this, generation, i](const ToolOutput &output) {
            QMetaObject::invokeMethod(
                this, [this, generation, i, output] { settle(generation, i, output); },
                Qt::QueuedConnection);
        };
        Tool *tool = m_registry ? m_registry->find(call.name) : nullptr;
        if (!tool) {
            report(ToolOutput::error(u"There is no tool named \"%1\". The tools are: %2."_s.arg(
                call.name, m_registry ? m_registry->names().join(u", "_s) : QString())));
            continue;
        }
        QJsonParseError parseError;
        const QString text = call.arguments.trimmed();
        const QJsonDocument arguments = text.isEmpty()
            ? QJsonDocument(QJsonObject())
            : QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (!arguments.isObject()) {
            report(ToolOutput::error(
                u"The arguments are not a JSON object (%1). Call %2 again with valid JSON."_s.arg(
                    text.isEmpty() || parseError.error == QJsonParseError::NoError
                        ? u"not an object"_s
                        : parseError.errorString(),
                    call.name)));
            continue;
        }
        if (m_approval(*tool, call)) {
            start(generation, i, tool, arguments.object());
        } else if (m_ask) {
            m_ask(*tool, call, arguments.object(),
                  [this, generation, i, tool, name = call.name](ApprovalDecision decision,
                                                                const QJsonObject &edited) {
                      if (generation != m_generation)
                          return; // cancelled meanwhile
                      if (decision == ApprovalDecision::Deny)
                          settle(generation, i,
                                 ToolOutput::error(u"The user denied running %1."_s.arg(name)));
                      else
                          start(generation, i, tool, edited);
                  });
        } else {
            report(ToolOutput::error(u"The user did not allow %1 to run."_s.arg(call.name)));
        }
    }
}

// The time limit counts from the start, not from the question to the person.
void ToolRunner::start(quint64 generation, int index, Tool *tool, const QJsonObject &arguments)
{
    const QString name = m_outcomes.value(index).toolName;
    QTimer::singleShot(m_timeoutMs, this, [this, generation, index, name] {
        settle(generation, index,
               ToolOutput::error(u"%1 did not finish within %2 s and was abandoned."_s.arg(
                   name, QString::number(m_timeoutMs / 1000.0))));
    });
    tool->invoke(arguments, [this, generation, index](const ToolOutput &output) {
        QMetaObject::invokeMethod(
            this, [this, generation, index, output] { settle(generation, index, output); },
            Qt::QueuedConnection);
    });
}

void ToolRunner::settle(quint64 generation, int index, const ToolOutput &output)
{
    if (generation != m_generation || index >= m_settled.size() || m_settled.at(index))
        return; // stale, or already timed out / cancelled
    m_settled[index] = true;
    m_outcomes[index].output = output;
    if (--m_pending == 0)
        Q_EMIT finished(m_outcomes);
}

void ToolRunner::cancel()
{
    if (m_pending == 0)
        return;
    const quint64 generation = m_generation;
    for (int i = 0; i < m_settled.size(); ++i)
        if (!m_settled.at(i))
            settle(generation, i, ToolOutput::error(u"Cancelled by the user."_s));
    ++m_generation;
}
