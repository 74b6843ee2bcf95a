#include "workspace.h"

#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "client/modelcatalog.h"
#include "conversationlist.h"

#include <QJSEngine>

namespace {

QPointer<Workspace> instance;

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_conversations(new ConversationList(this))
{
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
    if (!m_client)
        m_client = new ChatClient(this);
    m_client->setEndpoint(endpoint);
    m_defaultModel = defaultModel;
    m_demo = demo;
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        ChatSession *session = m_conversations->sessionAt(row);
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
        m_models.clear();
        for (const ModelInfo &model : models)
            m_models.append(model.id);
        m_modelsError.clear();
        catalog->deleteLater();
        Q_EMIT modelsChanged();
    });
    connect(catalog, &ModelCatalog::failed, this, [this, catalog](const ApiError &error) {
        m_modelsError = error.message;
        catalog->deleteLater();
        Q_EMIT modelsChanged();
    });
}
