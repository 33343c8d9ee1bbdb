#pragma once

#include "app/gui/storelauncher.h"
#include "core/result.h"
#include "net/requestpipeline.h"
#include "net/storeprofile.h"
#include "ui/profilesdialog.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace vitrine {

class Journal;
class ProfileStore;
class TokenResolver;
class TokenStore;

// The token stores the controller works with. keychain and memory should be the very objects the
// app's TokenResolver holds, so a token kept "for this session" here is found when the store
// opens. The private file is opened only with the user's consent (settings key
// tokens/allowPrivateFile), which the profile dialog asks for.
struct ProfileTokenStores {
    std::shared_ptr<TokenStore> keychain; // null: no keychain at all
    std::shared_ptr<TokenStore> memory;   // this session's tokens (required)
    QString privateFilePath;              // empty: FileTokenStore::defaultFilePath()
};

// Everything behind the "Stores…" dialog: profiles in the ProfileStore (QSettings), tokens in the
// keychain / the private file (with consent) / this session's memory, and the connection test
// through a StoreClient. The dialog only emits intents; attach() connects them here and this
// answers through the dialog's slots. Usable without a dialog too (the coroutines below).
class ProfileController : public QObject {
    Q_OBJECT
public:
    using TokenStorage = ProfilesDialog::TokenStorage;

    // The outcome of one action, as a sentence for the dialog.
    struct Outcome {
        bool ok = false;
        QString message;
    };
    struct KeychainStatus {
        bool available = false;
        QString reason; // why not, in words
    };

    // settings: where the consent flag lives (null: the application's QSettings). The profile
    // store and the settings must outlive the controller.
    ProfileController(ProfileStore *profiles, ProfileTokenStores tokens,
                      QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileController() override;

    // The settings key of the user's consent to keeping tokens in a private file.
    static QString consentKey();
    bool privateFileConsent() const;

    // Pipeline tuning for the connection test (tests pass tiny backoffs).
    void setPipelineOptions(PipelineOptions options);
    // The journal of unpublished edits (may be null): renaming a profile moves its entries to
    // the new name (Journal::renameStore). Must outlive the controller.
    void setJournal(Journal *journal);

    // Fills the dialog (profiles, consent, then the keychain's availability once known) and
    // connects its intents to the actions below. One dialog at a time; it may be destroyed
    // whenever (answers to a closed dialog are dropped).
    void attach(ProfilesDialog *dialog);

    // Whether the system keychain answers (a read of a probe entry that is not Unavailable).
    QCoro::Task<KeychainStatus> probeKeychain();

    // Adds (originalName empty) or replaces a profile, then keeps token (when not empty) where
    // storage says, removing any older copy of it elsewhere; a renamed profile's saved token
    // follows it. The message says where the token went when that is not the keychain.
    QCoro::Task<Outcome> saveProfile(QString originalName, StoreProfile profile, QString token,
                                     TokenStorage storage);
    // Talks to the store with profile (saved or not) and token, or when token is empty the saved
    // token of originalName — never VITRINE_TOKEN, which must not reach an address being typed
    // in. Success: "Connected: 4 products." Failure: the
    // StoreError's user message.
    QCoro::Task<Outcome> testConnection(QString originalName, StoreProfile profile, QString token);
    // Removes the profile and its token from every store.
    QCoro::Task<Outcome> deleteProfile(QString name);
    // The saved profile with its token, ready for GalleryController::openStore; it becomes the
    // current profile (opened at the next start).
    QCoro::Task<Result<StoreTarget>> targetFor(QString name);

Q_SIGNALS:
    // The saved profiles changed (added, edited, renamed, deleted).
    void profilesChanged();
    // A profile was renamed and its journal entries now live under newKey
    // (Journal::storeKey of the renamed profile).
    void storeRenamed(const QString &oldKey, const QString &newKey);
    // The user chose Open in the dialog and the token was looked up: open this store.
    void openStoreRequested(const vitrine::StoreTarget &target);
    // Open failed (the profile is gone or invalid): the sentence to show.
    void openFailed(const QString &message);

private:
    // A resolver over the current stores: the private file only with consent.
    TokenResolver resolver() const;
    std::shared_ptr<TokenStore> privateFile(bool consented) const;
    QCoro::Task<> onSave(QString originalName, StoreProfile profile, QString token,
                         TokenStorage storage);
    QCoro::Task<> onTest(QString originalName, StoreProfile profile, QString token);
    QCoro::Task<> onDelete(QString name);
    QCoro::Task<> onOpen(QString name);
    QCoro::Task<> refreshKeychainStatus();
    void feedProfiles();

    ProfileStore *m_profiles;
    ProfileTokenStores m_tokens;
    QSettings *m_settings;
    bool m_ownsSettings;
    PipelineOptions m_options;
    QPointer<ProfilesDialog> m_dialog;
    Journal *m_journal = nullptr;
};

} // namespace vitrine
