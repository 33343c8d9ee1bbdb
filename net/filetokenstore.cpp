#include "net/filetokenstore.h"

#include "net/netlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace vitrine {

namespace {

const QString kSource = QStringLiteral("file");
constexpr qint64 kMaxFileBytes = qint64(1024) * 1024;
constexpr QFileDevice::Permissions kUserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

TokenResult noConsent() {
    return TokenResult::failure(
        TokenResult::Status::Unavailable, kSource,
        QCoreApplication::translate("FileTokenStore",
                                    "storing the token in a file needs your consent"));
}

} // namespace

FileTokenStore::FileTokenStore(bool userConsented, QString filePath)
    : m_consent(userConsented)
    , m_path(filePath.isEmpty() ? defaultFilePath() : std::move(filePath)) {}

QString FileTokenStore::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/tokens.json");
}

QString FileTokenStore::name() const {
    return kSource;
}

TokenResult FileTokenStore::readSync(const QString &profileName) const {
    if (!m_consent)
        return noConsent();
    QFile file(m_path);
    if (!file.exists())
        return TokenResult::failure(
            TokenResult::Status::NotFound, kSource,
            QCoreApplication::translate("FileTokenStore", "no token file yet"));
    // Someone widened the permissions: narrow them again before trusting the file.
    if ((file.permissions() & ~(kUserOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        qCWarning(lcNet) << "token file was readable by others; restricting it to its owner";
        file.setPermissions(kUserOnly);
    }
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("FileTokenStore", "cannot read the token file %1")
                .arg(m_path));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("FileTokenStore", "the token file %1 is damaged")
                .arg(m_path));
    const QJsonValue v = doc.object().value(profileName);
    if (!v.isString() || v.toString().isEmpty())
        return TokenResult::failure(
            TokenResult::Status::NotFound, kSource,
            QCoreApplication::translate("FileTokenStore", "the token file has no token for \"%1\"")
                .arg(profileName));
    return TokenResult::success(kSource, v.toString());
}

TokenResult FileTokenStore::change(const QString &profileName, const QString *token) const {
    if (!m_consent)
        return noConsent();
    QJsonObject tokens;
    QFile existing(m_path);
    if (existing.exists()) {
        if (existing.size() > kMaxFileBytes || !existing.open(QIODevice::ReadOnly))
            return TokenResult::failure(
                TokenResult::Status::Failed, kSource,
                QCoreApplication::translate("FileTokenStore", "cannot read the token file %1")
                    .arg(m_path));
        tokens = QJsonDocument::fromJson(existing.readAll()).object();
        existing.close();
    } else if (!token) {
        return TokenResult::success(kSource);
    }
    if (token)
        tokens.insert(profileName, *token);
    else
        tokens.remove(profileName);

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("FileTokenStore", "cannot create the folder of %1")
                .arg(m_path));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("FileTokenStore", "cannot write the token file %1")
                .arg(m_path));
    // Restrict the temporary file before any secret is written into it; the rename keeps it.
    if (!file.setPermissions(kUserOnly)) {
        file.cancelWriting();
        return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("FileTokenStore", "cannot make %1 private").arg(m_path));
    }
    file.write(QJsonDocument(tokens).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return TokenResult::failure(
            TokenResult::Status::Failed, kSource,
            QCoreApplication::translate("FileTokenStore", "cannot write the token file %1")
                .arg(m_path));
    return TokenResult::success(kSource);
}

QCoro::Task<TokenResult> FileTokenStore::read(QString profileName) {
    co_return readSync(profileName);
}

QCoro::Task<TokenResult> FileTokenStore::write(QString profileName, QString token) {
    co_return change(profileName, &token);
}

QCoro::Task<TokenResult> FileTokenStore::remove(QString profileName) {
    co_return change(profileName, nullptr);
}

} // namespace vitrine
