#pragma once

#include "protocol/apierror.h"

// A request with images that the provider refused as malformed is, most of the time, a
// model that cannot see images. The error then says so, and what to do.
namespace ImageRefusal {

bool isLikely(const ApiError &error);
// `error` with the advice added when isLikely(), else `error` unchanged.
ApiError explained(const ApiError &error);

} // namespace ImageRefusal
