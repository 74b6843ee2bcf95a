#include "workspace.h"

#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "client/modelcatalog.h"
#include "confabsettings.h"
#include "conversationlist.h"
#include "demo/demoserver.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"

#include <QJSEngine>

namespace {

QPointer<Workspace> instance;

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_settings(ConfabSettings::open())
    , m_registry(new ProviderRegistry(m_settings.get(), this))
    , m_secrets(new SecretStore(QStringLiteral("Confab"), this))
    , m_providerSettings(new ProviderSettings(m_registry, m_secrets, m_settings.get(), this))
    , m_conversations(new ConversationList(this))
{
    connect(m_registry, &ProviderRegistry::changed, this, &Workspace::endpointChanged);
    connect(m_providerSettings, &ProviderSettings::providerEdited, this, [this](const QString &id) {
        if (id == m_currentProviderId && !m_demo)
            useProvider(id); // its new address, headers or key
    });
    connect(m_providerSettings, &ProviderSettings::networkChanged, this, [this] {
        if (m_client)
            m_client->setNetworkOptions(m_providerSettings->networkOptions());
    });
    newConversation();
}

Workspace::~Workspace() = default;

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
    for (ChatSession *session : m_conversations->allSessions()) {
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
    // An untouched new chat is reused rather than piling up empty ones.
    if (m_current && m_current->conversation()->rowCount() == 0)
        return m_current;
    auto *session = new ChatSession;
    session->setClient(m_client);
    connect(session, &ChatSession::busyChanged, this, [this, session] { noteModelUsed(session); });
    session->setModel(m_current ? m_current->model() : m_defaultModel);
    m_conversations->add(session);
    select(session);
    return session;
}

void Workspace::select(ChatSession *session)
{
    if (m_current == session || !session)
        return;
    m_current = session;
    Q_EMIT currentChanged();
}

void Workspace::refreshModels()
{
    if (!m_client)
        return;
    ModelCatalog *catalog = m_client->listModels();
    connect(catalog, &ModelCatalog::loaded, this, [this, catalog](const QList<ModelInfo> &models) {
        QStringList names;
        for (const ModelInfo &model : models)
            names.append(model.id);
        m_modelsError.clear();
        catalog->deleteLater();
        if (!m_currentProviderId.isEmpty()) {
            m_registry->setCachedModels(m_currentProviderId, names,
                                        QDateTime::currentDateTimeUtc());
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
