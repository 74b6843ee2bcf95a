#include "workspace.h"

#include "attachmentlookup.h"
#include "capabilitylink.h"
#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "client/modelcatalog.h"
#include "confabsettings.h"
#include "conversationlist.h"
#include "demo/demoserver.h"
#include "historyedits.h"
#include "historyfiles.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"
#include "storage/attachmentstore.h"
#include "storage/conversationrecorder.h"

#include <QDateTime>
#include <QFile>
#include <QJSEngine>
#include <QTimer>

namespace {

QPointer<Workspace> instance;

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_settings(ConfabSettings::open())
    , m_registry(new ProviderRegistry(m_settings.get(), this))
    , m_secrets(new SecretStore(QStringLiteral("Confab"), this))
    , m_providerSettings(new ProviderSettings(m_registry, m_secrets, m_settings.get(), this))
    , m_tools(new ToolBox(m_settings.get(), m_secrets, this))
    , m_comparisons(new Comparisons(m_registry, m_secrets, m_settings.get(), m_tools, this))
    , m_capabilities(new SessionCapabilities(m_registry, this))
    , m_conversations(new ConversationList(this))
    , m_store(std::make_unique<ConversationStore>())
    , m_search(new SearchResults(m_store.get(), m_conversations, this))
    , m_sidebarConversations(new SidebarFilter(this))
    , m_edits(new HistoryEdits(
          m_conversations, m_store.get(), m_comparisons,
          [this](const QString &id) { return recorderOf(id); }, this))
{
    m_sidebarConversations->setSourceModel(m_conversations);
    m_store->open(QStringLiteral(":memory:"));
    connect(m_edits, &HistoryEdits::undoableChanged, this, &Workspace::undoableDeletionChanged);
    connect(m_edits, &HistoryEdits::problem, this,
            [this](const QString &message) { setHistoryProblem(message); });
    connect(m_registry, &ProviderRegistry::changed, this, &Workspace::endpointChanged);
    connect(m_providerSettings, &ProviderSettings::providerEdited, this, [this](const QString &id) {
        if (id == m_currentProviderId && !m_demo)
            useProvider(id); // its new address, headers or key
    });
    m_tools->setNetworkOptions(m_providerSettings->networkOptions());
    m_comparisons->setNetworkOptions(m_providerSettings->networkOptions());
    m_tools->setStore(m_store.get());
    m_comparisons->setStore(m_store.get());
    connect(m_comparisons, &Comparisons::problem, this,
            [this](const QString &message) { setHistoryProblem(message); });
    connect(m_comparisons, &Comparisons::conversationChanged, m_conversations,
            &ConversationList::upsert);
    connect(m_comparisons, &Comparisons::conversationRemoved, this,
            [this](const QString &id) { delete m_conversations->take(id); });
    connect(this, &Workspace::endpointChanged, m_comparisons, [this] {
        m_comparisons->setDefaultClient(m_client, m_currentProviderId, endpointName());
    });
    const auto followCurrent = [this] {
        m_capabilities->follow(
            m_current, m_current ? m_comparisons->providerIdOf(m_current->client()) : QString());
    };
    connect(this, &Workspace::endpointChanged, m_capabilities, followCurrent);
    connect(this, &Workspace::currentChanged, m_capabilities, followCurrent);
    connect(m_providerSettings, &ProviderSettings::networkChanged, this, [this] {
        if (m_client)
            m_client->setNetworkOptions(m_providerSettings->networkOptions());
        m_tools->setNetworkOptions(m_providerSettings->networkOptions());
        m_comparisons->setNetworkOptions(m_providerSettings->networkOptions());
    });
    newConversation();
}

Workspace::~Workspace()
{
    finishPendingDeletion();
    for (ChatSession *session : m_conversations->sessions())
        if (ConversationRecorder *recorder = recorderOf(session->id()))
            recorder->flush();
    m_comparisons->flush();
    // The sessions' recorders go before the store they write to.
    delete m_comparisons;
    delete m_conversations;
}

Workspace *Workspace::create(QQmlEngine *, QJSEngine *)
{
    if (!instance)
        instance = new Workspace(nullptr); // the engine owns it
    else
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

void Workspace::setInstance(Workspace *workspace)
{
    instance = workspace;
}

void Workspace::configure(const Endpoint &endpoint, const QString &defaultModel, bool demo)
{
    if (!m_client) {
        m_client = new ChatClient(this);
        m_client->setNetworkOptions(m_providerSettings->networkOptions());
    }
    m_client->setEndpoint(endpoint);
    m_defaultModel = defaultModel;
    m_demo = demo;
    if (demo)
        m_currentProviderId.clear();
    for (ChatSession *session : m_conversations->sessions()) {
        session->setClient(m_client);
        if (session->model().isEmpty())
            session->setModel(defaultModel);
    }
    Q_EMIT endpointChanged();
    refreshModels();
}

QString Workspace::endpointName() const
{
    return m_client ? m_client->endpoint().name() : QString();
}

ChatSession *Workspace::newConversation()
{
    m_comparisons->close();
    // An untouched new chat is reused rather than piling up empty ones.
    if (m_current && m_current->conversation()->rowCount() == 0)
        return m_current;
    auto *session = new ChatSession;
    session->setModel(m_current ? m_current->model() : m_defaultModel);
    StoredConversation info;
    info.id = session->id();
    info.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_conversations->upsert(info);
    adopt(session, info);
    select(session);
    return session;
}

ChatSession *Workspace::continueWithColumn(int index)
{
    const CompareSession *comparison = m_comparisons->current();
    const CompareColumn *column = comparison ? comparison->column(index) : nullptr;
    if (!column || column->session()->isBusy())
        return nullptr;
    const ChatSession *source = column->session();
    auto *session = new ChatSession;
    session->load(source->tree().copyOfActivePath(), {});
    StoredConversation info;
    info.id = session->id();
    info.providerId = column->providerId();
    info.createdAt = info.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_conversations->upsert(info);
    adopt(session, info);
    // After adopt(), so that the recorder hears them.
    session->setModel(source->model());
    session->setSystemPrompt(source->systemPrompt());
    session->setParameters(source->parameters());
    session->setClient(column->client()); // its provider, which may not be the one in use
    if (ConversationRecorder *recorder = recorderOf(session->id())) {
        recorder->saveAll();
        recorder->rename({}); // the title from its first question
    }
    m_comparisons->close();
    select(session);
    return session;
}

// Connects a session to the client, the list and the history.
ChatSession *Workspace::adopt(ChatSession *session, const StoredConversation &info)
{
    // Returned to QML by newConversation() and openConversation(), and without a parent
    // while a deletion can be undone: QML's garbage collector must never take it.
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    session->setClient(m_client);
    m_tools->attach(session);
    CapabilityLink::connect(session, m_registry, [this, session] {
        return m_comparisons->providerIdOf(session->client());
    });
    connect(session, &ChatSession::busyChanged, this, [this, session] { noteModelUsed(session); });
    auto *recorder = new ConversationRecorder(m_store.get(), session, info, session);
    recorder->setObjectName(QStringLiteral("recorder"));
    // The provider that answers is remembered with the conversation (the demo is none).
    connect(session, &ChatSession::busyChanged, recorder, [this, session, recorder] {
        if (session->isBusy())
            recorder->setProviderId(m_demo ? QString() : m_currentProviderId);
    });
    connect(recorder, &ConversationRecorder::infoChanged, m_conversations,
            &ConversationList::upsert);
    connect(recorder, &ConversationRecorder::saveFailed, this, [this](const QString &message) {
        if (m_store->lastProblem() == ConversationStore::Problem::Damaged)
            setHistoryProblem(tr("The history file is damaged: %1 Your conversation stays open; "
                                 "a new history can keep it.")
                                  .arg(message),
                              HistoryRemedy::StartFresh);
        else
            setHistoryProblem(tr("Could not save to the history: %1 Your conversation stays "
                                 "open and Confab keeps trying.")
                                  .arg(message));
    });
    connect(recorder, &ConversationRecorder::saved, this, [this] {
        if (m_historyRemedy == HistoryRemedy::None)
            setHistoryProblem({});
    });
    m_conversations->attach(session);
    return session;
}

ConversationRecorder *Workspace::recorderOf(const QString &id) const
{
    ChatSession *session = m_conversations->session(id);
    return session ? session->findChild<ConversationRecorder *>(QStringLiteral("recorder"),
                                                                Qt::FindDirectChildrenOnly)
                   : m_comparisons->recorderOf(id);
}

void Workspace::setShowArchived(bool show)
{
    if (showArchived() == show)
        return;
    m_sidebarConversations->setShowArchived(show);
    Q_EMIT showArchivedChanged();
}

void Workspace::setHistoryProblem(const QString &problem, HistoryRemedy remedy)
{
    if (m_historyProblem == problem && m_historyRemedy == remedy)
        return;
    m_historyProblem = problem;
    m_historyRemedy = remedy;
    Q_EMIT historyChanged();
}

Workspace::HistoryRemedy Workspace::remedyFor(ConversationStore::Problem problem)
{
    switch (problem) {
    case ConversationStore::Problem::NotOurs:
    case ConversationStore::Problem::Newer:
    case ConversationStore::Problem::Damaged:
        return HistoryRemedy::StartFresh;
    case ConversationStore::Problem::Busy:
    case ConversationStore::Problem::Full:
    case ConversationStore::Problem::Io:
    case ConversationStore::Problem::Other:
        return HistoryRemedy::Retry;
    case ConversationStore::Problem::None:
        break;
    }
    return HistoryRemedy::None;
}

bool Workspace::retryHistory()
{
    return !m_historyPath.isEmpty() && openHistory(m_historyPath);
}

bool Workspace::openHistory(const QString &path)
{
    m_historyPath = path;
    if (!m_store->open(path)) {
        const QString error = m_store->lastError();
        const HistoryRemedy remedy = remedyFor(m_store->lastProblem());
        m_store->open(QStringLiteral(":memory:"));
        for (ChatSession *session : m_conversations->sessions())
            if (ConversationRecorder *recorder = recorderOf(session->id()))
                recorder->saveAll();
        m_comparisons->saveAll();
        setHistoryProblem(tr("%1 Conversations of this run are not kept.").arg(error), remedy);
        return false;
    }
    setHistoryProblem({});
    for (ChatSession *session : m_conversations->sessions())
        if (ConversationRecorder *recorder = recorderOf(session->id());
            recorder && recorder->isStored())
            recorder->saveAll();
    m_comparisons->saveAll();
    reloadList();
    return true;
}

bool Workspace::startFreshHistory()
{
    if (!canStartFreshHistory() || m_historyPath.isEmpty())
        return false;
    // Let go of the file first (what this run said is kept in memory meanwhile).
    m_store->open(QStringLiteral(":memory:"));
    for (ChatSession *session : m_conversations->sessions())
        if (ConversationRecorder *recorder = recorderOf(session->id()))
            recorder->saveAll();
    m_comparisons->saveAll();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString kept = m_historyPath + QStringLiteral(".unreadable-") + stamp;
    // The file and its journal move together; nothing is deleted.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_historyPath + suffix)
            && !QFile::rename(m_historyPath + suffix, kept + suffix)) {
            setHistoryProblem(
                tr("Could not move %1 aside; nothing was changed.").arg(m_historyPath),
                HistoryRemedy::StartFresh);
            return false;
        }
    }
    if (!openHistory(m_historyPath))
        return false;
    setHistoryProblem(tr("Started a new history. The old file is kept as %1.").arg(kept));
    return true;
}

