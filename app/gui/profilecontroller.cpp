#include "app/gui/profilecontroller.h"

#include "app/gui/guilogging.h"
#include "net/filetokenstore.h"
#include "net/profilestore.h"
#include "net/storeclient.h"
#include "net/tokenresolver.h"
#include "net/tokenstore.h"
#include "workflow/journal.h"

#include <QSettings>

namespace vitrine {

namespace {

// A key no profile uses: reading it tells whether the keychain answers at all.
const QString kProbeKey = QStringLiteral("vitrine-keychain-probe");

} // namespace

ProfileController::ProfileController(ProfileStore *profiles, ProfileTokenStores tokens,
                                     QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_tokens(std::move(tokens))
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings) {}

ProfileController::~ProfileController() {
    if (m_ownsSettings)
        delete m_settings;
}

QString ProfileController::consentKey() {
    return QStringLiteral("tokens/allowPrivateFile");
}

bool ProfileController::privateFileConsent() const {
    return m_settings->value(consentKey(), false).toBool();
}

void ProfileController::setPipelineOptions(PipelineOptions options) {
    m_options = std::move(options);
}

void ProfileController::setJournal(Journal *journal) {
    m_journal = journal;
}

std::shared_ptr<TokenStore> ProfileController::privateFile(bool consented) const {
    return std::make_shared<FileTokenStore>(consented, m_tokens.privateFilePath);
}

TokenResolver ProfileController::resolver() const {
    return {m_tokens.keychain, privateFileConsent() ? privateFile(true) : nullptr, m_tokens.memory};
}

QCoro::Task<ProfileController::KeychainStatus> ProfileController::probeKeychain() {
    const std::shared_ptr<TokenStore> keychain = m_tokens.keychain;
    if (!keychain)
        co_return KeychainStatus{false, tr("Vitrine was built without keychain support")};
    const TokenResult r = co_await keychain->read(kProbeKey);
    if (r.status == TokenResult::Status::Unavailable)
        co_return KeychainStatus{false, r.message};
    co_return KeychainStatus{true, {}};
}

QCoro::Task<ProfileController::Outcome> ProfileController::saveProfile(QString originalName,
                                                                       StoreProfile profile,
                                                                       QString token,
                                                                       TokenStorage storage) {
    QPointer<ProfileController> self(this);
    const QStringList problems = originalName.isEmpty() ? m_profiles->add(profile)
                                                        : m_profiles->update(originalName, profile);
    if (!problems.isEmpty())
        co_return Outcome{false, problems.join(QLatin1Char(' '))};
    // A renamed profile keeps its unpublished edits: the journal files them under the new name.
    QString journalNote;
    if (!originalName.isEmpty() && originalName != profile.name) {
        StoreProfile old = profile;
        old.name = originalName;
        const QString from = Journal::storeKey(old);
        const QString to = Journal::storeKey(profile);
        if (m_journal && m_journal->isOpen() && !m_journal->renameStore(from, to))
            journalNote = tr("The unpublished edits of “%1” could not be moved to the new name "
                             "(%2); they stay kept under the old one.")
                              .arg(originalName, m_journal->lastError());
        else
            Q_EMIT storeRenamed(from, to);
    }
    Q_EMIT profilesChanged();
    const auto withNote = [journalNote](Outcome outcome) {
        if (!journalNote.isEmpty())
            outcome.message = outcome.message.isEmpty()
                                  ? journalNote
                                  : outcome.message + QLatin1Char(' ') + journalNote;
        return outcome;
    };

    // Everything the rest needs, copied: the awaits below may outlive this object.
    const std::shared_ptr<TokenStore> keychain = m_tokens.keychain;
    const std::shared_ptr<TokenStore> memory = m_tokens.memory;
    const bool consent = privateFileConsent();
    const std::shared_ptr<TokenStore> anyFile = privateFile(true); // for removal only
    const QList<std::shared_ptr<TokenStore>> everywhere{keychain, anyFile, memory};
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;
    const QString name = profile.name;

    if (token.isEmpty()) {
        if (!renamed)
            co_return withNote(Outcome{true, {}});
        // The saved token follows the new name, in whichever store holds it.
        QStringList problemsMoving;
        for (const auto &store : everywhere) {
            if (!store || (store == anyFile && !consent))
                continue;
            const TokenResult old = co_await store->read(originalName);
            if (!old.ok() || old.token.isEmpty())
                continue;
            const TokenResult moved = co_await store->write(name, old.token);
            if (!moved.ok()) {
                problemsMoving << moved.message;
                continue;
            }
            co_await store->remove(originalName);
        }
        if (!problemsMoving.isEmpty())
            co_return withNote(
                Outcome{true, tr("The saved token could not be moved to the new name (%1); "
                                 "enter it again.")
                                  .arg(problemsMoving.join(QStringLiteral("; ")))});
        co_return withNote(Outcome{true, {}});
    }

    // A new token replaces every older copy: the resolver reads the keychain before the file
    // before memory, so a stale copy in another store would otherwise win.
    for (const auto &store : everywhere) {
        if (!store)
            continue;
        co_await store->remove(name);
        if (renamed)
            co_await store->remove(originalName);
    }

    QString note;
    TokenResult written;
    switch (storage) {
    case TokenStorage::Keychain:
        if (keychain) {
            written = co_await keychain->write(name, token);
            if (!written.ok())
                note = tr("The system keychain did not keep the token (%1).").arg(written.message);
        }
        break;
    case TokenStorage::PrivateFile:
        // The dialog offers this only with the consent box ticked: remember the consent, so
        // the file is read at the next start too.
        if (self)
            m_settings->setValue(consentKey(), true);
        written = co_await anyFile->write(name, token);
        if (!written.ok())
            note = tr("The token file could not be written (%1).").arg(written.message);
        else
            note = tr("The token is saved in a file only you can read.");
        break;
    case TokenStorage::Session:
        break;
    }
    if (!written.ok()) {
        if (!memory)
            co_return withNote(
                Outcome{false, note + QLatin1Char(' ') + tr("The token was not kept.")});
        co_await memory->write(name, token);
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' ')) +
               tr("The token is kept for this session only.");
    }
    qCDebug(lcGui) << "saved store profile" << name << "token kept in"
                   << (written.ok() ? written.source : QStringLiteral("memory"));
    co_return withNote(Outcome{true, note});
}

