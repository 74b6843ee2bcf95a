#pragma once

#include "message.h"
#include "protocol/apierror.h"
#include "protocol/modelcapabilities.h"

#include <QList>

// What a request asked of the model besides text.
struct RequestFeatures
{
    bool images = false;
    bool tools = false;
    bool reasoningEffort = false;
};

struct CapabilityObservation
{
    ModelCapability capability;
    bool supported = false;
    bool operator==(const CapabilityObservation &) const = default;
};

// What the end of an answer shows about the model, and advice for a refusal that names
// one of the features asked for.
namespace CapabilityEvidence {

// `answer` is the request's first answer as it ended (complete, failed, stopped). An
// answer shows what it used; a refusal counts only when the provider's words name the
// feature (images, tools, reasoning), not for any 400.
QList<CapabilityObservation> observe(const RequestFeatures &sent, const Message &answer,
                                     const ApiError &error);
// `error` with advice added for a refused feature (see ImageRefusal for images).
ApiError explained(const RequestFeatures &sent, const ApiError &error);

} // namespace CapabilityEvidence
