#include "net/storeprofile.h"
#include "ui/profilesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

StoreProfile profile(const QString &name, const QString &dialect, const QString &url) {
    StoreProfile p;
    p.name = name;
    p.dialect = dialect;
    p.baseUrl = QUrl(url);
    return p;
}

QList<StoreProfile> twoProfiles() {
    return {profile(QStringLiteral("Main shop"), QStringLiteral("shopline"),
                    QStringLiteral("https://main.myshopline.com")),
            profile(QStringLiteral("Local"), QStringLiteral("generic"),
                    QStringLiteral("http://127.0.0.1:8080"))};
}

void setDialect(ProfilesDialog &d, const QString &dialect) {
    d.dialectCombo()->setCurrentIndex(d.dialectCombo()->findData(dialect));
}

// Every visible piece of text the dialog shows, to prove a token never appears in one.
QStringList shownTexts(const QWidget &w) {
    QStringList out;
    for (const QLabel *l : w.findChildren<QLabel *>())
        out << l->text() << l->toolTip();
    for (const QPushButton *b : w.findChildren<QPushButton *>())
        out << b->text() << b->toolTip();
    for (const QListWidget *list : w.findChildren<QListWidget *>())
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text() << list->item(i)->toolTip();
    return out;
}

} // namespace

// The "Stores…" dialog: live validation in words, Save only when valid, the intents it emits
// (profile, token, where to keep it), the consent needed for a token file when no keychain
// runs, the connection test's progress and result, delete with confirmation, and open.
class TstProfilesDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsWithTheCurrentProfile() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        QCOMPARE(d.editedName(), QStringLiteral("Local"));
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("Local"));
        QCOMPARE(d.baseUrlEdit()->text(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(d.profileList()->count(), 2);
        QCOMPARE(d.profileList()->currentRow(), 1);
        QVERIFY(d.profileList()->item(1)->text().contains(QStringLiteral("open")));
        QVERIFY(!d.isDirty());
        QVERIFY(!d.saveButton()->isEnabled()); // nothing changed
        QVERIFY(d.openButton()->isEnabled());
        QVERIFY(d.testButton()->isEnabled());
        QCOMPARE(d.draft(), twoProfiles().at(1));

        d.profileList()->setCurrentRow(0);
        QCOMPARE(d.editedName(), QStringLiteral("Main shop"));
        QCOMPARE(d.dialectCombo()->currentData().toString(), QStringLiteral("shopline"));
    }

    void validatesInWords_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("customFile");
        QTest::addColumn<QString>("problemContains"); // empty: valid

        QTest::newRow("shopline https") << "New"
                                        << "shopline"
                                        << "https://new.myshopline.com"
                                        << ""
                                        << "";
        QTest::newRow("generic loopback http") << "New"
                                               << "generic"
                                               << "http://127.0.0.1:9000"
                                               << ""
                                               << "";
        QTest::newRow("localhost http") << "New"
                                        << "generic"
                                        << "http://localhost:9000"
                                        << ""
                                        << "";
        QTest::newRow("http to a real host") << "New"
                                             << "shopify"
                                             << "http://shop.myshopify.com"
                                             << ""
                                             << "plain http is only allowed";
        QTest::newRow("no name") << ""
                                 << "generic"
                                 << "https://shop.example.com"
                                 << ""
                                 << "needs a name";
        QTest::newRow("no address") << "New"
                                    << "generic"
                                    << ""
                                    << ""
                                    << "Enter the store address";
        QTest::newRow("not a URL") << "New"
                                   << "generic"
                                   << "shop.example.com"
                                   << ""
                                   << "not a valid URL";
        QTest::newRow("ftp") << "New"
                             << "generic"
                             << "ftp://shop.example.com"
                             << ""
                             << "must start with https://";
        QTest::newRow("credentials in address") << "New"
                                                << "generic"
                                                << "https://me:pw@shop.example.com"
                                                << ""
                                                << "user name or password";
        QTest::newRow("query in address") << "New"
                                          << "generic"
                                          << "https://shop.example.com/?a=1"
                                          << ""
                                          << "query or fragment";
        QTest::newRow("custom without file") << "New"
                                             << "custom"
                                             << "https://shop.example.com"
                                             << ""
                                             << "description file";
        QTest::newRow("custom with missing file") << "New"
                                                  << "custom"
                                                  << "https://shop.example.com"
                                                  << "/nonexistent/acme.json"
                                                  << "does not exist";
        QTest::newRow("custom with file") << "New"
                                          << "custom"
                                          << "https://shop.example.com"
                                          << "EXISTING"
                                          << "";
        QTest::newRow("name taken") << "Main shop"
                                    << "generic"
                                    << "https://shop.example.com"
                                    << ""
                                    << "already a store profile";
    }
    void validatesInWords() {
        QFETCH(QString, name);
        QFETCH(QString, dialect);
        QFETCH(QString, url);
        QFETCH(QString, customFile);
        QFETCH(QString, problemContains);
        QTemporaryDir dir;
        if (customFile == QLatin1String("EXISTING")) {
            customFile = dir.filePath(QStringLiteral("acme.json"));
            QFile f(customFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }

        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QString());
        d.addButton()->click();
        QCOMPARE(d.editedName(), QString());
        d.nameEdit()->setText(name);
        setDialect(d, dialect);
        d.baseUrlEdit()->setText(url);
        d.customFileEdit()->setText(customFile);

        const bool valid = problemContains.isEmpty();
        QCOMPARE(d.problems().isEmpty(), valid);
        QCOMPARE(d.saveButton()->isEnabled(), valid);
        QCOMPARE(d.problemsLabel()->isHidden(), valid);
        if (!valid) {
            QVERIFY2(d.problemsLabel()->text().contains(problemContains),
                     qPrintable(d.problemsLabel()->text()));
            QVERIFY(d.saveButton()->toolTip().contains(problemContains));
        }
        // A profile that is dirty blocks switching until saved or discarded.
        QVERIFY(!d.profileList()->isEnabled());
        QVERIFY(!d.openButton()->isEnabled());
    }

    void aBlankNewProfileIsNotScoldedBeforeTyping() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QString());
        d.addButton()->click();
        QVERIFY(!d.problems().isEmpty());
        QVERIFY(d.problemsLabel()->isHidden());
        QVERIFY(!d.saveButton()->isEnabled());
        QVERIFY(!d.saveButton()->toolTip().isEmpty());
        // The first keystroke brings the explanation.
        d.nameEdit()->setText(QStringLiteral("N"));
        QVERIFY(!d.problemsLabel()->isHidden());
        QVERIFY2(d.problemsLabel()->text().contains(QStringLiteral("store address")),
                 qPrintable(d.problemsLabel()->text()));
    }

    void placeholdersFollowTheDialect_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("urlHint");
        QTest::addColumn<QString>("versionHint");
        QTest::addColumn<bool>("customFileShown");
        QTest::newRow("shopline") << "shopline"
                                  << "https://HANDLE.myshopline.com"
                                  << "v20250601" << false;
        QTest::newRow("shoplazza") << "shoplazza"
                                   << "myshoplaza.com"
                                   << "2022-01" << false;
        QTest::newRow("shopify") << "shopify"
                                 << "myshopify.com"
                                 << "2024-01" << false;
        QTest::newRow("generic") << "generic"
                                 << "127.0.0.1"
                                 << "not needed" << false;
        QTest::newRow("custom") << "custom"
                                << "https://"
                                << "dialect file" << true;
    }
    void placeholdersFollowTheDialect() {
        QFETCH(QString, dialect);
        QFETCH(QString, urlHint);
        QFETCH(QString, versionHint);
        QFETCH(bool, customFileShown);
        ProfilesDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        setDialect(d, dialect == QLatin1String("generic") ? QStringLiteral("shopify")
                                                          : QStringLiteral("generic"));
        setDialect(d, dialect);
        QVERIFY2(d.baseUrlEdit()->placeholderText().contains(urlHint),
                 qPrintable(d.baseUrlEdit()->placeholderText()));
        QVERIFY2(d.apiVersionEdit()->placeholderText().contains(versionHint),
                 qPrintable(d.apiVersionEdit()->placeholderText()));
        QCOMPARE(d.customFileEdit()->isVisible(), customFileShown);
        // An empty version means the dialect's default.
        QCOMPARE(d.draft().effectiveApiVersion(), StoreProfile::defaultApiVersion(dialect));
    }

    void saveCarriesProfileTokenAndStorage() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop"));
        QSignalSpy saves(&d, &ProfilesDialog::saveRequested);
        d.addButton()->click();
        d.nameEdit()->setText(QStringLiteral("  Outlet  "));
        setDialect(d, QStringLiteral("shopify"));
        d.baseUrlEdit()->setText(QStringLiteral("https://outlet.myshopify.com"));
        d.apiVersionEdit()->setText(QStringLiteral("2024-04"));
        d.rateLimitOverride()->setChecked(true);
        d.rateLimitEdit()->setValue(1.5);
        d.burstEdit()->setValue(20);
        d.timeoutEdit()->setValue(45);
        d.retriesEdit()->setValue(2);
        d.tokenEdit()->setText(QStringLiteral("shpat_secret"));
        QCOMPARE(d.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(d.saveButton()->isEnabled());
        d.saveButton()->click();

        QCOMPARE(saves.size(), 1);
        QCOMPARE(saves.at(0).at(0).toString(), QString());
        const auto saved = saves.at(0).at(1).value<StoreProfile>();
        QCOMPARE(saved.name, QStringLiteral("Outlet"));
        QCOMPARE(saved.dialect, QStringLiteral("shopify"));
        QCOMPARE(saved.baseUrl, QUrl(QStringLiteral("https://outlet.myshopify.com")));
        QCOMPARE(saved.apiVersion, QStringLiteral("2024-04"));
        QVERIFY(saved.rateLimit.has_value());
        QCOMPARE(saved.rateLimit->requestsPerSecond, 1.5);
        QCOMPARE(saved.rateLimit->burst, 20);
        QCOMPARE(saved.timeoutMs, 45000);
        QCOMPARE(saved.maxRetries, 2);
        QCOMPARE(saves.at(0).at(2).toString(), QStringLiteral("shpat_secret"));
        QCOMPARE(saves.at(0).at(3).value<ProfilesDialog::TokenStorage>(),
                 ProfilesDialog::TokenStorage::Keychain);
        // While the controller works, a second save cannot be sent.
        QVERIFY(!d.saveButton()->isEnabled());
        for (const QString &text : shownTexts(d))
            QVERIFY2(!text.contains(QStringLiteral("shpat_secret")), qPrintable(text));

        // The controller answers: the new profile is shown as saved, the token field is empty.
        d.setProfiles(twoProfiles() << saved, QStringLiteral("Main shop"));
        d.showSaveResult(true, QStringLiteral("Outlet"));
        QCOMPARE(d.editedName(), QStringLiteral("Outlet"));
        QVERIFY(d.tokenEdit()->text().isEmpty());
        QVERIFY(!d.isDirty());
        QVERIFY(d.messageLabel()->text().contains(QStringLiteral("Saved")));
        QVERIFY(d.tokenEdit()->placeholderText().contains(QStringLiteral("keep the saved")));
        QVERIFY(d.profileList()->isEnabled());
    }

    void orderingAndRateLimitShowTheStoresDefaults_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("defaultOrdering");
        QTest::addColumn<QString>("defaultRate");
        QTest::newRow("shopline") << "shopline"
                                  << "Store's default (shift)"
                                  << "The store's default: 4 requests/s, burst 40";
        QTest::newRow("shoplazza") << "shoplazza"
                                   << "Store's default (shift)"
                                   << "The store's default: 2 requests/s, burst 1";
        QTest::newRow("shopify") << "shopify"
                                 << "Store's default (shift)"
                                 << "The store's default: 2 requests/s, burst 40";
        QTest::newRow("generic") << "generic"
                                 << "Store's default (absolute)"
                                 << "The store's default: no documented limit";
        QTest::newRow("custom") << "custom"
                                << "As in the dialect file"
                                << "The store's default: as in the dialect file";
    }
    void orderingAndRateLimitShowTheStoresDefaults() {
        QFETCH(QString, dialect);
        QFETCH(QString, defaultOrdering);
        QFETCH(QString, defaultRate);
        ProfilesDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        setDialect(d, dialect == QLatin1String("generic") ? QStringLiteral("shopify")
                                                          : QStringLiteral("generic"));
        setDialect(d, dialect);
        QCOMPARE(d.orderingCombo()->currentIndex(), 0);
        QCOMPARE(d.orderingCombo()->itemText(0), defaultOrdering);
        QCOMPARE(d.orderingCombo()->count(), 3);
        QVERIFY(d.orderingCombo()->isVisible());
        // One line says what the ordering means, and the rate limit's default is shown, not
        // hidden in a tooltip.
        QVERIFY(d.orderingNote()->isVisible());
        QVERIFY(!d.orderingNote()->text().isEmpty());
        QVERIFY(d.rateDefaultLabel()->isVisible());
        QCOMPARE(d.rateDefaultLabel()->text(), defaultRate);
        QVERIFY(!d.draft().ordering.has_value());
        QVERIFY(!d.draft().rateLimit.has_value());
    }

    void orderingIsCarriedIntoTheProfile() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop")); // SHOPLINE: shift by default
        QSignalSpy saves(&d, &ProfilesDialog::saveRequested);
        QCOMPARE(d.orderingCombo()->currentIndex(), 0);
        const QString shiftNote = d.orderingNote()->text();
        QVERIFY2(shiftNote.contains(QStringLiteral("renumber")), qPrintable(shiftNote));
        QVERIFY(!d.isDirty());

        d.orderingCombo()->setCurrentIndex(
            d.orderingCombo()->findData(int(OrderingSemantics::Absolute)));
        QVERIFY(d.isDirty());
        QVERIFY(d.orderingNote()->text().contains(QStringLiteral("keeps the position number")));
        QCOMPARE(d.draft().ordering, std::optional(OrderingSemantics::Absolute));
        QVERIFY(d.saveButton()->isEnabled());
        d.saveButton()->click();
        QCOMPARE(saves.size(), 1);
        auto saved = saves.at(0).at(1).value<StoreProfile>();
        QCOMPARE(saved.ordering, std::optional(OrderingSemantics::Absolute));

        // Shown again as saved; back to the store's default clears the override.
        QList<StoreProfile> profiles = twoProfiles();
        profiles[0] = saved;
        d.setProfiles(profiles, QStringLiteral("Main shop"));
        d.showSaveResult(true, QStringLiteral("Main shop"));
        QCOMPARE(d.orderingCombo()->currentData().toInt(), int(OrderingSemantics::Absolute));
        QVERIFY(!d.isDirty());
        d.orderingCombo()->setCurrentIndex(0);
        QVERIFY(d.isDirty());
        QVERIFY(!d.draft().ordering.has_value());
        QCOMPARE(d.orderingNote()->text(), shiftNote);

        // A generic profile told its store renumbers: shift.
        d.revertButton()->click();
        d.selectProfile(QStringLiteral("Local"));
        QCOMPARE(d.orderingCombo()->itemText(0), QStringLiteral("Store's default (absolute)"));
        d.orderingCombo()->setCurrentIndex(
            d.orderingCombo()->findData(int(OrderingSemantics::Shift)));
        d.saveButton()->click();
        QCOMPARE(saves.size(), 2);
        QCOMPARE(saves.at(1).at(1).value<StoreProfile>().ordering,
                 std::optional(OrderingSemantics::Shift));
    }

    void rateLimitOverrideStartsFromTheDefault() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop")); // SHOPLINE: 4/s, burst 40
        QSignalSpy saves(&d, &ProfilesDialog::saveRequested);
        QVERIFY(!d.rateLimitOverride()->isChecked());
        QVERIFY(!d.rateLimitEdit()->isEnabled());
        QCOMPARE(d.rateLimitEdit()->value(), 4.0);
        QCOMPARE(d.burstEdit()->value(), 40);
        QVERIFY(!d.isDirty()); // showing the default is no edit
        d.rateLimitOverride()->setChecked(true);
        d.rateLimitEdit()->setValue(1);
        d.saveButton()->click();
        QCOMPARE(saves.size(), 1);
        const auto saved = saves.at(0).at(1).value<StoreProfile>();
        QCOMPARE(saved.rateLimit, std::optional(RateLimit{1, 40}));
        QVERIFY(!saved.ordering.has_value());
    }

    void editingKeepsTheSavedTokenAndNameOfOrigin() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop"));
        QSignalSpy saves(&d, &ProfilesDialog::saveRequested);
        d.nameEdit()->setText(QStringLiteral("Main store"));
        d.timeoutEdit()->setValue(10);
        QVERIFY(d.isDirty());
        d.saveButton()->click();
        QCOMPARE(saves.size(), 1);
        QCOMPARE(saves.at(0).at(0).toString(), QStringLiteral("Main shop"));
        QCOMPARE(saves.at(0).at(1).value<StoreProfile>().name, QStringLiteral("Main store"));
        QCOMPARE(saves.at(0).at(2).toString(), QString()); // keep the saved token

        // A refused save keeps the edits and says why.
        d.showSaveResult(false, QString(), QStringLiteral("The disk is full."));
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("Main store"));
        QVERIFY(d.isDirty());
        QVERIFY(d.saveButton()->isEnabled());
        QCOMPARE(d.messageLabel()->text(), QStringLiteral("The disk is full."));
    }

    void revertForgetsTheEdits() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop"));
        d.baseUrlEdit()->setText(QStringLiteral("https://other.myshopline.com"));
        d.tokenEdit()->setText(QStringLiteral("x"));
        QVERIFY(d.revertButton()->isEnabled());
        d.revertButton()->click();
        QCOMPARE(d.baseUrlEdit()->text(), QStringLiteral("https://main.myshopline.com"));
        QVERIFY(d.tokenEdit()->text().isEmpty());
        QVERIFY(!d.isDirty());
    }

    void refreshedListKeepsUnsavedEdits() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop"));
        d.baseUrlEdit()->setText(QStringLiteral("https://edited.myshopline.com"));
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop"));
        QCOMPARE(d.baseUrlEdit()->text(), QStringLiteral("https://edited.myshopline.com"));
        QCOMPARE(d.editedName(), QStringLiteral("Main shop"));
    }

    void duplicateIsANewProfileToSave() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Main shop"));
        QSignalSpy saves(&d, &ProfilesDialog::saveRequested);
        d.duplicateButton()->click();
        QCOMPARE(d.editedName(), QString());
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("Main shop (copy)"));
        QCOMPARE(d.baseUrlEdit()->text(), QStringLiteral("https://main.myshopline.com"));
        QVERIFY(d.isDirty());
        QVERIFY(d.saveButton()->isEnabled());
        QVERIFY(d.messageLabel()->text().contains(QStringLiteral("token")));
        d.saveButton()->click();
        QCOMPARE(saves.size(), 1);
        QCOMPARE(saves.at(0).at(0).toString(), QString());
        QCOMPARE(saves.at(0).at(1).value<StoreProfile>().dialect, QStringLiteral("shopline"));
    }

    void withoutKeychainTheFileNeedsConsent() {
        ProfilesDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        QVERIFY(!d.sessionOnlyChoice()->isVisible()); // keychain assumed until told
        QVERIFY(d.storageLabel()->text().contains(QStringLiteral("system keychain")));

        d.setKeychainStatus(false, QStringLiteral("no Secret Service is running"));
        QVERIFY(d.storageLabel()->text().contains(QStringLiteral("keychain cannot be used")));
        QVERIFY(d.storageLabel()->text().contains(QStringLiteral("no Secret Service")));
        QVERIFY(d.sessionOnlyChoice()->isVisible());
        QVERIFY(d.privateFileChoice()->isVisible());
        QVERIFY(d.sessionOnlyChoice()->isChecked());
        QVERIFY(!d.privateFileConsent()->isEnabled());
        QCOMPARE(d.tokenStorage(), ProfilesDialog::TokenStorage::Session);

        QSignalSpy saves(&d, &ProfilesDialog::saveRequested);
        d.tokenEdit()->setText(QStringLiteral("tok"));
        QVERIFY(d.saveButton()->isEnabled()); // session only needs no consent

        d.privateFileChoice()->click();
        QCOMPARE(d.tokenStorage(), ProfilesDialog::TokenStorage::PrivateFile);
        QVERIFY(d.privateFileConsent()->isEnabled());
        QVERIFY(!d.privateFileConsent()->isChecked());
        QVERIFY(!d.saveButton()->isEnabled());
        QVERIFY(d.problemsLabel()->text().contains(QStringLiteral("agrees")));

        d.privateFileConsent()->click();
        QVERIFY(d.saveButton()->isEnabled());
        d.saveButton()->click();
        QCOMPARE(saves.size(), 1);
        QCOMPARE(saves.at(0).at(3).value<ProfilesDialog::TokenStorage>(),
                 ProfilesDialog::TokenStorage::PrivateFile);
        d.showSaveResult(true, QStringLiteral("Local"));

        // Without a new token, where it would be kept does not matter.
        d.privateFileConsent()->click();
        QVERIFY(!d.privateFileConsent()->isChecked());
        d.timeoutEdit()->setValue(5);
        QVERIFY(d.saveButton()->isEnabled());

        // Session only.
        d.sessionOnlyChoice()->click();
        d.tokenEdit()->setText(QStringLiteral("tok2"));
        d.saveButton()->click();
        QCOMPARE(saves.size(), 2);
        QCOMPARE(saves.at(1).at(3).value<ProfilesDialog::TokenStorage>(),
                 ProfilesDialog::TokenStorage::Session);
    }

    void earlierConsentIsPreselected() {
        ProfilesDialog d;
        d.setKeychainStatus(false);
        QVERIFY(d.storageLabel()->text().contains(QStringLiteral("No system keychain")));
        d.setPrivateFileConsent(true);
        QVERIFY(d.privateFileChoice()->isChecked());
        QVERIFY(d.privateFileConsent()->isChecked());
        QCOMPARE(d.tokenStorage(), ProfilesDialog::TokenStorage::PrivateFile);
        // A keychain, once it answers, is where tokens go.
        d.setKeychainStatus(true);
        QCOMPARE(d.tokenStorage(), ProfilesDialog::TokenStorage::Keychain);
    }

    void testShowsProgressThenTheSentence() {
        ProfilesDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        QSignalSpy tests(&d, &ProfilesDialog::testRequested);
        d.tokenEdit()->setText(QStringLiteral("typed"));
        d.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:9999"));
        d.testButton()->click();
        QCOMPARE(tests.size(), 1);
        QCOMPARE(tests.at(0).at(0).toString(), QStringLiteral("Local"));
        QCOMPARE(tests.at(0).at(1).value<StoreProfile>().baseUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:9999"))); // the unsaved form
        QCOMPARE(tests.at(0).at(2).toString(), QStringLiteral("typed"));
        QVERIFY(d.testProgress()->isVisible());
        QVERIFY(!d.testButton()->isEnabled());
        QVERIFY(d.testResultLabel()->text().contains(QStringLiteral("Testing")));

        const QString refused = QStringLiteral("The store refused the access token. [HTTP 401].");
        d.showTestResult(false, refused);
        QVERIFY(!d.testProgress()->isVisible());
        QVERIFY(d.testButton()->isEnabled());
        QCOMPARE(d.testResultLabel()->text(), refused);
        d.testButton()->click();
        d.showTestResult(true, QStringLiteral("Connected: 4 products."));
        QCOMPARE(d.testResultLabel()->text(), QStringLiteral("Connected: 4 products."));
    }

    void testNeedsAUsableAddress() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        d.baseUrlEdit()->setText(QStringLiteral("http://example.com"));
        QVERIFY(!d.testButton()->isEnabled());
    }

    void deleteAsksFirst() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        QSignalSpy deletes(&d, &ProfilesDialog::deleteRequested);
        QStringList asked;
        bool answer = false;
        d.setDeleteConfirmation([&](const QString &name) {
            asked << name;
            return answer;
        });
        d.deleteButton()->click();
        QCOMPARE(asked, QStringList{QStringLiteral("Local")});
        QCOMPARE(deletes.size(), 0);
        answer = true;
        d.deleteButton()->click();
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.at(0).at(0).toString(), QStringLiteral("Local"));

        // The controller answers with the shorter list: the form moves to what is left.
        d.setProfiles({twoProfiles().at(0)}, QString());
        QCOMPARE(d.editedName(), QStringLiteral("Main shop"));
        // The last one gone: a blank new profile, nothing to delete or open.
        d.setProfiles({}, QString());
        QCOMPARE(d.editedName(), QString());
        QVERIFY(!d.deleteButton()->isEnabled());
        QVERIFY(!d.openButton()->isEnabled());
        QVERIFY(!d.isDirty());
    }

    void openEmitsAndCloses() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy opens(&d, &ProfilesDialog::openRequested);
        d.profileList()->setCurrentRow(0);
        d.openButton()->click();
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.at(0).at(0).toString(), QStringLiteral("Main shop"));
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.isVisible());
    }

    void openWaitsForUnsavedEdits() {
        ProfilesDialog d;
        d.setProfiles(twoProfiles(), QStringLiteral("Local"));
        QSignalSpy opens(&d, &ProfilesDialog::openRequested);
        d.nameEdit()->setText(QStringLiteral("Renamed"));
        QVERIFY(!d.openButton()->isEnabled());
        d.openButton()->click();
        QCOMPARE(opens.size(), 0);
    }
};

QTEST_MAIN(TstProfilesDialog)
#include "tst_profilesdialog.moc"