QCoro::Task<ProfileController::Outcome>
ProfileController::testConnection(QString originalName, StoreProfile profile, QString token) {
    QPointer<ProfileController> self(this);
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        co_return Outcome{false, problems.join(QLatin1Char(' '))};
    if (token.isEmpty()) {
        // Only this profile's own saved token: VITRINE_TOKEN belongs to scripted use and must not
        // go to whatever address is being typed into the dialog.
        TokenResolver tokens(m_tokens.keychain, privateFileConsent() ? privateFile(true) : nullptr,
                             m_tokens.memory, QString());
        const TokenResult r =
            co_await tokens.resolve(originalName.isEmpty() ? profile.name : originalName);
        if (r.ok())
            token = r.token;
        if (!self)
            co_return Outcome{false, {}};
    }
    // A test should answer promptly: one retry shows a store that is up, without the long
    // backoffs a publish would sit through.
    profile.maxRetries = qMin(profile.maxRetries, 1);
    QPointer<StoreClient> client = new StoreClient(profile, token, m_options, this);
    if (const auto setup = client->setupError()) {
        client->deleteLater();
        co_return Outcome{false, setup->userMessage()};
    }
    // The same test as `vitrinectl dialect check`: for a dialect file, the mapped fields must
    // occur in the store's answer, not only the token be accepted.
    const Result<ConnectionReport> r = co_await client->testConnection();
    Outcome outcome;
    if (!r.ok())
        outcome = {false, r.error().userMessage()};
    else if (const std::optional<int> n = r->products)
        outcome = {true, tr("Connected: %n product(s).", nullptr, *n)};
    else
        outcome = {true, tr("Connected: the store answered and accepted the token.")};
    // Not deleted here: this runs inside the reply's finished() emission (qt-notes §1.3).
    if (client)
        client->deleteLater();
    co_return outcome;
}

QCoro::Task<ProfileController::Outcome> ProfileController::deleteProfile(QString name) {
    const QStringList problems = m_profiles->remove(name);
    if (!problems.isEmpty())
        co_return Outcome{false, problems.join(QLatin1Char(' '))};
    Q_EMIT profilesChanged();
    // From the file too, consent or not: removing a secret never needs it, and a missing file
    // stays missing.
    const QList<std::shared_ptr<TokenStore>> stores{m_tokens.keychain, privateFile(true),
                                                    m_tokens.memory};
    QStringList failed;
    for (const auto &store : stores) {
        if (!store)
            continue;
        const TokenResult r = co_await store->remove(name);
        if (!r.ok() && r.status != TokenResult::Status::Unavailable)
            failed << r.message;
    }
    if (!failed.isEmpty())
        co_return Outcome{true, tr("Deleted “%1”, but its token could not be removed everywhere "
                                   "(%2).")
                                    .arg(name, failed.join(QStringLiteral("; ")))};
    co_return Outcome{true, tr("Deleted “%1”.").arg(name)};
}

