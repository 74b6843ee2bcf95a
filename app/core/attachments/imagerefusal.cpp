#include "imagerefusal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ImageRefusal {

bool isLikely(const ApiError &error)
{
    if (error.kind != ApiError::Kind::BadRequest && error.kind != ApiError::Kind::StreamError)
        return false;
    const QString said = (error.providerMessage + u' ' + error.providerCode).toLower();
    // A conversation too long for the model is refused the same way; that is not this.
    if (said.contains(u"context"_s) || said.contains(u"too long"_s) || said.contains(u"maximum"_s))
        return false;
    if (error.kind == ApiError::Kind::StreamError)
        return said.contains(u"image"_s) || said.contains(u"vision"_s)
            || said.contains(u"multimodal"_s);
    return true;
}

ApiError explained(const ApiError &error)
{
    if (!isLikely(error))
        return error;
    ApiError advised = error;
    advised.message += u' '
        + QCoreApplication::translate("ImageRefusal",
                                      "This model may not accept images: choose a model that "
                                      "can see images, or ask again without them.");
    return advised;
}

} // namespace ImageRefusal
