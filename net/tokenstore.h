#pragma once

#include "net/tokenresult.h"

#include <QCoroTask>
#include <QString>

namespace vitrine {

// Where a store profile's access token is kept, by profile name. Tokens live only behind this
// interface: never in QSettings, logs or error messages. Asynchronous because the system
// keychain is (D-Bus); arguments by value because they cross suspension points.
// Implementations must be kept alive (shared_ptr) until their tasks finish.
class TokenStore {
public:
    virtual ~TokenStore();

    // "keychain", "file", "memory", ... (TokenResult::source).
    virtual QString name() const = 0;
    virtual QCoro::Task<TokenResult> read(QString profileName) = 0;
    virtual QCoro::Task<TokenResult> write(QString profileName, QString token) = 0;
    // Removing a token that is not there is not an error (Status::Ok).
    virtual QCoro::Task<TokenResult> remove(QString profileName) = 0;
};

} // namespace vitrine
