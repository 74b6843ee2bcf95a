#include "capabilitylink.h"

#include "chat/chatsession.h"
#include "providers/providerregistry.h"

#include <QPointer>

#include <memory>

namespace CapabilityLink {

void connect(ChatSession *session, ProviderRegistry *registry,
             const std::function<QString()> &providerId)
{
    const QPointer<ProviderRegistry> known(registry);
    // The provider that was asked: the one of the request's start, even if the person
    // picked another while the answer arrived.
    auto asked = std::make_shared<QString>();
    session->setCapabilityLookup([known, providerId, asked](const QString &model) {
        *asked = providerId();
        return known ? known->capabilities(*asked, model) : ModelCapabilities();
    });
    QObject::connect(
        session, &ChatSession::capabilityObserved, registry,
        [known, asked](const QString &model, ModelCapability capability, bool supported) {
            if (known)
                known->noteCapability(*asked, model, capability, supported,
                                      CapabilityFlag::Source::Learned);
        });
}

} // namespace CapabilityLink
