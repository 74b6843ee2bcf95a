#include "comparisons.h"
#include "capabilitylink.h"

#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "compare/comparisonexport.h"
#include "providerclients.h"
#include "providers/providerregistry.h"
#include "storage/conversationrecorder.h"
#include "storage/conversationstore.h"
#include "toolbox.h"

#include <QJSEngine>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

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

ChatClient *Comparisons::clientFor(const QString &providerId)
{
    if (providerId.isEmpty() || providerId == m_defaultProviderId)
        return m_defaultClient;
    return m_clients->clientFor(providerId);
}

QString Comparisons::providerIdOf(const ChatClient *client) const
{
    if (!client)
        return {};
    return client == m_defaultClient ? m_defaultProviderId : m_clients->providerIdOf(client);
}

QString Comparisons::providerName(const QString &providerId) const
{
    if (providerId.isEmpty())
        return m_defaultName;
    const std::optional<Provider> provider
        = m_registry ? m_registry->find(providerId) : std::nullopt;
    return provider ? provider->name : providerId;
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
        comparison->addColumn(client, model.trimmed(), provider ? provider->id : QString(),
                              provider ? provider->name : m_defaultName);
    }
    if (comparison->count() < CompareSession::minColumns) {
        delete comparison;
        return nullptr;
    }
    for (CompareColumn *column : comparison->columns()) {
        StoredConversation info;
        info.providerId = column->providerId();
        recordColumn(comparison, column, info);
    }
    record(comparison);
    show(comparison);
    return comparison;
}

CompareSession *Comparisons::reopen(const QString &comparisonId)
{
    if (m_current && m_current->id() == comparisonId)
        return m_current;
    for (CompareSession *running : openComparisons()) {
        if (running->id() == comparisonId) {
            show(running);
            return running;
        }
    }
    if (!m_store)
        return nullptr;
    QList<StoredConversation> columns;
    for (const QString &id : m_store->comparisonMembers(comparisonId)) {
        m_store->markInterrupted(id); // a crash may have cut its answer short
        std::optional<StoredConversation> info = m_store->conversation(id);
        if (!info) {
            Q_EMIT problem(tr("Could not read the comparison: %1").arg(m_store->lastError()));
            return nullptr;
        }
        columns.append(*info);
    }
    const auto placeOf = [](const StoredConversation &info) {
        return info.parameters.value(ConversationRecorder::comparisonKey).toObject();
    };
    std::stable_sort(columns.begin(), columns.end(), [&](const auto &a, const auto &b) {
        return placeOf(a).value(u"column").toInt(CompareSession::maxColumns)
            < placeOf(b).value(u"column").toInt(CompareSession::maxColumns);
    });
    if (columns.size() > CompareSession::maxColumns)
        columns.resize(CompareSession::maxColumns);
    if (columns.isEmpty())
        return nullptr;
    auto *comparison = new CompareSession(this, comparisonId);
    qint64 lastQuestion = 0; // in any column
    for (const StoredConversation &info : std::as_const(columns)) {
        auto *session = new ChatSession(nullptr, info.id);
        const QList<Message> messages = m_store->messages(info.id);
        for (const Message &message : messages)
            if (message.role == Message::Role::User)
                lastQuestion = std::max(lastQuestion, message.createdAt);
        session->load(messages, info.selectedChild);
        ConversationRecorder::restoreSettings(session, info, {});
        CompareColumn *column
            = comparison->addColumn(clientFor(info.providerId), {}, info.providerId,
                                    providerName(info.providerId), session);
        recordColumn(comparison, column, info);
    }
    comparison->setBlind(placeOf(columns.constFirst()).value(u"blind").toBool());
    // The verdict stands if it came after the last question.
    const QList<ComparisonVote> votes = m_store->votesFor(comparisonId);
    if (!votes.isEmpty() && votes.constLast().createdAt >= lastQuestion)
        comparison->restorePick(votes.constLast().winner);
    record(comparison);
    show(comparison);
    return comparison;
}

void Comparisons::recordColumn(CompareSession *comparison, CompareColumn *column,
                               const StoredConversation &info)
{
    if (m_tools)
        m_tools->attach(column->session());
    // A column on the provider in use follows it, like its client.
    CapabilityLink::connect(column->session(), m_registry,
                            [this, session = QPointer<ChatSession>(column->session())] {
                                return session ? providerIdOf(session->client()) : QString();
                            });
    column->setPrices(m_prices);
    if (!m_store)
        return;
    auto *recorder = new ConversationRecorder(m_store, column->session(), info, column->session());
    recorder->setObjectName(u"recorder"_s);
    recorder->setComparison(comparison->id(), int(comparison->columns().indexOf(column)),
                            comparison->isBlind());
    connect(recorder, &ConversationRecorder::infoChanged, this, &Comparisons::conversationChanged);
    connect(recorder, &ConversationRecorder::saveFailed, this, [this](const QString &message) {
        Q_EMIT problem(tr("Could not save the comparison: %1").arg(message));
    });
}