void Workspace::reloadList()
{
    m_conversations->reset(m_store->summaries());
}

ChatSession *Workspace::openConversation(const QString &id)
{
    if (ChatSession *open = m_conversations->session(id)) {
        m_comparisons->close();
        select(open);
        return open;
    }
    const StoredConversation *listed = m_conversations->find(id);
    if (!listed && !m_store->conversation(id))
        return nullptr;
    if (listed && !listed->comparisonGroup.isEmpty()) {
        if (!m_comparisons->reopen(listed->comparisonGroup))
            setHistoryProblem(tr("Could not reopen the comparison: %1").arg(m_store->lastError()));
        return nullptr;
    }
    m_store->markInterrupted(id);
    const std::optional<StoredConversation> info = m_store->conversation(id);
    if (!info) {
        setHistoryProblem(m_store->lastError());
        return nullptr;
    }
    m_comparisons->close();
    auto *session = new ChatSession(nullptr, id);
    session->load(m_store->messages(id), info->selectedChild);
    ConversationRecorder::restoreSettings(session, *info, m_defaultModel);
    if (m_conversations->rowOf(id) < 0)
        m_conversations->upsert(*info);
    adopt(session, *info);
    select(session);
    return session;
}

void Workspace::openMessage(const QString &conversationId, const QString &messageId)
{
    ChatSession *session = openConversation(conversationId);
    if (!session)
        return;
    const int row = session->reveal(messageId);
    if (row >= 0)
        Q_EMIT messageRevealed(messageId, row);
}

