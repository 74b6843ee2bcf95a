#pragma once

#include "mcpclient.h"
#include "tools/tool.h"

#include <QPointer>

// One tool of an MCP server, offered to the model like any other. Its effect is what the
// server's annotations say (readOnlyHint); a tool that does not say is taken to run
// programs, so that it is never run without asking.
class McpTool : public Tool
{
public:
    McpTool(McpClient *client, const QString &serverName, const McpClient::ServerTool &tool);

    QString name() const override { return m_tool.name; }
    QString description() const override;
    QJsonObject parameters() const override;
    ToolEffect effect() const override;
    QString source() const override { return sourceName(m_serverName); }
    void invoke(const QJsonObject &arguments, const Done &done) override;
    Cancel start(const QJsonObject &arguments, const Done &done) override;
    int timeoutMs() const override; // the server's own limit

    static QString sourceName(const QString &serverName); // "mcp_<server>"

private:
    QPointer<McpClient> m_client;
    QString m_serverName;
    McpClient::ServerTool m_tool;
};
