#pragma once

#include "message.h"
#include "protocol/apierror.h"
#include "protocol/modelcapabilities.h"

#include <QList>

// What a request asked of the model besides text.
struct RequestFeatures
{
    bool images = false; // images with their bytes (a described one goes as a text note)
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

// `answer` is the request's first answer as it ended (complete, failed, stopped). An answer
// that used images or an effort, or called a tool, shows the model takes them; a refusal
// counts only when the provider's words say the model does not support the feature (not a
// picture too large, not one tool's schema, not a bad value). Reasoning text alone shows
// nothing: the flag is about taking reasoning_effort.
QList<CapabilityObservation> observe(const RequestFeatures &sent, const Message &answer,
                                     const ApiError &error);
// `error` with what such a refusal means said first. `known` is what was known when asking:
// a capability the person marked as supported is not promised to be left out.
ApiError explained(const RequestFeatures &sent, const ModelCapabilities &known,
                   const ApiError &error);

} // namespace CapabilityEvidence
