#include "net/tokenresolver.h"

#include "net/tokenstore.h"

#include <QCoreApplication>
#include <QList>

namespace vitrine {

TokenResolver::TokenResolver(std::shared_ptr<TokenStore> keychain, std::shared_ptr<TokenStore> file,
                             std::shared_ptr<TokenStore> memory, QString environmentVariable)
    : m_keychain(std::move(keychain))
    , m_file(std::move(file))
    , m_memory(std::move(memory))
    , m_env(std::move(environmentVariable)) {}

QCoro::Task<TokenResult> TokenResolver::resolve(QString profileName) {
    if (!m_env.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable(m_env.toLatin1().constData()).trimmed();
        if (!fromEnv.isEmpty())
            co_return TokenResult::success(QStringLiteral("environment"), fromEnv);
    }
    // Copies: the stores must outlive the awaits even if the resolver does not.
    const QList<std::shared_ptr<TokenStore>> stores{m_keychain, m_file, m_memory};
    QStringList reasons;
    for (const auto &store : stores) {
        if (!store)
            continue;
        TokenResult r = co_await store->read(profileName);
        if (r.ok() && !r.token.isEmpty())
            co_return r;
        if (r.status != TokenResult::Status::NotFound && !r.message.isEmpty())
            reasons << r.message;
    }
    co_return TokenResult::failure(
        TokenResult::Status::NotFound, QString(),
        reasons.isEmpty()
            ? QCoreApplication::translate("TokenResolver", "no token is stored for \"%1\"")
                  .arg(profileName)
            : QCoreApplication::translate("TokenResolver", "no token is stored for \"%1\" (%2)")
                  .arg(profileName, reasons.join(QStringLiteral("; "))));
}

QCoro::Task<TokenResult> TokenResolver::save(QString profileName, QString token) {
    const std::shared_ptr<TokenStore> keychain = m_keychain;
    const std::shared_ptr<TokenStore> file = m_file;
    const std::shared_ptr<TokenStore> memory = m_memory;
    QString why;
    if (keychain) {
        TokenResult r = co_await keychain->write(profileName, token);
        if (r.ok())
            co_return r;
        why = r.message;
    }
    if (file) {
        TokenResult r = co_await file->write(profileName, token);
        if (r.ok()) {
            r.message = why;
            co_return r;
        }
        why = why.isEmpty() ? r.message : why + QStringLiteral("; ") + r.message;
    }
    if (memory) {
        TokenResult r = co_await memory->write(profileName, token);
        if (r.ok()) {
            r.message =
                why.isEmpty()
                    ? QCoreApplication::translate("TokenResolver",
                                                  "the token is kept for this session only")
                    : why + QCoreApplication::translate(
                                "TokenResolver", "; the token is kept for this session only");
            co_return r;
        }
    }
    co_return TokenResult::failure(
        TokenResult::Status::Failed, QString(),
        why.isEmpty() ? QCoreApplication::translate("TokenResolver", "no token store is available")
                      : why);
}

QCoro::Task<TokenResult> TokenResolver::forget(QString profileName) {
    const QList<std::shared_ptr<TokenStore>> stores{m_keychain, m_file, m_memory};
    QStringList problems;
    for (const auto &store : stores) {
        if (!store)
            continue;
        const TokenResult r = co_await store->remove(profileName);
        if (!r.ok() && r.status != TokenResult::Status::Unavailable)
            problems << r.message;
    }
    if (!problems.isEmpty())
        co_return TokenResult::failure(TokenResult::Status::Failed, QString(),
                                       problems.join(QStringLiteral("; ")));
    co_return TokenResult::success(QString());
}

} // namespace vitrine
