#include "clitools.h"

#include "tools/calculatortool.h"
#include "tools/currenttimetool.h"
#include "tools/fetchurltool.h"
#include "tools/filetools.h"
#include "tools/grantedfolders.h"
#include "tools/mcp/mcpservers.h"
#include "tools/mcp/mcpserversettings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace {

QString effectInWords(ToolEffect effect)
{
    switch (effect) {
    case ToolEffect::ReadOnly:
        return CliTools::tr("only reads");
    case ToolEffect::Writes:
        return CliTools::tr("changes files or data");
    case ToolEffect::Network:
        return CliTools::tr("uses the network");
    case ToolEffect::RunsPrograms:
        return CliTools::tr("runs programs");
    }
    return {};
}

} // namespace

CliTools::CliTools(const CliOptions &options, QSettings *settings, SecretStore *secrets,
                   QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

CliTools::~CliTools() = default;

void CliTools::start()
{
    if (m_options.toolSources.contains(QStringLiteral("builtin"))) {
        if (const QString problem = addBuiltins(); !problem.isEmpty())
            return fail(problem, 2);
    }
    QStringList servers;
    for (const QString &source : m_options.toolSources) {
        if (source.startsWith(QLatin1String("mcp:")))
            servers << source.mid(4);
    }
    if (servers.isEmpty()) {
        m_reported = true;
        QMetaObject::invokeMethod(this, &CliTools::ready, Qt::QueuedConnection);
        return;
    }
    startMcpServers(servers);
}

void CliTools::fail(const QString &message, int exitCode)
{
    if (std::exchange(m_reported, true))
        return;
    QMetaObject::invokeMethod(
        this, [this, message, exitCode] { Q_EMIT failed(message, exitCode); },
        Qt::QueuedConnection);
}

// The servers named on the command line, as Confab's settings describe them (with their
// secret variables from the keychain); the question waits until every one is ready.
void CliTools::startMcpServers(const QStringList &names)
{
    m_mcpSettings = new McpServerSettings(m_settings, m_secrets, this);
    const QStringList configured = m_mcpSettings->names();
    for (const QString &name : names) {
        const std::optional<McpServerConfig> config = m_mcpSettings->find(name);
        if (!config)
            return fail(configured.isEmpty()
                            ? tr("There is no MCP server named \"%1\": none is set up in "
                                 "Confab.")
                                  .arg(name)
                            : tr("There is no MCP server named \"%1\" in Confab's settings "
                                 "(there are: %2).")
                                  .arg(name, configured.join(QLatin1String(", "))),
                        2);
        if (!config->enabled)
            return fail(
                tr("The MCP server \"%1\" is turned off in Confab's settings.").arg(config->name),
                2);
        if (!m_mcpNames.contains(config->name))
            m_mcpNames << config->name;
    }
    m_mcp = std::make_unique<McpServers>(&m_registry);
    connect(m_mcp.get(), &McpServers::settled, this, &CliTools::checkMcpServers);
    m_mcp->startFrom(m_mcpSettings, m_mcpNames);
    if (m_mcp->isSettled())
        QMetaObject::invokeMethod(this, &CliTools::checkMcpServers, Qt::QueuedConnection);
}

void CliTools::checkMcpServers()
{
    if (m_reported || !m_mcp->isSettled())
        return;
    for (const QString &name : std::as_const(m_mcpNames)) {
        if (m_mcp->state(name) == QLatin1String("ready"))
            continue;
        const QString why = m_mcp->errorString(name);
        QString message = tr("The MCP server \"%1\" did not start: %2")
                              .arg(name, why.isEmpty() ? m_mcp->state(name) : why);
        const QStringList log = m_mcp->log(name);
        if (!log.isEmpty())
            message += QLatin1Char('\n')
                + log.mid(std::max<qsizetype>(0, log.size() - 5)).join(QLatin1Char('\n'));
        return fail(message, 1);
    }
    m_reported = true;
    Q_EMIT ready();
}

// The clock and the calculator; fetch_url (a network tool: it runs only with --approve
// all); the file tools only for folders named with --allow-folder.
QString CliTools::addBuiltins()
{
    m_registry.add(std::make_unique<CurrentTimeTool>());
    m_registry.add(std::make_unique<CalculatorTool>());
    m_network = new QNetworkAccessManager(this);
    m_registry.add(std::make_unique<FetchUrlTool>(m_network));
    if (m_options.allowedFolders.isEmpty())
        return {};
    auto folders = std::make_shared<GrantedFolders>();
    for (const QString &folder : m_options.allowedFolders) {
        if (!folders->grant(folder))
            return tr("--allow-folder %1: there is no such folder.").arg(folder);
    }
    m_registry.add(std::make_unique<ReadTextFileTool>(folders));
    m_registry.add(std::make_unique<ListFolderTool>(folders));
    return {};
}

bool CliTools::allows(const Tool &tool) const
{
    switch (m_options.approve) {
    case CliOptions::Approve::All:
        return true;
    case CliOptions::Approve::None:
        return false;
    case CliOptions::Approve::ReadOnly:
        break;
    }
    return tool.effect() == ToolEffect::ReadOnly;
}

QString CliTools::refusalReason(const Tool &tool) const
{
    if (allows(tool))
        return {};
    if (m_options.approve == CliOptions::Approve::None)
        return tr("--approve none runs no tool");
    return tr("--approve read-only runs only tools that only read, and %1 %2")
        .arg(tool.name(), effectInWords(tool.effect()));
}
