#pragma once

#include "net/tokenstore.h"

namespace vitrine {

// Tokens in a private plain-text file (mode 0600, JSON: profile name -> token), for machines
// without a keychain service. Only with the user's explicit consent: without it every operation
// answers Status::Unavailable and nothing is written. Not encrypted: the file's permissions are
// the only protection, so it is checked (and tightened) on every read.
class FileTokenStore : public TokenStore {
public:
    // filePath empty: tokens.json under the application's config directory.
    explicit FileTokenStore(bool userConsented, QString filePath = {});

    static QString defaultFilePath();
    QString filePath() const { return m_path; }
    bool hasConsent() const { return m_consent; }

    QString name() const override;
    QCoro::Task<TokenResult> read(QString profileName) override;
    QCoro::Task<TokenResult> write(QString profileName, QString token) override;
    QCoro::Task<TokenResult> remove(QString profileName) override;

private:
    TokenResult readSync(const QString &profileName) const;
    TokenResult change(const QString &profileName, const QString *token) const;

    bool m_consent;
    QString m_path;
};

} // namespace vitrine