QCoro::Task<Result<StoreTarget>> ProfileController::targetFor(QString name) {
    QPointer<ProfileController> self(this);
    const std::optional<StoreProfile> profile = m_profiles->profile(name);
    if (!profile)
        co_return StoreError::make(StoreError::Code::InvalidInput,
                                   tr("There is no store profile called “%1”.").arg(name));
    const QStringList problems = profile->validate();
    if (!problems.isEmpty())
        co_return StoreError::make(StoreError::Code::InvalidInput,
                                   tr("The store profile “%1” cannot be used: %2")
                                       .arg(name, problems.join(QLatin1Char(' '))));
    StoreTarget target;
    target.profile = *profile;
    target.displayName = profile->name;
    target.detail = QStringLiteral("%1 — %2").arg(profile->dialect, profile->baseUrl.toString());
    target.reopen.store = LaunchOptions::Store::Profile;
    target.reopen.profileName = profile->name;
    TokenResolver tokens = resolver();
    const TokenResult token = co_await tokens.resolve(name);
    if (token.ok())
        target.token = token.token;
    else if (token.status != TokenResult::Status::NotFound)
        target.notice = token.message;
    if (self)
        m_profiles->setCurrent(name);
    co_return target;
}

void ProfileController::attach(ProfilesDialog *dialog) {
    if (m_dialog)
        m_dialog->disconnect(this);
    m_dialog = dialog;
    if (!dialog)
        return;
    dialog->setPrivateFileConsent(privateFileConsent());
    feedProfiles();
    connect(dialog, &ProfilesDialog::saveRequested, this,
            [this](const QString &originalName, const StoreProfile &profile, const QString &token,
                   TokenStorage storage) { onSave(originalName, profile, token, storage); });
    connect(dialog, &ProfilesDialog::testRequested, this,
            [this](const QString &originalName, const StoreProfile &profile, const QString &token) {
                onTest(originalName, profile, token);
            });
    connect(dialog, &ProfilesDialog::deleteRequested, this,
            [this](const QString &name) { onDelete(name); });
    connect(dialog, &ProfilesDialog::openRequested, this,
            [this](const QString &name) { onOpen(name); });
    refreshKeychainStatus();
}

void ProfileController::feedProfiles() {
    if (m_dialog)
        m_dialog->setProfiles(m_profiles->profiles(), m_profiles->currentName());
}

QCoro::Task<> ProfileController::refreshKeychainStatus() {
    QPointer<ProfileController> self(this);
    const KeychainStatus status = co_await probeKeychain();
    if (self && m_dialog)
        m_dialog->setKeychainStatus(status.available, status.reason);
}

QCoro::Task<> ProfileController::onSave(QString originalName, StoreProfile profile, QString token,
                                        TokenStorage storage) {
    QPointer<ProfileController> self(this);
    const Outcome outcome = co_await saveProfile(originalName, profile, token, storage);
    if (!self || !m_dialog)
        co_return;
    if (outcome.ok)
        feedProfiles();
    m_dialog->showSaveResult(outcome.ok, profile.name, outcome.message);
}

QCoro::Task<> ProfileController::onTest(QString originalName, StoreProfile profile, QString token) {
    QPointer<ProfileController> self(this);
    const Outcome outcome = co_await testConnection(originalName, profile, token);
    if (self && m_dialog)
        m_dialog->showTestResult(outcome.ok, outcome.message);
}

QCoro::Task<> ProfileController::onDelete(QString name) {
    QPointer<ProfileController> self(this);
    const Outcome outcome = co_await deleteProfile(name);
    if (!self || !m_dialog)
        co_return;
    feedProfiles();
    m_dialog->showMessage(outcome.message, !outcome.ok);
}

QCoro::Task<> ProfileController::onOpen(QString name) {
    QPointer<ProfileController> self(this);
    const Result<StoreTarget> target = co_await targetFor(name);
    if (!self)
        co_return;
    if (target.ok())
        Q_EMIT openStoreRequested(target.value());
    else
        Q_EMIT openFailed(target.error().userMessage());
}

} // namespace vitrine
