#pragma once

#include "core/publishplan.h"
#include "core/storeerror.h"

#include <optional>

namespace vitrine {

// What the store's answer to a write says about whether the write was carried out. Only a
// clear refusal says it was not; anything else that is not a success leaves it open, and then
// the store is read before anything about the write is sent again (a create is looked for, so
// it is never created twice). See docs/journal.md, "What each answer means".
enum class WriteAnswer {
    Done,    // a success that could be read
    Refused, // the store did not act: a 4xx other than 408 and 429 (for a create), 429 for other
             // writes, 501/505, or the request was refused before it was sent
    Unknown, // no answer (timeout, dropped connection, cancel), a 5xx, an HTML page from a
             // proxy, an answer that cannot be read (cut, not UTF-8, mistyped fields), a 429 to
             // a create: it may have been carried out
    Gone,    // a delete answered "not found": the image is already gone, maybe by this very
             // delete's first attempt (its answer was lost and the pipeline sent it again)
};

// error: what the client returned for the write (nullopt: it succeeded).
WriteAnswer classifyWriteAnswer(const std::optional<StoreError> &error, WriteOp::Kind kind);

} // namespace vitrine