void Comparisons::record(CompareSession *comparison)
{
    QJSEngine::setObjectOwnership(comparison, QJSEngine::CppOwnership);
    connect(comparison, &CompareSession::voteCast, this, [this](const ComparisonVote &vote) {
        if (!m_store || !m_store->addVote(vote))
            Q_EMIT problem(tr("Could not save your vote: %1")
                               .arg(m_store ? m_store->lastError() : tr("no history")));
        refreshLeaderboard();
    });
    connect(comparison, &CompareSession::blindChanged, this,
            [this, comparison] { updatePlaces(comparison); });
    connect(comparison, &CompareSession::columnsChanged, this,
            [this, comparison] { updatePlaces(comparison); });
    connect(comparison, &CompareSession::columnRemoved, this, &Comparisons::forgetColumn);
}

void Comparisons::updatePlaces(CompareSession *comparison)
{
    const QList<CompareColumn *> columns = comparison->columns();
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (ConversationRecorder *recorder = recorderOf(columns.at(i)->session()->id()))
            recorder->setComparison(comparison->id(), int(i), comparison->isBlind());
}

// A column the person took out of the comparison leaves the history with it.
void Comparisons::forgetColumn(CompareColumn *column)
{
    const QString id = column->session()->id();
    auto *recorder = column->session()->findChild<ConversationRecorder *>(
        u"recorder"_s, Qt::FindDirectChildrenOnly);
    const bool stored = recorder && recorder->isStored();
    delete recorder;
    if (stored && m_store && !m_store->removeConversation(id))
        Q_EMIT problem(
            tr("Could not remove the column from the history: %1").arg(m_store->lastError()));
    Q_EMIT conversationRemoved(id);
}

QList<CompareSession *> Comparisons::openComparisons() const
{
    QList<CompareSession *> open;
    if (m_current)
        open.append(m_current);
    for (const QPointer<CompareSession> &comparison : m_background)
        if (comparison)
            open.append(comparison);
    return open;
}

ConversationRecorder *Comparisons::recorderOf(const QString &conversationId) const
{
    for (const CompareSession *comparison : openComparisons())
        for (const CompareColumn *column : comparison->columns())
            if (column->session()->id() == conversationId)
                return column->session()->findChild<ConversationRecorder *>(
                    u"recorder"_s, Qt::FindDirectChildrenOnly);
    return nullptr;
}

void Comparisons::flush()
{
    for (const CompareSession *comparison : openComparisons())
        for (const CompareColumn *column : comparison->columns())
            if (ConversationRecorder *recorder = recorderOf(column->session()->id()))
                recorder->flush();
}

void Comparisons::saveAll()
{
    for (const CompareSession *comparison : openComparisons())
        for (const CompareColumn *column : comparison->columns())
            if (ConversationRecorder *recorder = recorderOf(column->session()->id());
                recorder && recorder->isStored())
                recorder->saveAll();
}

void Comparisons::show(CompareSession *comparison)
{
    if (m_current == comparison)
        return;
    if (m_current)
        putAway(m_current);
    m_background.removeAll(comparison);
    m_current = comparison;
    Q_EMIT currentChanged();
}

// Out of sight: saved, and gone once nothing in it answers any more.
void Comparisons::putAway(CompareSession *comparison)
{
    for (const CompareColumn *column : comparison->columns())
        if (ConversationRecorder *recorder = recorderOf(column->session()->id()))
            recorder->flush();
    if (!comparison->isBusy()) {
        comparison->deleteLater();
        return;
    }
    m_background.append(comparison);
    connect(comparison, &CompareSession::busyChanged, this, [this, comparison] {
        if (comparison->isBusy() || comparison == m_current)
            return;
        m_background.removeAll(comparison);
        comparison->deleteLater();
    });
}

void Comparisons::discard(const QString &comparisonId)
{
    for (CompareSession *comparison : openComparisons()) {
        if (comparison->id() != comparisonId)
            continue;
        for (const CompareColumn *column : comparison->columns())
            delete recorderOf(column->session()->id());
        comparison->stopAll();
        m_background.removeAll(comparison);
        comparison->deleteLater();
        if (comparison == m_current) {
            m_current = nullptr;
            Q_EMIT currentChanged();
        }
    }
}

void Comparisons::close()
{
    if (!m_current)
        return;
    CompareSession *closing = m_current;
    m_current = nullptr;
    putAway(closing);
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