void Workspace::renameConversation(const QString &id, const QString &title)
{
    m_edits->rename(id, title);
}

void Workspace::setPinned(const QString &id, bool pinned)
{
    m_edits->setPinned(id, pinned);
}

void Workspace::setArchived(const QString &id, bool archived)
{
    m_edits->setArchived(id, archived);
}

void Workspace::deleteConversation(const QString &id)
{
    const bool onScreen = m_current && m_current->id() == id;
    m_edits->remove(id);
    if (onScreen) {
        m_current = nullptr;
        const QString next = m_conversations->firstChatId();
        if (next.isEmpty() || !openConversation(next))
            newConversation();
        Q_EMIT currentChanged();
    }
}

QString Workspace::undoableDeletion() const
{
    return m_edits->undoableTitle();
}

void Workspace::undoDelete()
{
    const std::optional<HistoryEdits::Restored> restored = m_edits->undo();
    if (!restored)
        return;
    if (restored->session)
        select(restored->session);
    else
        openConversation(restored->id);
}

QString Workspace::exportConversations(const QString &id, const QUrl &file)
{
    // What is on screen, including an answer still arriving, goes into the file.
    for (ChatSession *session : m_conversations->sessions())
        if (ConversationRecorder *recorder = recorderOf(session->id()))
            recorder->flush();
    m_comparisons->flush();
    return HistoryFiles::exportTo(*m_store,
                                  id.isEmpty() ? QStringList() : m_conversations->membersOf(id),
                                  file.toLocalFile())
        .message;
}

