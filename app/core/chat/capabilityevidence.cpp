#include "capabilityevidence.h"

#include "attachments/imagerefusal.h"

#include <QCoreApplication>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

using Phrases = std::initializer_list<QStringView>;

bool containsAny(const QString &text, Phrases phrases)
{
    for (QStringView phrase : phrases)
        if (text.contains(phrase))
            return true;
    return false;
}

// A refusal of the request as such, in the provider's own words (lower case); empty for
// other failures. OpenRouter answers "No endpoints found that support image input" with 404.
QString refusalWords(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.kind != Kind::BadRequest && error.kind != Kind::StreamError
        && error.kind != Kind::NotFound)
        return {};
    const QString said = (error.providerMessage + u' ' + error.providerCode).toLower();
    // A conversation too long for the model names everything it holds; that is not this.
    if (containsAny(said, {u"context", u"too long", u"too many tokens"}))
        return {};
    return said;
}

// "image_url is only supported by certain models" (OpenAI), "unknown variant `image_url`"
// (DeepSeek), "does not support image input", "content must be a string" (text-only
// servers); not a picture that is too large, malformed or one too many.
bool refusesImages(const QString &said)
{
    const bool namesImages = containsAny(said, {u"image", u"vision", u"multimodal"});
    const bool notSupported
        = containsAny(said,
                      {u"only supported by", u"not support", u"unsupported", u"not supported",
                       u"unknown variant", u"support image", u"support vision"});
    const bool aboutThePicture = containsAny(
        said,
        {u"format", u"size", u"exceed", u"maximum", u"too many", u"too large", u"decode",
         u"dimension", u"resolution", u"corrupt", u"invalid_image", u"invalid image"});
    return (namesImages && notSupported && !aboutThePicture)
        || said.contains(u"content must be a string");
}

// "does not support tools" (Ollama), "no endpoints found that support tool use"
// (OpenRouter), "function calling is not supported"; not a tool whose schema the provider
// dislikes.
bool refusesTools(const QString &said)
{
    const bool namesTools
        = containsAny(said, {u"tool", u"function call", u"function_call", u"functions"});
    const bool notSupported = containsAny(
        said,
        {u"does not support", u"doesn't support", u"not supported", u"unsupported", u"support tool",
         u"support function", u"unrecognized request argument", u"unknown parameter"});
    const bool aboutOneTool
        = containsAny(said,
                      {u"schema", u"additionalproperties", u"function_declarations", u"properties",
                       u"enum", u"invalid value", u"parameters."});
    return namesTools && notSupported && !aboutOneTool;
}

// "Unrecognized request argument supplied: reasoning_effort", "reasoning_effort is not
// supported with this model"; not a value it does not take.
bool refusesReasoning(const QString &said)
{
    return containsAny(said, {u"reasoning_effort", u"reasoning effort", u"reasoning.effort"})
        && containsAny(said,
                       {u"does not support", u"not supported", u"unsupported",
                        u"unrecognized request argument", u"unknown parameter", u"unknown field"})
        && !containsAny(said, {u"invalid value", u"must be one of", u"expected one of"});
}

bool personSaysYes(const ModelCapabilities &known, ModelCapability capability)
{
    const CapabilityFlag &flag = known.flag(capability);
    return flag.isYes() && flag.source == CapabilityFlag::Source::Person;
}

} // namespace

namespace CapabilityEvidence {

QList<CapabilityObservation> observe(const RequestFeatures &sent, const Message &answer,
                                     const ApiError &error)
{
    QList<CapabilityObservation> seen;
    const QString refused = refusalWords(error);
    const bool answered = answer.state == Message::State::Complete;
    if (sent.images && answered)
        seen.append({ModelCapability::Vision, true});
    else if (sent.images && refusesImages(refused))
        seen.append({ModelCapability::Vision, false});
    if (!answer.toolCalls.isEmpty())
        seen.append({ModelCapability::Tools, true});
    else if (sent.tools && refusesTools(refused))
        seen.append({ModelCapability::Tools, false});
    if (sent.reasoningEffort && answered)
        seen.append({ModelCapability::Reasoning, true});
    else if (sent.reasoningEffort && refusesReasoning(refused))
        seen.append({ModelCapability::Reasoning, false});
    return seen;
}

ApiError explained(const RequestFeatures &sent, const ModelCapabilities &known,
                   const ApiError &error)
{
    const QString refused = refusalWords(error);
    QString why;
    if (sent.images && refusesImages(refused)) {
        why = QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the images (%2): this model does not seem "
                                          "to see images. Choose a model that can, or ask "
                                          "again without them.");
    } else if (sent.tools && refusesTools(refused)) {
        why = personSaysYes(known, ModelCapability::Tools)
            ? QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the tools (%2): this model does not seem "
                                          "to take tools, though you marked it as taking them "
                                          "(Settings → Providers).")
            : QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the tools (%2): this model does not take "
                                          "tools. Confab will ask it without them from now on "
                                          "(Settings → Providers can change that); retry to "
                                          "ask again.");
    } else if (sent.reasoningEffort && refusesReasoning(refused)) {
        why = personSaysYes(known, ModelCapability::Reasoning)
            ? QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the reasoning effort (%2): this model "
                                          "does not seem to take one, though you marked it as "
                                          "taking one (Settings → Providers).")
            : QCoreApplication::translate("CapabilityEvidence",
                                          "%1 refused the reasoning effort (%2): this model "
                                          "does not take one. Confab will leave it out from "
                                          "now on (Settings → Providers can change that); "
                                          "retry to ask again.");
    }
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
