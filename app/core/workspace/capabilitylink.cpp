#include "capabilitylink.h"

#include "chat/chatsession.h"
#include "providers/providerregistry.h"

#include <QPointer>

namespace CapabilityLink {

void connect(ChatSession *session, ProviderRegistry *registry,
             const std::function<QString()> &providerId)
{
    const QPointer<ProviderRegistry> known(registry);
    session->setCapabilityLookup([known, providerId](const QString &model) {
        return known ? known->capabilities(providerId(), model) : ModelCapabilities();
    });
    QObject::connect(
        session, &ChatSession::capabilityObserved, registry,
        [known, providerId](const QString &model, ModelCapability capability, bool supported) {
            if (known)
                known->noteCapability(providerId(), model, capability, supported,
                                      CapabilityFlag::Source::Learned);
        });
}

} // namespace CapabilityLink
