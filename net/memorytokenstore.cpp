#include "net/memorytokenstore.h"

#include <QCoreApplication>

namespace vitrine {

TokenStore::~TokenStore() = default;

QString MemoryTokenStore::name() const {
    return QStringLiteral("memory");
}

QCoro::Task<TokenResult> MemoryTokenStore::read(QString profileName) {
    const auto it = m_tokens.constFind(profileName);
    if (it == m_tokens.constEnd())
        co_return TokenResult::failure(
            TokenResult::Status::NotFound, name(),
            QCoreApplication::translate("MemoryTokenStore", "no token for \"%1\" in this session")
                .arg(profileName));
    co_return TokenResult::success(name(), *it);
}

QCoro::Task<TokenResult> MemoryTokenStore::write(QString profileName, QString token) {
    m_tokens.insert(profileName, token);
    co_return TokenResult::success(name());
}

QCoro::Task<TokenResult> MemoryTokenStore::remove(QString profileName) {
    m_tokens.remove(profileName);
    co_return TokenResult::success(name());
}

} // namespace vitrine
