#include "mcpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

QStringList McpClient::supportedProtocolVersions()
{
    return {u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
}

McpClient::McpClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &McpClient::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &McpClient::onStderr);
    connect(&m_process, &QProcess::finished, this, &McpClient::onFinished);
    connect(&m_process, &QProcess::started, this, &McpClient::initialize);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("%1 could not be started: %2").arg(m_program, m_process.errorString()));
    });
}

McpClient::~McpClient()
{
    stop();
}

void McpClient::start(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment)
{
    m_program = program;
    m_arguments = arguments;
    m_environment = environment;
    m_restarts = 0;
    launch();
}

void McpClient::launch()
{
    m_stopping = false;
    m_state = State::Starting;
    m_error.clear();
    m_buffer.clear();
    m_process.setProcessEnvironment(m_environment);
    m_process.start(m_program, m_arguments); // started() then initialize()
}

void McpClient::stop()
{
    m_stopping = true;
    failPending(tr("The server was stopped."));
    if (m_process.state() != QProcess::NotRunning) {
        // stdio servers end when their input closes; a stubborn one is killed.
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(2000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    m_state = State::Stopped;
}

void McpClient::send(const QJsonObject &message)
{
    m_process.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

qint64 McpClient::request(const QString &method, const QJsonObject &params, const Reply &reply)
{
    const qint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, method] {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        const Pending pending = it.value();
        m_pending.erase(it);
        pending.timer->deleteLater();
        notify(u"notifications/cancelled"_s, {{u"requestId"_s, id}, {u"reason"_s, u"timed out"_s}});
        pending.reply({},
                      {{u"message"_s,
                        tr("%1 did not answer %2 within %3 s.")
                            .arg(m_program, method)
                            .arg(m_timeoutMs / 1000.0)}});
    });
    timer->start(m_timeoutMs);
    m_pending.insert(id, {reply, timer});
    send({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}});
    return id;
}

void McpClient::cancelRequest(qint64 id, const QString &reason)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->timer->deleteLater();
    m_pending.erase(it);
    notify(u"notifications/cancelled"_s, {{u"requestId"_s, id}, {u"reason"_s, reason}});
}

void McpClient::notify(const QString &method, const QJsonObject &params)
{
    QJsonObject message {{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}};
    if (!params.isEmpty())
        message.insert(u"params"_s, params);
    send(message);
}

void McpClient::initialize()
{
    const QJsonObject params {
        {u"protocolVersion"_s, supportedProtocolVersions().constFirst()},
        {u"capabilities"_s, QJsonObject()},
        {u"clientInfo"_s,
         QJsonObject {{u"name"_s, u"Confab"_s},
                      {u"version"_s, QCoreApplication::applicationVersion()}}}};
    request(u"initialize"_s, params, [this](const QJsonObject &result, const QJsonObject &error) {
        if (!error.isEmpty())
            return fail(
                tr("%1 refused to start: %2").arg(m_program, error.value(u"message"_s).toString()));
        const QString version = result.value(u"protocolVersion"_s).toString();
        if (!supportedProtocolVersions().contains(version))
            return fail(tr("%1 speaks MCP %2; Confab knows %3.")
                            .arg(m_program, version, supportedProtocolVersions().join(u", "_s)));
        m_protocolVersion = version;
        m_serverName = result.value(u"serverInfo"_s)[u"name"_s].toString();
        notify(u"notifications/initialized"_s);
        listTools({}, {});
    });
}

void McpClient::listTools(const QString &cursor, QList<ServerTool> sofar)
{
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(u"cursor"_s, cursor);
    request(u"tools/list"_s, params,
            [this, sofar](const QJsonObject &result, const QJsonObject &error) mutable {
                if (!error.isEmpty())
                    return fail(tr("%1 did not list its tools: %2")
                                    .arg(m_program, error.value(u"message"_s).toString()));
                for (const QJsonValue &value : result.value(u"tools"_s).toArray()) {
                    const QJsonObject tool = value.toObject();
                    sofar.append({tool.value(u"name"_s).toString(),
                                  tool.value(u"title"_s).toString(),
                                  tool.value(u"description"_s).toString(),
                                  tool.value(u"inputSchema"_s).toObject(),
                                  tool.value(u"annotations"_s)[u"readOnlyHint"_s].toBool()});
                }
                const QString next = result.value(u"nextCursor"_s).toString();
                if (!next.isEmpty())
                    return listTools(next, sofar);
                m_tools = sofar;
                const bool first = m_state != State::Ready;
                m_state = State::Ready;
                Q_EMIT toolsChanged();
                if (first)
                    Q_EMIT ready();
            });
}

