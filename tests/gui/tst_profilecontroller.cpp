#include "app/gui/profilecontroller.h"
#include "core/storeerror.h"
#include "demostore/storesimulator.h"
#include "net/filetokenstore.h"
#include "net/memorytokenstore.h"
#include "net/profilestore.h"
#include "tests/net/nettestsupport.h"
#include "ui/profilesdialog.h"
#include "workflow/journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;
using vitrine::test::await;

namespace {

const QString kToken = QStringLiteral("s3cret-token-value");

// A machine without a keychain service (CI, servers): every call answers Unavailable, as
// KeychainTokenStore does there, without waiting for D-Bus.
class NoKeychain : public TokenStore {
public:
    QString name() const override { return QStringLiteral("keychain"); }
    QCoro::Task<TokenResult> read(QString) override { co_return unavailable(); }
    QCoro::Task<TokenResult> write(QString, QString) override { co_return unavailable(); }
    QCoro::Task<TokenResult> remove(QString) override { co_return unavailable(); }

private:
    static TokenResult unavailable() {
        return TokenResult::failure(TokenResult::Status::Unavailable, QStringLiteral("keychain"),
                                    QStringLiteral("no keychain service is available on this "
                                                   "system (test)"));
    }
};

QString readToken(TokenStore &store, const QString &name) {
    const TokenResult r = await(store.read(name));
    return r.ok() ? r.token : QString();
}

} // namespace

// The wiring behind the "Stores…" dialog, over real loopback HTTP against the simulator: profiles
// saved in QSettings without their token, the token where the user chose (keychain, session,
// private file with consent), connection tests that succeed or say why not in a sentence, delete
// and rename carrying the token along, and the dialog driven end to end.
class TstProfileController : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::shared_ptr<TokenStore> m_keychain;
    std::shared_ptr<MemoryTokenStore> m_memory;
    std::unique_ptr<ProfileController> m_controller;

    QString tokenFile() const { return m_dir->filePath(QStringLiteral("tokens.json")); }
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("vitrine.ini")); }

    void makeController(std::shared_ptr<TokenStore> keychain) {
        m_controller.reset();
        m_keychain = std::move(keychain);
        m_controller = std::make_unique<ProfileController>(
            m_profiles.get(), ProfileTokenStores{m_keychain, m_memory, tokenFile()},
            m_settings.get());
        m_controller->setPipelineOptions(test::fastOptions());
    }

    StoreProfile simProfile(const QString &name = QStringLiteral("Sim")) const {
        StoreProfile p = test::genericProfile(*m_sim);
        p.name = name;
        return p;
    }

    // The settings file as written, and every value in it: no token may be found in either.
    void verifyNoTokenInSettings() {
        m_settings->sync();
        QFile f(settingsFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(kToken.toUtf8()));
        for (const QString &key : m_settings->allKeys())
            QVERIFY2(!m_settings->value(key).toString().contains(kToken), qPrintable(key));
    }

    ProfileController::Outcome save(const QString &original, const StoreProfile &p,
                                    const QString &token, ProfilesDialog::TokenStorage storage) {
        return await(m_controller->saveProfile(original, p, token, storage));
    }

