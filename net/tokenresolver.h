#pragma once

#include "net/tokenresult.h"

#include <QCoroTask>
#include <QString>

#include <memory>

namespace vitrine {

class TokenStore;

// Finds a profile's token and decides where a new one is kept, and says which store answered.
// Reading prefers, in order: the VITRINE_TOKEN environment variable (scripted use), the system
// keychain, the private file (only if the user consented: pass a FileTokenStore or null), then
// this session's memory. Saving goes to the keychain; where it is unavailable, to the file (with
// consent) or else to memory, and the result's message says so.
class TokenResolver {
public:
    TokenResolver(std::shared_ptr<TokenStore> keychain, std::shared_ptr<TokenStore> file,
                  std::shared_ptr<TokenStore> memory,
                  QString environmentVariable = QStringLiteral("VITRINE_TOKEN"));

    // source "environment" when the variable supplied it.
    QCoro::Task<TokenResult> resolve(QString profileName);
    QCoro::Task<TokenResult> save(QString profileName, QString token);
    // Removes the token from every store (the environment excepted).
    QCoro::Task<TokenResult> forget(QString profileName);

private:
    std::shared_ptr<TokenStore> m_keychain;
    std::shared_ptr<TokenStore> m_file;
    std::shared_ptr<TokenStore> m_memory;
    QString m_env;
};

} // namespace vitrine