qint64 McpClient::callTool(const QString &name, const QJsonObject &arguments, const CallDone &done)
{
    if (m_state != State::Ready) {
        done({tr("The MCP server %1 is not running.").arg(m_program), {}, true});
        return 0;
    }
    return request(u"tools/call"_s, {{u"name"_s, name}, {u"arguments"_s, arguments}},
                   [done](const QJsonObject &result, const QJsonObject &error) {
                       if (!error.isEmpty()) {
                           done({error.value(u"message"_s).toString(), {}, true});
                           return;
                       }
                       const QJsonArray content = result.value(u"content"_s).toArray();
                       done({contentToText(content), content, result.value(u"isError"_s).toBool()});
                   });
}

QString McpClient::contentToText(const QJsonArray &content)
{
    QStringList parts;
    for (const QJsonValue &value : content) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(u"type"_s).toString();
        if (type == u"text") {
            parts.append(item.value(u"text"_s).toString());
        } else if (type == u"image" || type == u"audio") {
            const qsizetype bytes = item.value(u"data"_s).toString().size() * 3 / 4;
            parts.append(u"[%1: %2, about %3 bytes]"_s.arg(
                type, item.value(u"mimeType"_s).toString(), QString::number(bytes)));
        } else if (type == u"resource") {
            const QJsonObject resource = item.value(u"resource"_s).toObject();
            QString text = u"[resource: %1]"_s.arg(resource.value(u"uri"_s).toString());
            if (resource.contains(u"text"_s))
                text += u'\n' + resource.value(u"text"_s).toString();
            parts.append(text);
        } else if (type == u"resource_link") {
            parts.append(u"[resource: %1]"_s.arg(item.value(u"uri"_s).toString()));
        } else {
            parts.append(u"[%1]"_s.arg(type));
        }
    }
    return parts.join(u'\n');
}

void McpClient::onStdout()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject()) {
            m_log.append(tr("[not JSON-RPC on stdout] %1").arg(QString::fromUtf8(line.left(200))));
            continue;
        }
        handle(document.object());
    }
}

void McpClient::onStderr()
{
    m_stderrBuffer += m_process.readAllStandardError();
    qsizetype end;
    while ((end = m_stderrBuffer.indexOf('\n')) >= 0) {
        m_log.append(QString::fromUtf8(m_stderrBuffer.left(end)));
        m_stderrBuffer.remove(0, end + 1);
    }
    if (m_log.size() > maxLogLines)
        m_log.remove(0, m_log.size() - maxLogLines);
}

void McpClient::handle(const QJsonObject &message)
{
    if (message.contains(u"id"_s)
        && (message.contains(u"result"_s) || message.contains(u"error"_s))) {
        const auto it = m_pending.find(message.value(u"id"_s).toInteger());
        if (it == m_pending.end())
            return; // answered too late
        const Pending pending = it.value();
        m_pending.erase(it);
        pending.timer->stop();
        pending.timer->deleteLater();
        pending.reply(message.value(u"result"_s).toObject(), message.value(u"error"_s).toObject());
        return;
    }
    const QString method = message.value(u"method"_s).toString();
    if (method == u"notifications/tools/list_changed" && m_state == State::Ready)
        listTools({}, {});
    else if (method == u"ping" && message.contains(u"id"_s))
        send({{u"jsonrpc"_s, u"2.0"_s},
              {u"id"_s, message.value(u"id"_s)},
              {u"result"_s, QJsonObject()}});
    else if (message.contains(u"id"_s)) // a request Confab does not serve (sampling, roots…)
        send({{u"jsonrpc"_s, u"2.0"_s},
              {u"id"_s, message.value(u"id"_s)},
              {u"error"_s,
               QJsonObject {{u"code"_s, -32601},
                            {u"message"_s, u"Confab does not offer %1"_s.arg(method)}}}});
}

void McpClient::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onStderr();
    if (m_stopping)
        return;
    const QString how = status == QProcess::CrashExit
        ? tr("%1 crashed").arg(m_program)
        : tr("%1 exited with code %2").arg(m_program).arg(exitCode);
    failPending(how + u'.');
    const bool wasReady = m_state == State::Ready;
    if (wasReady && m_restarts < maxRestarts) {
        ++m_restarts;
        m_state = State::Starting;
        Q_EMIT failed(
            tr("%1; starting it again (%2 of %3).").arg(how).arg(m_restarts).arg(maxRestarts));
        QTimer::singleShot(500, this, [this] {
            if (!m_stopping && m_state == State::Starting)
                launch();
        });
        return;
    }
    fail(how + u'.');
}

void McpClient::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    failPending(message);
    Q_EMIT failed(message);
}

void McpClient::failPending(const QString &message)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &entry : pending) {
        entry.timer->stop();
        entry.timer->deleteLater();
        entry.reply({}, {{u"message"_s, message}});
    }
}
