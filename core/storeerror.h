#pragma once

#include <QString>
#include <QStringList>

namespace vitrine {

// Every failure of a store request, whatever the dialect, becomes one of these. HTTP statuses are
// mapped to codes in exactly one place (codeForHttpStatus), so callers reason about meaning, not
// numbers, and the user is shown a sentence (userMessage), not a code.
struct StoreError {
    enum class Code {
        InvalidInput, // refused before sending (bad alt text, URL, id format, profile)
        Network,      // connection refused, reset, DNS, TLS
        Timeout,      // no answer within the transfer timeout
        Cancelled,    // cancelled by the user
        Unauthorized, // 401: token missing, wrong or expired
        Forbidden,    // 403: token lacks the scope
        NotFound,     // 404 (and Shoplazza's 422 "Record not found")
        Validation,   // 400, 422: the store refused the content
        Conflict,     // 409, or a change made elsewhere detected before writing
        RateLimited,  // 429
        Server,       // 5xx
        BadResponse,  // 2xx with a body we cannot understand, or an unexpected status
        Unsupported,  // the store's dialect cannot do this
    };

    // What the failed request asked for: the same status means different things for each (a 404
    // for an image id is an image deleted elsewhere; for the product list, a wrong address).
    enum class Subject {
        Item,      // a product or image the request named
        Address,   // a request that names nothing (the product list): 404 = wrong store address
        ImageHost, // a picture from the image host (thumbnails), not the store's API
    };

    Code code = Code::BadResponse;
    Subject subject = Subject::Item;
    int httpStatus = 0;      // 0 when no HTTP answer arrived
    QString storeMessage;    // the store's own words, when it sent any
    QStringList fieldErrors; // "field: message" entries of validation answers
    bool retryable = false;  // safe and sensible to try the same request again
    int retryAfterMs = -1;   // from Retry-After, when the store sent one
    QString url;             // the address that answered (no query), when known
    // A non-idempotent request (a create) was sent but no answer came back: the store may or may
    // not have carried it out, so look before sending it again (it is never retried blindly).
    bool outcomeUnknown = false;

    static StoreError make(Code code, QString storeMessage = {}, int httpStatus = 0);
    static Code codeForHttpStatus(int httpStatus);
    static bool isRetryableCode(Code code);

    // One sentence for a merchant: what happened and, where it helps, what to do, then the
    // store's own words and the HTTP status (once) for support.
    QString userMessage() const;
    // Short machine-stable name of the code ("not-found", "rate-limited", ...), for --json output.
    static QString codeName(Code code);
};

} // namespace vitrine
