#pragma once

#include <QString>

namespace vitrine {

// The outcome of a token store operation. `message` explains a failure in a sentence and never
// contains the token.
struct TokenResult {
    enum class Status {
        Ok,          // done; for a read, `token` holds it
        NotFound,    // no token stored for this profile
        Unavailable, // this store cannot work here (no keychain service, no consent for a file)
        Denied,      // the user or the system refused access
        Failed,      // anything else
    };

    Status status = Status::Failed;
    QString token;
    QString message;
    QString source; // the store that answered: "environment", "keychain", "file", "memory"

    bool ok() const { return status == Status::Ok; }

    static TokenResult success(QString source, QString token = {}) {
        return TokenResult{Status::Ok, std::move(token), {}, std::move(source)};
    }
    static TokenResult failure(Status status, QString source, QString message) {
        return TokenResult{status, {}, std::move(message), std::move(source)};
    }
};

} // namespace vitrine