QString Workspace::importConversations(const QUrl &file)
{
    const HistoryFiles::Outcome outcome = HistoryFiles::importFrom(*m_store, file.toLocalFile());
    reloadList();
    return outcome.message;
}

void Workspace::finishPendingDeletion()
{
    m_edits->finish();
}

void Workspace::select(ChatSession *session)
{
    if (m_current == session || !session)
        return;
    m_current = session;
    m_recent.removeAll(session->id());
    m_recent.prepend(session->id());
    Q_EMIT currentChanged();
    unloadIdleConversations();
}

// Conversations opened long ago go back to the history (they reopen from it): memory stays
// bounded however many are looked at. One that streams or has unsaved changes stays.
void Workspace::unloadIdleConversations()
{
    for (qsizetype i = m_recent.size() - 1; i >= maxOpenConversations; --i) {
        const QString id = m_recent.at(i);
        ChatSession *session = m_conversations->session(id);
        ConversationRecorder *recorder = recorderOf(id);
        if (session
            && (session == m_current || session->isBusy() || !recorder || !recorder->isStored()
                || recorder->hasUnsavedChanges()))
            continue;
        m_recent.removeAt(i);
        if (session)
            delete m_conversations->detach(id);
    }
}

void Workspace::refreshModels()
{
    if (!m_client)
        return;
    // A list still coming from the endpoint used before is not this one's: it is dropped.
    if (m_modelCatalog) {
        m_modelCatalog->disconnect(this);
        m_modelCatalog->deleteLater();
    }
    ModelCatalog *catalog = m_client->listModels();
    m_modelCatalog = catalog;
    connect(catalog, &ModelCatalog::loaded, this, [this, catalog](const QList<ModelInfo> &models) {
        QStringList names;
        for (const ModelInfo &model : models)
            names.append(model.id);
        m_modelsError.clear();
        catalog->deleteLater();
        if (!m_currentProviderId.isEmpty()) {
            m_registry->setCachedModels(m_currentProviderId, names,
                                        QDateTime::currentDateTimeUtc());
            m_registry->noteListedCapabilities(m_currentProviderId, models);
            applyProviderModels(); // recent ones first
        } else {
            m_models = names;
            Q_EMIT modelsChanged();
        }
    });
    connect(catalog, &ModelCatalog::failed, this, [this, catalog](const ApiError &error) {
        m_modelsError = error.message;
        catalog->deleteLater();
        Q_EMIT modelsChanged();
    });
}

