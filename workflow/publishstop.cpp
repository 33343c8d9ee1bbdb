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
    default:
        return PublishStop::None;
    }
}

} // namespace vitrine
