#pragma once

#include <QString>

#include <functional>

class ChatSession;
class ProviderRegistry;

// Joins a session to what the registry knows of its models: the session asks with it,
// and what its answers show is noted there as learned, for the provider `providerId` names
// when each request starts (empty: none, e.g. the demo, and nothing is kept).
namespace CapabilityLink {

void connect(ChatSession *session, ProviderRegistry *registry,
             const std::function<QString()> &providerId);

} // namespace CapabilityLink
