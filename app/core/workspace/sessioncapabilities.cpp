#include "sessioncapabilities.h"

#include "capabilitytext.h"
#include "chat/chatsession.h"
#include "providers/providerregistry.h"

SessionCapabilities::SessionCapabilities(ProviderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    if (registry)
        connect(registry, &ProviderRegistry::changed, this, &SessionCapabilities::refresh);
}

void SessionCapabilities::follow(ChatSession *session, const QString &providerId)
{
    if (session != m_session) {
        disconnect(m_modelConnection);
        m_session = session;
        if (session)
            m_modelConnection
                = connect(session, &ChatSession::modelChanged, this, &SessionCapabilities::refresh);
    }
    m_providerId = providerId;
    refresh();
}

QString SessionCapabilities::vision() const
{
    return CapabilityText::supportName(m_known.vision.support);
}

QString SessionCapabilities::tools() const
{
    return CapabilityText::supportName(m_known.tools.support);
}

QString SessionCapabilities::reasoning() const
{
    return CapabilityText::supportName(m_known.reasoning.support);
}

bool SessionCapabilities::set(const QString &capability, const QString &support)
{
    const std::optional<ModelCapability> which = ModelCapabilities::fromName(capability);
    if (!which || !isEditable())
        return false;
    m_registry->setCapability(m_providerId, m_model, *which,
                              CapabilityText::supportFromName(support));
    return true;
}

void SessionCapabilities::refresh()
{
    const QString model = m_session ? m_session->model() : QString();
    const ModelCapabilities known
        = m_registry ? m_registry->capabilities(m_providerId, model) : ModelCapabilities();
    if (model == m_model && known == m_known)
        return;
    m_model = model;
    m_known = known;
    Q_EMIT changed();
}
