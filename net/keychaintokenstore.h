#pragma once

#include "net/tokenstore.h"

namespace vitrine {

// The system keychain through QtKeychain (Secret Service on Linux), service "Vitrine", one entry
// per profile name. Where no keychain service runs (servers, CI, a session without D-Bus)
// QtKeychain 0.13 fails with OtherError or NoBackendAvailable, and setInsecureFallback() does not
// help (qt-notes §6): that is reported as Status::Unavailable with the reason. Every job has a
// timeout, so a keychain that never answers cannot hang the caller.
class KeychainTokenStore : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Vitrine"), int timeoutMs = 10000);

    QString name() const override;
    QCoro::Task<TokenResult> read(QString profileName) override;
    QCoro::Task<TokenResult> write(QString profileName, QString token) override;
    QCoro::Task<TokenResult> remove(QString profileName) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace vitrine