private Q_SLOTS:
    void initTestCase() {
        qunsetenv("VITRINE_TOKEN"); // the resolver would prefer it over every store
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sim->setRequiredToken(SimDialect::Generic, kToken);
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_memory = std::make_shared<MemoryTokenStore>();
        makeController(std::make_shared<MemoryTokenStore>()); // a keychain that works
    }

    void cleanup() {
        m_controller.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void savedProfileKeepsTheTokenInTheKeychainOnly() {
        QSignalSpy changed(m_controller.get(), &ProfileController::profilesChanged);
        const auto outcome =
            save(QString(), simProfile(), kToken, ProfilesDialog::TokenStorage::Keychain);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.message, QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Sim")});
        QCOMPARE(*m_profiles->profile(QStringLiteral("Sim")), simProfile());
        QCOMPARE(readToken(*m_keychain, QStringLiteral("Sim")), kToken);
        QCOMPARE(readToken(*m_memory, QStringLiteral("Sim")), QString());
        QVERIFY(!QFile::exists(tokenFile()));
        verifyNoTokenInSettings();
    }

    void refusedProfileKeepsNothing() {
        StoreProfile p = simProfile();
        p.baseUrl = QUrl(QStringLiteral("http://shop.example.com"));
        const auto outcome = save(QString(), p, kToken, ProfilesDialog::TokenStorage::Keychain);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("https://")), qPrintable(outcome.message));
        QVERIFY(m_profiles->names().isEmpty());
        QCOMPARE(readToken(*m_keychain, QStringLiteral("Sim")), QString());
    }

    void withoutKeychainTheTokenGoesWhereChosen_data() {
        QTest::addColumn<ProfilesDialog::TokenStorage>("storage");
        QTest::addColumn<bool>("inFile");
        QTest::addColumn<QString>("noteContains");
        QTest::newRow("keychain asked, none running")
            << ProfilesDialog::TokenStorage::Keychain << false << "this session only";
        QTest::newRow("session only")
            << ProfilesDialog::TokenStorage::Session << false << "this session only";
        QTest::newRow("private file with consent")
            << ProfilesDialog::TokenStorage::PrivateFile << true << "only you can read";
    }
    void withoutKeychainTheTokenGoesWhereChosen() {
        QFETCH(ProfilesDialog::TokenStorage, storage);
        QFETCH(bool, inFile);
        QFETCH(QString, noteContains);
        makeController(std::make_shared<NoKeychain>());
        const auto status = await(m_controller->probeKeychain());
        QVERIFY(!status.available);
        QVERIFY(status.reason.contains(QStringLiteral("no keychain service")));

        const auto outcome = save(QString(), simProfile(), kToken, storage);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(noteContains), qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(kToken));
        QCOMPARE(readToken(*m_memory, QStringLiteral("Sim")), inFile ? QString() : kToken);
        QCOMPARE(QFile::exists(tokenFile()), inFile);
        QCOMPARE(m_controller->privateFileConsent(), inFile);
        if (inFile) {
            FileTokenStore file(true, tokenFile());
            QCOMPARE(readToken(file, QStringLiteral("Sim")), kToken);
            QCOMPARE(QFile::permissions(tokenFile()) & 0x0077, QFileDevice::Permissions());
            QCOMPARE(m_settings->value(ProfileController::consentKey()).toBool(), true);
        }
        verifyNoTokenInSettings();
        // Either way the store opens with it.
        const Result<StoreTarget> target = await(m_controller->targetFor(QStringLiteral("Sim")));
        QVERIFY(target.ok());
        QCOMPARE(target.value().token, kToken);
    }

    void connectionTestSaysHowManyProducts() {
        const auto outcome = await(m_controller->testConnection(QString(), simProfile(), kToken));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        const int n = int(m_sim->products(SimDialect::Generic).size());
        QVERIFY(n > 1);
        QCOMPARE(outcome.message, QStringLiteral("Connected: %1 products.").arg(n));
    }

    void connectionTestUsesTheSavedToken() {
        QVERIFY(save(QString(), simProfile(), kToken, ProfilesDialog::TokenStorage::Keychain).ok);
        const auto outcome =
            await(m_controller->testConnection(QStringLiteral("Sim"), simProfile(), QString()));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.message.startsWith(QStringLiteral("Connected")));
    }

    // VITRINE_TOKEN is for scripts: a test of an address typed into the dialog never sends it.
    void connectionTestNeverSendsTheEnvironmentToken() {
        const QByteArray secret = "env-tok-Zr42-for-another-shop";
        qputenv("VITRINE_TOKEN", secret);
        const auto outcome =
            await(m_controller->testConnection(QStringLiteral("Sim"), simProfile(), QString()));
        qunsetenv("VITRINE_TOKEN");
        QVERIFY(!outcome.ok); // the simulator wants kToken and got none
        QVERIFY(!m_sim->recordedRequests().isEmpty());
        for (const SimRequest &request : m_sim->recordedRequests()) {
            for (const auto &header : request.headers)
                QVERIFY2(!header.second.contains(secret), header.first.constData());
        }
    }

    void connectionTestFailuresAreSentences_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("unreachable");
        QTest::addColumn<int>("code");
        QTest::newRow("wrong token")
            << QStringLiteral("wrong") << false << int(StoreError::Code::Unauthorized);
        QTest::newRow("no token") << QString() << false << int(StoreError::Code::Unauthorized);
        QTest::newRow("nobody listening") << kToken << true << int(StoreError::Code::Network);
    }
    void connectionTestFailuresAreSentences() {
        QFETCH(QString, token);
        QFETCH(bool, unreachable);
        QFETCH(int, code);
        StoreProfile p = simProfile();
        if (unreachable) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            p.baseUrl.setPort(closed.serverPort());
            closed.close();
        }
        const auto outcome = await(m_controller->testConnection(QString(), p, token));
        QVERIFY(!outcome.ok);
        // The sentence of the error's kind, never a bare code, never the token.
        const QString sentence = StoreError::make(StoreError::Code(code)).userMessage();
        QVERIFY2(outcome.message.startsWith(sentence.chopped(1)), qPrintable(outcome.message));
        if (!unreachable)
            QVERIFY(outcome.message.contains(QStringLiteral("401")));
        if (!token.isEmpty())
            QVERIFY(!outcome.message.contains(token));
    }

    void connectionTestRefusesAnUnusableProfileBeforeSending() {
        m_sim->clearRecordedRequests();
        StoreProfile p = simProfile();
        p.baseUrl = QUrl(QStringLiteral("http://shop.example.com"));
        const auto outcome = await(m_controller->testConnection(QString(), p, kToken));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QStringLiteral("https://")));
        QVERIFY(m_sim->recordedRequests().isEmpty());
    }

    void deleteRemovesProfileAndTokenEverywhere() {
        m_settings->setValue(ProfileController::consentKey(), true);
        QVERIFY(save(QString(), simProfile(), kToken, ProfilesDialog::TokenStorage::Keychain).ok);
        QVERIFY(save(QString(), simProfile(QStringLiteral("Other")), QStringLiteral("other"),
                     ProfilesDialog::TokenStorage::PrivateFile)
                    .ok);
        // A stray session copy too.
        await(m_memory->write(QStringLiteral("Sim"), kToken));
        FileTokenStore file(true, tokenFile());
        await(file.write(QStringLiteral("Sim"), kToken));

        QSignalSpy changed(m_controller.get(), &ProfileController::profilesChanged);
        const auto outcome = await(m_controller->deleteProfile(QStringLiteral("Sim")));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Other")});
        QCOMPARE(readToken(*m_keychain, QStringLiteral("Sim")), QString());
        QCOMPARE(readToken(*m_memory, QStringLiteral("Sim")), QString());
        QCOMPARE(readToken(file, QStringLiteral("Sim")), QString());
        // The other profile's token is untouched.
        QCOMPARE(readToken(file, QStringLiteral("Other")), QStringLiteral("other"));

        QVERIFY(!await(m_controller->deleteProfile(QStringLiteral("Sim"))).ok);
    }

    void renameCarriesTheToken() {
        QVERIFY(save(QString(), simProfile(), kToken, ProfilesDialog::TokenStorage::Keychain).ok);
        QVERIFY(m_profiles->setCurrent(QStringLiteral("Sim")).isEmpty());
        const auto outcome = save(QStringLiteral("Sim"), simProfile(QStringLiteral("Renamed")),
                                  QString(), ProfilesDialog::TokenStorage::Keychain);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Renamed")});
        QCOMPARE(m_profiles->currentName(), QStringLiteral("Renamed"));
        QCOMPARE(readToken(*m_keychain, QStringLiteral("Renamed")), kToken);
        QCOMPARE(readToken(*m_keychain, QStringLiteral("Sim")), QString());
    }

    void renameKeepsTheUnpublishedEdits() {
        Journal journal(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.open());
        m_controller->setJournal(&journal);
        QVERIFY(save(QString(), simProfile(), kToken, ProfilesDialog::TokenStorage::Keychain).ok);
        // Edits staged in the store "Sim" (by the window or vitrinectl).
        ProductImage image;
        image.id = QStringLiteral("1");
        image.productId = QStringLiteral("101");
        image.src = QStringLiteral("http://localhost/images/sofa-front.jpg");
        SessionState state;
        state.productId = QStringLiteral("101");
        state.staged.baseline = {image};
        StagedImage row{image.id, false, image, {}};
        row.image.alt = QStringLiteral("staged before the rename");
        state.staged.rows = {row};
        QVERIFY(journal.saveState(QStringLiteral("Sim"), state, QStringLiteral("Grey sofa")));
        // Another store's edits stay where they are.
        QVERIFY(journal.saveState(QStringLiteral("Other"), state));

        QSignalSpy renamed(m_controller.get(), &ProfileController::storeRenamed);
        const auto outcome = save(QStringLiteral("Sim"), simProfile(QStringLiteral("Renamed")),
                                  QString(), ProfilesDialog::TokenStorage::Keychain);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.message, QString());
        QVERIFY(journal.entries(QStringLiteral("Sim")).isEmpty());
        const auto entry = journal.entry(QStringLiteral("Renamed"), QStringLiteral("101"));
        QVERIFY(entry);
        QCOMPARE(entry->productTitle, QStringLiteral("Grey sofa"));
        QCOMPARE(entry->pendingCount, 1);
        QCOMPARE(*journal.loadState(QStringLiteral("Renamed"), QStringLiteral("101")), state);
        QVERIFY(journal.entry(QStringLiteral("Other"), QStringLiteral("101")));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.constFirst().at(0).toString(), QStringLiteral("Sim"));
        QCOMPARE(renamed.constFirst().at(1).toString(), QStringLiteral("Renamed"));

        // Saving without a rename moves nothing.
        QVERIFY(save(QStringLiteral("Renamed"), simProfile(QStringLiteral("Renamed")), QString(),
                     ProfilesDialog::TokenStorage::Keychain)
                    .ok);
        QCOMPARE(renamed.size(), 1);
        QVERIFY(journal.entry(QStringLiteral("Renamed"), QStringLiteral("101")));
        m_controller->setJournal(nullptr);
    }

    void aNewTokenReplacesOlderCopies() {
        // An old token in the private file would be read before the session's new one.
        m_settings->setValue(ProfileController::consentKey(), true);
        makeController(std::make_shared<NoKeychain>());
        QVERIFY(save(QString(), simProfile(), QStringLiteral("old"),
                     ProfilesDialog::TokenStorage::PrivateFile)
                    .ok);
        StoreProfile edited = simProfile();
        edited.timeoutMs = 5000;
        QVERIFY(
            save(QStringLiteral("Sim"), edited, kToken, ProfilesDialog::TokenStorage::Session).ok);
        FileTokenStore file(true, tokenFile());
        QCOMPARE(readToken(file, QStringLiteral("Sim")), QString());
        const Result<StoreTarget> target = await(m_controller->targetFor(QStringLiteral("Sim")));
        QVERIFY(target.ok());
        QCOMPARE(target.value().token, kToken);
        QCOMPARE(target.value().profile.timeoutMs, 5000);
    }

    void openingMakesTheProfileCurrent() {
        QVERIFY(save(QString(), simProfile(), kToken, ProfilesDialog::TokenStorage::Keychain).ok);
        const Result<StoreTarget> target = await(m_controller->targetFor(QStringLiteral("Sim")));
        QVERIFY(target.ok());
        QCOMPARE(target.value().profile, simProfile());
        QCOMPARE(target.value().token, kToken);
        QCOMPARE(target.value().displayName, QStringLiteral("Sim"));
        QVERIFY(!target.value().isDemo);
        QCOMPARE(m_profiles->currentName(), QStringLiteral("Sim"));

        const Result<StoreTarget> missing = await(m_controller->targetFor(QStringLiteral("Nope")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().userMessage().contains(QStringLiteral("Nope")));
    }

    // Test connection in the dialog for a store described by a dialect file holds the file's
    // field mapping against the store's answer, as `vitrinectl dialect check` does: a file whose
    // src field names a key the store does not send fails the test with the mapped name and the
    // keys the answer had; the right file connects. Nothing is written either way.
    void dialogTestConnectionChecksADialectFile_data() {
        QTest::addColumn<QByteArray>("srcKey");
        QTest::addColumn<bool>("connects");
        QTest::newRow("right file") << QByteArray("url") << true;
        QTest::newRow("src names a missing key") << QByteArray("Url") << false;
    }
    void dialogTestConnectionChecksADialectFile() {
        QFETCH(QByteArray, srcKey);
        QFETCH(bool, connects);
        QFile fixture(QFINDTESTDATA("../net/fixtures/filter-store.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray served = fixture.readAll();
        QCOMPARE(m_sim->serveDescribedStore(QJsonDocument::fromJson(served).object(), kToken),
                 QString());
        QByteArray file = served;
        file.replace("\"src\": \"url\"", QByteArray(QByteArray("\"src\": \"") + srcKey + "\""));
        const QString path = m_dir->filePath(QStringLiteral("store.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();

        makeController(std::make_shared<NoKeychain>());
        ProfilesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        m_controller->attach(&dialog);
        dialog.addButton()->click();
        dialog.nameEdit()->setText(QStringLiteral("Described"));
        dialog.dialectCombo()->setCurrentIndex(
            dialog.dialectCombo()->findData(QStringLiteral("custom")));
        dialog.customFileEdit()->setText(path);
        dialog.baseUrlEdit()->setText(m_sim->baseUrl().toString());
        dialog.tokenEdit()->setText(kToken);
        m_sim->clearRecordedRequests();
        dialog.testButton()->click();
        // "Testing the connection…" first, then the result.
        QTRY_VERIFY(!dialog.testResultLabel()->text().isEmpty() &&
                    !dialog.testResultLabel()->text().endsWith(QChar(0x2026)));
        const QString said = dialog.testResultLabel()->text();
        if (connects) {
            QVERIFY2(said.startsWith(QStringLiteral("Connected")), qPrintable(said));
        } else {
            QVERIFY2(!said.startsWith(QStringLiteral("Connected")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("Url")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("alt_text, barcode")) ||
                         said.contains(QStringLiteral("alt_text")),
                     qPrintable(said));
        }
        for (const SimRequest &r : m_sim->recordedRequests())
            QCOMPARE(r.method, QByteArray("GET"));
    }

    void dialogDrivenEndToEnd() {
        makeController(std::make_shared<NoKeychain>());
        ProfilesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        m_controller->attach(&dialog);
        // The keychain probe answers: the dialog says there is none and offers the choices.
        QTRY_VERIFY(!dialog.keychainAvailable());
        QVERIFY(dialog.storageLabel()->text().contains(QStringLiteral("no keychain service")));
        QVERIFY(dialog.sessionOnlyChoice()->isVisible());

        dialog.addButton()->click();
        dialog.nameEdit()->setText(QStringLiteral("Sim"));
        dialog.dialectCombo()->setCurrentIndex(
            dialog.dialectCombo()->findData(QStringLiteral("generic")));
        dialog.baseUrlEdit()->setText(m_sim->baseUrl().toString());
        dialog.tokenEdit()->setText(kToken);
        dialog.privateFileChoice()->click();
        dialog.privateFileConsent()->click();

        // Test before saving: the typed token is used.
        dialog.testButton()->click();
        QTRY_VERIFY(dialog.testResultLabel()->text().startsWith(QStringLiteral("Connected")));

        QSignalSpy changed(m_controller.get(), &ProfileController::profilesChanged);
        dialog.saveButton()->click();
        QTRY_COMPARE(dialog.profileList()->count(), 1);
        QTRY_VERIFY(!dialog.isDirty());
        QCOMPARE(dialog.editedName(), QStringLiteral("Sim"));
        QVERIFY(dialog.tokenEdit()->text().isEmpty());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("only you can read")));
        QCOMPARE(m_controller->privateFileConsent(), true);
        verifyNoTokenInSettings();

        // Saved: the test now uses the saved token.
        dialog.testButton()->click();
        QTRY_VERIFY(dialog.testResultLabel()->text().startsWith(QStringLiteral("Connected")));
        // A wrong token typed in is reported in words.
        dialog.tokenEdit()->setText(QStringLiteral("wrong"));
        dialog.testButton()->click();
        QTRY_VERIFY(dialog.testResultLabel()->text().contains(QStringLiteral("refused")));
        dialog.revertButton()->click();

        QSignalSpy opens(m_controller.get(), &ProfileController::openStoreRequested);
        dialog.openButton()->click();
        QTRY_COMPARE(opens.size(), 1);
        const auto target = opens.at(0).at(0).value<StoreTarget>();
        QCOMPARE(target.token, kToken);
        QCOMPARE(target.profile.baseUrl, m_sim->baseUrl());
        QCOMPARE(m_profiles->currentName(), QStringLiteral("Sim"));

        // Delete (confirmed) removes it from the dialog and the settings.
        dialog.setDeleteConfirmation([](const QString &) { return true; });
        dialog.show();
        dialog.deleteButton()->click();
        QTRY_COMPARE(dialog.profileList()->count(), 0);
        QVERIFY(m_profiles->names().isEmpty());
        FileTokenStore file(true, tokenFile());
        QCOMPARE(readToken(file, QStringLiteral("Sim")), QString());
    }
};

QTEST_MAIN(TstProfileController)
#include "tst_profilecontroller.moc"
