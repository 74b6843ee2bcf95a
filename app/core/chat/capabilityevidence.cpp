#include "capabilityevidence.h"

#include "attachments/imagerefusal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// A refusal of the request as such, in the provider's own words (lower case); empty for
// other failures.
QString refusalWords(const ApiError &error)
{
    if (error.kind != ApiError::Kind::BadRequest && error.kind != ApiError::Kind::StreamError)
        return {};
    const QString said = (error.providerMessage + u' ' + error.providerCode).toLower();
    // A conversation too long for the model names everything it holds; that is not this.
    if (said.contains(u"context"_s) || said.contains(u"too long"_s))
        return {};
    return said;
}

bool refusesImages(const QString &said)
{
    return said.contains(u"image"_s) || said.contains(u"vision"_s) || said.contains(u"multimodal"_s)
        || said.contains(u"must be a string"_s);
}

bool refusesTools(const QString &said)
{
    return (said.contains(u"tool"_s) || said.contains(u"function call"_s)
            || said.contains(u"function_call"_s))
        && (said.contains(u"support"_s) || said.contains(u"not allowed"_s)
            || said.contains(u"unknown"_s) || said.contains(u"unrecognized"_s));
}

bool refusesReasoning(const QString &said)
{
    return said.contains(u"reasoning"_s)
        && (said.contains(u"support"_s) || said.contains(u"not allowed"_s)
            || said.contains(u"unknown"_s) || said.contains(u"unrecognized"_s)
            || said.contains(u"invalid"_s));
}

} // namespace

namespace CapabilityEvidence {

QList<CapabilityObservation> observe(const RequestFeatures &sent, const Message &answer,
                                     const ApiError &error)
{
    QList<CapabilityObservation> seen;
    const QString refused = refusalWords(error);
    if (sent.images && answer.state == Message::State::Complete)
        seen.append({ModelCapability::Vision, true});
    else if (sent.images && refusesImages(refused))
        seen.append({ModelCapability::Vision, false});
    if (!answer.toolCalls.isEmpty())
        seen.append({ModelCapability::Tools, true});
    else if (sent.tools && refusesTools(refused))
        seen.append({ModelCapability::Tools, false});
    if (!answer.reasoning.isEmpty())
        seen.append({ModelCapability::Reasoning, true});
    else if (sent.reasoningEffort && refusesReasoning(refused))
        seen.append({ModelCapability::Reasoning, false});
    return seen;
}

ApiError explained(const RequestFeatures &sent, const ApiError &error)
{
    const QString refused = refusalWords(error);
    QString why;
    if (sent.images && refusesImages(refused))
        why = QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the images (%2): this model does not seem "
                                          "to see images. Choose a model that can, or ask "
                                          "again without them.");
    else if (sent.tools && refusesTools(refused))
        why = QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the tools (%2): this model does not take "
                                          "tools. Confab will ask it without them from now on "
                                          "(Settings → Providers can change that); retry to ask "
                                          "again.");
    else if (sent.reasoningEffort && refusesReasoning(refused))
        why = QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the reasoning effort (%2): this model does "
                                          "not take one. Confab will leave it out from now on "
                                          "(Settings → Providers can change that); retry to ask "
                                          "again.");
    if (why.isEmpty())
        return sent.images ? ImageRefusal::explained(error) : error;
    // The provider's words, after what they mean.
    ApiError advised = error;
    const QString server = error.server.isEmpty()
        ? QCoreApplication::translate("CapabilityEvidence", "The provider")
        : error.server;
    const QString status = error.httpStatus > 0
        ? QString::number(error.httpStatus)
        : QCoreApplication::translate("CapabilityEvidence", "in the answer");
    advised.message = why.arg(server, status);
    if (!error.providerMessage.isEmpty())
        advised.message += u' '
            + QCoreApplication::translate("ApiError", "The server said: \"%1\"")
                  .arg(error.providerMessage);
    return advised;
}

} // namespace CapabilityEvidence
