#include "workflow/publishstop.h"

namespace vitrine {

PublishStop publishStopFor(const StoreError &error) {
    switch (error.code) {
    case StoreError::Code::Network:
    case StoreError::Code::Timeout:
        return PublishStop::Offline;
    case StoreError::Code::Unauthorized:
    case StoreError::Code::Forbidden:
        return PublishStop::Unauthorized;
    case StoreError::Code::Cancelled:
        return PublishStop::Cancelled;
    case StoreError::Code::RateLimited:
        return PublishStop::RateLimited;
    case StoreError::Code::Server:
        // What reaches the publisher is what is left after the pipeline's retries; 501 and 505
        // say the store cannot do this one thing, not that it is down.
        return error.httpStatus == 501 || error.httpStatus == 505 ? PublishStop::None
                                                                  : PublishStop::StoreDown;
    default:
        return PublishStop::None;
    }
}

} // namespace vitrine
