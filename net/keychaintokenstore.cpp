#include "net/keychaintokenstore.h"

#include "net/netlogging.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <chrono>

namespace vitrine {

namespace {

const QString kSource = QStringLiteral("keychain");

TokenResult fromJobError(QKeychain::Job *job) {
    using S = TokenResult::Status;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return TokenResult::success(kSource);
    case QKeychain::EntryNotFound:
        return TokenResult::failure(
            S::NotFound, kSource,
            QCoreApplication::translate("KeychainTokenStore",
                                        "the keychain has no token for this profile"));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenResult::failure(
            S::Denied, kSource,
            QCoreApplication::translate("KeychainTokenStore", "the keychain refused access (%1)")
                .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // What a machine without a running Secret Service gives (qt-notes §6).
        return TokenResult::failure(
            S::Unavailable, kSource,
            QCoreApplication::translate(
                "KeychainTokenStore",
                "no keychain service is available on this system (%1); the token "
                "can be kept for this session only, or in a private file if you "
                "allow it")
                .arg(detail.isEmpty() ? QStringLiteral("unknown error") : detail));
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return TokenResult::failure(
        S::Failed, kSource,
        QCoreApplication::translate("KeychainTokenStore", "the keychain failed (%1)").arg(detail));
}

// Runs a started-to-be job to its end or the timeout. The job is not auto-deleted, so its result
// can be read after the (queued) finished signal; it is deleteLater()'d here in every case.
QCoro::Task<TokenResult> runJob(QKeychain::Job *job, int timeoutMs) {
    job->setAutoDelete(false);
    QPointer<QKeychain::Job> guard(job);
    job->start();
    const auto finished =
        co_await qCoro(job, &QKeychain::Job::finished, std::chrono::milliseconds(timeoutMs));
    if (!guard)
        co_return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("KeychainTokenStore", "the keychain job disappeared"));
    if (!finished) {
        qCWarning(lcNet) << "keychain did not answer within" << timeoutMs << "ms";
        job->deleteLater();
        co_return TokenResult::failure(
            TokenResult::Status::Unavailable, kSource,
            QCoreApplication::translate("KeychainTokenStore",
                                        "the keychain service did not answer within %1 s")
                .arg(timeoutMs / 1000.0));
    }
    TokenResult result = fromJobError(job);
    if (result.ok()) {
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.token = read->textData();
    }
    job->deleteLater();
    co_return result;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs) {}

QString KeychainTokenStore::name() const {
    return kSource;
}

QCoro::Task<TokenResult> KeychainTokenStore::read(QString profileName) {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profileName);
    co_return co_await runJob(job, m_timeoutMs);
}

QCoro::Task<TokenResult> KeychainTokenStore::write(QString profileName, QString token) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profileName);
    job->setTextData(token);
    co_return co_await runJob(job, m_timeoutMs);
}

QCoro::Task<TokenResult> KeychainTokenStore::remove(QString profileName) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profileName);
    TokenResult result = co_await runJob(job, m_timeoutMs);
    if (result.status == TokenResult::Status::NotFound)
        co_return TokenResult::success(kSource);
    co_return result;
}

} // namespace vitrine
