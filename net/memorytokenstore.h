#pragma once

#include "net/tokenstore.h"

#include <QHash>

namespace vitrine {

// Tokens for this session only: what is left when there is no keychain and no consent to a file.
class MemoryTokenStore : public TokenStore {
public:
    QString name() const override;
    QCoro::Task<TokenResult> read(QString profileName) override;
    QCoro::Task<TokenResult> write(QString profileName, QString token) override;
    QCoro::Task<TokenResult> remove(QString profileName) override;

private:
    QHash<QString, QString> m_tokens;
};

} // namespace vitrine