bool Workspace::needsSetup() const
{
    return !m_client && m_registry->providers().isEmpty();
}

void Workspace::useProvider(const QString &id)
{
    const std::optional<Provider> provider = m_registry->find(id);
    if (!provider)
        return;
    m_secrets->read(
        provider->id,
        [this, guard = QPointer<Workspace>(this), provider = *provider](const SecretResult &key) {
            if (!guard)
                return;
            QString problem;
            if (provider.baseUrl.isEmpty())
                problem = tr("%1 has no base URL yet: set it in Settings.").arg(provider.name);
            else if (key.status == SecretResult::Status::Unavailable)
                problem = m_secrets->unavailableMessage();
            else if (key.status == SecretResult::Status::NotFound && provider.keyRequired)
                problem = tr("No API key is stored for %1: add it in Settings.").arg(provider.name);
            m_providerProblem = problem;
            m_currentProviderId = provider.id;
            m_registry->setLastUsedProviderId(provider.id);
            const QString model = provider.defaultModel.isEmpty() ? provider.modelChoices().value(0)
                                                                  : provider.defaultModel;
            ClientOptions options = m_client ? m_client->options() : ClientOptions {};
            options.maxCompletionTokensOnly = provider.quirks.maxCompletionTokens;
            options.streamUsage = !provider.quirks.rejectsStreamUsage;
            configure(
                provider.endpoint(key.status == SecretResult::Status::Ok ? key.key : QString()),
                model);
            m_client->setOptions(options);
            if (m_current && !model.isEmpty() && !m_current->isBusy())
                m_current->setModel(model); // another provider: its own models
            applyProviderModels();
        });
}

QByteArray Workspace::attachmentBytes(const QString &sha256) const
{
    return AttachmentLookup::bytes(sha256, m_current, *m_store);
}

void Workspace::restoreLastProvider()
{
    const QString last = m_registry->lastUsedProviderId();
    if (!last.isEmpty() && m_registry->find(last))
        useProvider(last);
    else if (!m_registry->providers().isEmpty())
        useProvider(m_registry->providers().constFirst().id);
}

bool Workspace::startDemo()
{
    if (!m_demoServer) {
        m_demoServer = new DemoServer(this);
        if (!m_demoServer->start()) {
            m_providerProblem
                = tr("The demo server could not start: %1").arg(m_demoServer->errorString());
            delete m_demoServer;
            m_demoServer = nullptr;
            Q_EMIT endpointChanged();
            return false;
        }
    }
    Endpoint endpoint;
    endpoint.baseUrl = m_demoServer->baseUrl();
    endpoint.displayName = tr("Offline demo");
    m_providerProblem.clear();
    configure(endpoint, QStringLiteral("confab-demo-reasoner"), true);
    if (m_current && !m_current->isBusy())
        m_current->setModel(QStringLiteral("confab-demo-reasoner"));
    return true;
}

void Workspace::applyProviderModels()
{
    const std::optional<Provider> provider = m_registry->find(m_currentProviderId);
    if (!provider)
        return;
    m_models = provider->modelChoices();
    Q_EMIT modelsChanged();
}

void Workspace::noteModelUsed(ChatSession *session)
{
    if (!session->isBusy() || m_currentProviderId.isEmpty() || session->model().isEmpty())
        return;
    m_registry->noteModelUsed(m_currentProviderId, session->model());
    applyProviderModels();
}
