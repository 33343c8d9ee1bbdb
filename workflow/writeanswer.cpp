#include "workflow/writeanswer.h"

namespace vitrine {

WriteAnswer classifyWriteAnswer(const std::optional<StoreError> &error, WriteOp::Kind kind) {
    if (!error)
        return WriteAnswer::Done;
    const StoreError &e = *error;
    if (e.outcomeUnknown)
        return WriteAnswer::Unknown;
    const bool create = kind == WriteOp::Kind::Create;
    switch (e.code) {
    case StoreError::Code::Timeout: // no answer in time, or 408
    case StoreError::Code::Cancelled:
    case StoreError::Code::Network:
        return WriteAnswer::Unknown;
    case StoreError::Code::BadResponse:
        // An answer that cannot be read, or a status nobody expects: a 4xx among them (405,
        // 413, ...) is still a refusal; a 2xx most likely means it was done.
        return e.httpStatus >= 400 && e.httpStatus <= 499 ? WriteAnswer::Refused
                                                          : WriteAnswer::Unknown;
    case StoreError::Code::Server:
        // 501 and 505: the store cannot do this at all, so it did not.
        return e.httpStatus == 501 || e.httpStatus == 505 ? WriteAnswer::Refused
                                                          : WriteAnswer::Unknown;
    case StoreError::Code::RateLimited:
        // A 429 says the store did not act; for a create, whose repetition would add the image
        // twice, even that is checked on the store rather than believed.
        return create ? WriteAnswer::Unknown : WriteAnswer::Refused;
    case StoreError::Code::NotFound:
        return kind == WriteOp::Kind::Delete || kind == WriteOp::Kind::DeleteAll
                   ? WriteAnswer::Gone
                   : WriteAnswer::Refused;
    case StoreError::Code::InvalidInput:
    case StoreError::Code::Unauthorized:
    case StoreError::Code::Forbidden:
    case StoreError::Code::Validation:
    case StoreError::Code::Conflict:
    case StoreError::Code::Unsupported:
        return WriteAnswer::Refused;
    }
    return WriteAnswer::Unknown;
}

} // namespace vitrine
