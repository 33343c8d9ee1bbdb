#pragma once

#include "net/storeprofile.h"

#include <QDialog>
#include <QList>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace vitrine {

// "Stores…": the configured store profiles, side by side. Add, edit, duplicate, delete (asked
// first), test the connection and open one. The form validates as the user types with
// StoreProfile::validate(), in words, and Save stays disabled while anything is wrong.
//
// The dialog does no networking and touches no keychain or settings: it emits intents
// (saveRequested, testRequested, deleteRequested, openRequested) and the controller answers
// through the slots (setProfiles, showSaveResult, showTestResult, setKeychainStatus...). The
// token typed in is handed over in the save/test signals only; it is never shown, logged or kept
// once the save succeeded.
class ProfilesDialog : public QDialog {
    Q_OBJECT
public:
    // Where a token typed in the form is kept. Keychain whenever a keychain service runs;
    // otherwise this session's memory, or — only with the user's explicit consent — a file
    // readable only by the user.
    enum class TokenStorage { Keychain, Session, PrivateFile };
    Q_ENUM(TokenStorage)

    explicit ProfilesDialog(QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The saved profile the form edits; empty for a new (or duplicated) one.
    QString editedName() const;
    // The profile as the form describes it now.
    StoreProfile draft() const;
    // What is wrong with the form, one sentence each (empty: it can be saved).
    QStringList problems() const;
    // The form differs from the saved profile (or is a new one).
    bool isDirty() const;
    TokenStorage tokenStorage() const;
    bool keychainAvailable() const { return m_keychainAvailable; }
    QList<StoreProfile> profiles() const { return m_profiles; }

    // Asks before deleting; true deletes. The default shows a question box. Tests replace it.
    void setDeleteConfirmation(std::function<bool(const QString &name)> confirm);

    // The form's widgets, for tests and accessibility tools.
    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *dialectCombo() const { return m_dialect; }
    QLineEdit *customFileEdit() const { return m_customFile; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *apiVersionEdit() const { return m_apiVersion; }
    // Ordering: index 0 the store type's default, then absolute, then shift (item data: -1, or
    // the OrderingSemantics value).
    QComboBox *orderingCombo() const { return m_ordering; }
    QLabel *orderingNote() const { return m_orderingNote; }
    QCheckBox *rateLimitOverride() const { return m_rateOverride; }
    // "The store's default: 2 requests/s, burst 40", shown under the rate limit.
    QLabel *rateDefaultLabel() const { return m_rateDefault; }
    QDoubleSpinBox *rateLimitEdit() const { return m_rate; }
    QSpinBox *burstEdit() const { return m_burst; }
    QSpinBox *timeoutEdit() const { return m_timeout; }
    QSpinBox *retriesEdit() const { return m_retries; }
    QLineEdit *tokenEdit() const { return m_token; }
    QRadioButton *sessionOnlyChoice() const { return m_sessionChoice; }
    QRadioButton *privateFileChoice() const { return m_fileChoice; }
    QCheckBox *privateFileConsent() const { return m_consent; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *storageLabel() const { return m_storageNote; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *testProgress() const { return m_testProgress; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *openButton() const { return m_open; }

public Q_SLOTS:
    // The saved profiles (from the ProfileStore) and the current one. The selection stays on the
    // profile it was on when it still exists; unsaved edits of the form are kept.
    void setProfiles(const QList<vitrine::StoreProfile> &profiles, const QString &currentName);
    // Shows the saved profile called name in the form (discarding unsaved edits).
    void selectProfile(const QString &name);
    // Starts a new profile in the form.
    void startNewProfile();
    // Starts a new profile from the selected one ("Shop (copy)"); its token must be entered.
    void duplicateSelected();
    // Whether a keychain service runs; reason says why not (shown to the user).
    void setKeychainStatus(bool available, const QString &reason = {});
    // The user agreed earlier to keep tokens in a private file: offer it preselected.
    void setPrivateFileConsent(bool given);
    // The answer to saveRequested. On success the form shows the saved profile called savedName
    // (setProfiles must have been called with it) and note, if any, says where the token went.
    void showSaveResult(bool ok, const QString &savedName, const QString &message = {});
    // The answer to testRequested: the sentence to show (success or the error's user message).
    void showTestResult(bool ok, const QString &sentence);
    // Any other outcome worth a line (a delete that failed, a token that could not be read).
    void showMessage(const QString &message, bool isError = false);

Q_SIGNALS:
    // Save the form's profile. originalName: the saved profile it replaces (empty: a new one).
    // token: empty keeps the saved token (a renamed profile keeps it too); storage says where a
    // new token goes (PrivateFile only ever with the user's consent).
    void saveRequested(const QString &originalName, const vitrine::StoreProfile &profile,
                       const QString &token, vitrine::ProfilesDialog::TokenStorage storage);
    // Test the form's profile (saved or not). token empty: the saved token of originalName.
    void testRequested(const QString &originalName, const vitrine::StoreProfile &profile,
                       const QString &token);
    // The user confirmed deleting the saved profile called name (and its token).
    void deleteRequested(const QString &name);
    // Open the saved profile called name in the window; the dialog closes.
    void openRequested(const QString &name);

private:
    QWidget *buildForm();
    QWidget *buildStorage();
    void fillForm(const StoreProfile &profile, const QString &editedName);
    void onSelectionChanged();
    void onDialectChanged();
    void onFormEdited();
    void updateOrderingNote();
    void refresh();
    void chooseCustomFile();
    void save();
    void test();
    void deleteSelected();
    void openSelected();
    bool tokenStorageAcceptable() const;
    QString selectedListName() const;
    QString displayName(const StoreProfile &profile) const;
    int rowOf(const QString &name) const;
    std::optional<StoreProfile> saved(const QString &name) const;

    QList<StoreProfile> m_profiles;
    QString m_currentName;
    QString m_editedName;    // the saved profile in the form; empty: new
    StoreProfile m_baseline; // the form's content when it was filled, to tell edits apart
    bool m_filling = false;  // fillForm() runs: field signals are not edits
    bool m_saving = false;   // a save was requested and not answered yet
    bool m_testing = false;  // a test was requested and not answered yet
    bool m_keychainAvailable = true;
    QString m_keychainReason;
    std::function<bool(const QString &)> m_confirmDelete;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_dialect = nullptr;
    QWidget *m_customFileRow = nullptr;
    QLabel *m_customFileLabel = nullptr;
    QLineEdit *m_customFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QComboBox *m_ordering = nullptr;
    QLabel *m_orderingNote = nullptr;
    std::optional<OrderingSemantics> m_defaultOrdering; // the dialect's, when known
    std::optional<RateLimit> m_defaultRate;             // the dialect's, when known
    QCheckBox *m_rateOverride = nullptr;
    QLabel *m_rateDefault = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_burst = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QLineEdit *m_token = nullptr;

    QLabel *m_storageNote = nullptr;
    QRadioButton *m_sessionChoice = nullptr;
    QRadioButton *m_fileChoice = nullptr;
    QButtonGroup *m_storageGroup = nullptr;
    QCheckBox *m_consent = nullptr;

    QLabel *m_problems = nullptr;
    QLabel *m_testResult = nullptr;
    QProgressBar *m_testProgress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace vitrine
