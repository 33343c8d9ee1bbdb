#pragma once

#include "core/storeerror.h"

namespace vitrine {

// Why a publish stopped before the end of a round of writes (or before writing at all).
enum class PublishStop {
    None,
    Offline,      // the store could not be reached or did not answer
    StoreDown,    // the store answers with server errors even after the retries
    Unauthorized, // the token was refused
    Cancelled,    // cancel(), or the client went away
    RateLimited,  // the store keeps refusing for load longer than we wait
    Journal,      // the plan or an outcome could not be recorded
    Gone,         // the publisher was destroyed
};

// The stop an error calls for (None: the others go on).
PublishStop publishStopFor(const StoreError &error);

} // namespace vitrine
