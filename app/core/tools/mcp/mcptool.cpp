#include "mcptool.h"

using namespace Qt::StringLiterals;

McpTool::McpTool(McpClient *client, const QString &serverName, const McpClient::ServerTool &tool)
    : m_client(client)
    , m_serverName(serverName)
    , m_tool(tool)
{ }

QString McpTool::sourceName(const QString &serverName)
{
    return u"mcp_"_s + serverName;
}

QString McpTool::description() const
{
    return m_tool.description.isEmpty() ? m_tool.title : m_tool.description;
}

QJsonObject McpTool::parameters() const
{
    // The chat-completions API wants an object schema even for a tool without arguments.
    return m_tool.inputSchema.isEmpty() ? QJsonObject {{u"type"_s, u"object"_s}}
                                        : m_tool.inputSchema;
}

ToolEffect McpTool::effect() const
{
    return m_tool.readOnly ? ToolEffect::ReadOnly : ToolEffect::RunsPrograms;
}

void McpTool::invoke(const QJsonObject &arguments, const Done &done)
{
    start(arguments, done);
}

Tool::Cancel McpTool::start(const QJsonObject &arguments, const Done &done)
{
    if (!m_client) {
        done(ToolOutput::error(u"The MCP server %1 is gone."_s.arg(m_serverName)));
        return {};
    }
    const qint64 id
        = m_client->callTool(m_tool.name, arguments, [done](const McpClient::CallResult &result) {
              done({result.text, result.isError});
          });
    return [client = m_client, id] {
        if (client && id > 0)
            client->cancelRequest(id, u"The user stopped it."_s);
    };
}

int McpTool::timeoutMs() const
{
    return m_client ? m_client->requestTimeoutMs() : 0;
}
