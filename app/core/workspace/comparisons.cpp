#include "comparisons.h"

#include "client/chatclient.h"
#include "compare/comparisonexport.h"
#include "providerclients.h"
#include "providers/providerregistry.h"
#include "storage/conversationstore.h"
#include "toolbox.h"

#include <QJSEngine>

Comparisons::Comparisons(ProviderRegistry *registry, SecretStore *secrets, QSettings *settings,
                         ToolBox *tools, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_tools(tools)
    , m_clients(new ProviderClients(registry, secrets, this))
    , m_prices(new ModelPrices(settings, this))
    , m_leaderboard(new LeaderboardModel(this))
{ }

void Comparisons::setDefaultClient(ChatClient *client, const QString &providerId,
                                   const QString &name)
{
    m_defaultClient = client;
    m_defaultProviderId = providerId;
    m_defaultName = name;
}

void Comparisons::setNetworkOptions(const NetworkOptions &options)
{
    m_clients->setNetworkOptions(options);
}

CompareSession *Comparisons::start(const QStringList &models)
{
    auto *comparison = new CompareSession(this);
    for (const QString &entry : models) {
        const qsizetype slash = entry.indexOf(u'/');
        const QString providerId = slash > 0 ? entry.left(slash) : QString();
        // A model id may hold slashes itself (OpenRouter's "vendor/model"): only a known
        // provider id before the first one makes it "<provider>/<model>".
        ChatClient *client = providerId.isEmpty() || providerId == m_defaultProviderId
            ? nullptr
            : m_clients->clientFor(providerId);
        const QString model
            = client || providerId == m_defaultProviderId ? entry.mid(slash + 1) : entry;
        if (!client)
            client = m_defaultClient;
        if (model.trimmed().isEmpty() || !client)
            continue;
        const std::optional<Provider> provider = m_registry
            ? m_registry->find(client == m_defaultClient ? m_defaultProviderId : providerId)
            : std::nullopt;
        CompareColumn *column
            = comparison->addColumn(client, model.trimmed(), provider ? provider->id : QString(),
                                    provider ? provider->name : m_defaultName);
        if (!column)
            continue;
        if (m_tools)
            m_tools->attach(column->session());
        column->setPrices(m_prices);
    }
    if (comparison->count() < CompareSession::minColumns) {
        delete comparison;
        return nullptr;
    }
    QJSEngine::setObjectOwnership(comparison, QJSEngine::CppOwnership);
    connect(comparison, &CompareSession::voteCast, this, [this](const ComparisonVote &vote) {
        if (!m_store || !m_store->addVote(vote))
            Q_EMIT problem(tr("Could not save your vote: %1")
                               .arg(m_store ? m_store->lastError() : tr("no history")));
        refreshLeaderboard();
    });
    if (m_current) {
        m_current->stopAll();
        m_current->deleteLater();
    }
    m_current = comparison;
    Q_EMIT currentChanged();
    return comparison;
}

void Comparisons::close()
{
    if (!m_current)
        return;
    m_current->stopAll();
    m_current->deleteLater();
    m_current = nullptr;
    Q_EMIT currentChanged();
}

QString Comparisons::exportTo(const QUrl &file)
{
    if (!m_current)
        return tr("There is no comparison to save.");
    bool ok = false;
    return ComparisonExport::write(*m_current,
                                   file.isLocalFile() ? file.toLocalFile() : file.toString(), &ok);
}

void Comparisons::refreshLeaderboard()
{
    if (m_store)
        m_leaderboard->refresh(m_store->votes());
}
