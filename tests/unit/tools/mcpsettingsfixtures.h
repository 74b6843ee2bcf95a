#pragma once

// What the MCP server settings tests share: a settings file as people have them (Claude
// Desktop's shape, secrets, remote servers and mistakes), and ways to look at the result.
#include "tools/mcp/mcpserverconfig.h"
#include "tools/mcp/mcpserversettings.h"

#include <QByteArrayView>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace McpSettingsFixtures {

using namespace Qt::StringLiterals;

// Every secret value in these tests carries this marker, so a search of files cannot miss one.
inline constexpr auto secretMarker = "confab-mcp-secret"_L1;

inline QString secret(const QString &tag)
{
    return u"%1-%2-51e0"_s.arg(secretMarker, tag);
}

// A file as people have them: Claude Desktop's servers, one disabled with approvals of
// another client, remote ones, and mistakes.
inline QByteArray realisticFile()
{
    const QString json = uR"({
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop", "/Users/me/My Documents"]
    },
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "%1"}
    },
    "postgres": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres"],
      "env": {"DATABASE_URL": "%2", "LOG_LEVEL": "debug"},
      "disabled": true,
      "autoApprove": ["query"],
      "cwd": "/srv"
    },
    "brave search": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-brave-search"],
      "env": {"BRAVE_API_KEY": "%3"}
    },
    "Existing": {"command": "node", "args": ["other.js"]},
    "remote-http": {"type": "http", "url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer x"}},
    "remote-sse": {"url": "https://me:pw@mcp.example.com/sse?api_key=remote-credential#x"},
    "no-command": {"args": ["server.js"]},
    "empty-command": {"command": "  "},
    "args-not-array": {"command": "node", "args": "server.js"},
    "args-number": {"command": "node", "args": ["server.js", 8080]},
    "env-number": {"command": "node", "env": {"PORT": 3000}},
    "env-bad-name": {"command": "node", "env": {"MY-VAR": "x"}},
    "disabled-string": {"command": "node", "disabled": "yes"},
    "unknown-type": {"type": "websocket-ish", "command": "node"},
    "not-an-object": "npx some-server",
    "???": {"command": "node"}
  }
})"_s.arg(secret(u"github"_s), u"postgresql://me:%1@localhost/app"_s.arg(secret(u"db"_s)),
          secret(u"brave"_s));
    return json.toUtf8();
}

// Outside the test class: moc takes the "//" in a raw string for a comment.
inline QByteArray smallFile()
{
    return R"({"mcpServers": {"a": {"command": "node"}, "b": {"url": "https://x"}}})";
}

inline const McpImportReport::Entry *entryFor(const McpImportReport &report, const QString &name)
{
    for (const McpImportReport::Entry &entry : report.entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

// Fails the test when a file under `dir` holds `value` (as UTF-8, UTF-16 or base64).
inline bool anyFileHolds(const QString &dir, const QString &value, QString *where)
{
    QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(value.toUtf8()) || bytes.contains(value.toUtf8().toBase64())
            || bytes.contains(
                QByteArrayView(reinterpret_cast<const char *>(value.utf16()), value.size() * 2))) {
            *where = file.fileName();
            return true;
        }
    }
    return false;
}

inline McpServerConfig serverNamed(const QString &name, const QString &command = u"node"_s)
{
    McpServerConfig config;
    config.name = name;
    config.command = command;
    return config;
}

} // namespace McpSettingsFixtures
