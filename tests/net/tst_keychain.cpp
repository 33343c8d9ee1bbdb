// The keychain token store against a real Secret Service (gnome-keyring in a private D-Bus
// session, see tests/with-keyring.sh): write, read, replace, remove, one entry per profile, and
// the resolver taking the keychain first. Run outside that wrapper, it skips: without
// VITRINE_REAL_KEYCHAIN there may be no service, and tst_tokenstores covers that case.
#include "net/keychaintokenstore.h"
#include "net/memorytokenstore.h"
#include "net/tokenresolver.h"

#include <QCoroTask>
#include <QtTest>

using namespace vitrine;

namespace {

const QString kService = QStringLiteral("VitrineKeychainTest");
const QString kSecret = QStringLiteral("shpat_REAL_keychain_secret_456");

TokenResult run(QCoro::Task<TokenResult> task) {
    return QCoro::waitFor(std::move(task));
}

} // namespace

class TstKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("VITRINE_REAL_KEYCHAIN"))
            QSKIP("needs a Secret Service: run through tests/with-keyring.sh (ctest does)");
        // The wrapper promised a service: its absence is a failure, not a skip.
        KeychainTokenStore store(kService, 8000);
        const TokenResult probe = run(store.read(QStringLiteral("probe")));
        QVERIFY2(probe.status == TokenResult::Status::NotFound, qPrintable(probe.message));
    }

    void writesReadsReplacesAndRemoves() {
        KeychainTokenStore store(kService, 8000);
        const QString profile = QStringLiteral("Main shop");
        QVERIFY2(run(store.write(profile, kSecret)).ok(), "write");

        TokenResult r = run(store.read(profile));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.token, kSecret);
        QCOMPARE(r.source, QStringLiteral("keychain"));

        // Saving a new token replaces the old one.
        QVERIFY(run(store.write(profile, QStringLiteral("rotated-token"))).ok());
        QCOMPARE(run(store.read(profile)).token, QStringLiteral("rotated-token"));

        QVERIFY(run(store.remove(profile)).ok());
        r = run(store.read(profile));
        QCOMPARE(r.status, TokenResult::Status::NotFound);
        QVERIFY(r.token.isEmpty());
        QVERIFY(!r.message.contains(kSecret));
    }

    void oneEntryPerProfile() {
        KeychainTokenStore store(kService, 8000);
        QVERIFY(run(store.write(QStringLiteral("Shop A"), QStringLiteral("token-a"))).ok());
        QVERIFY(run(store.write(QStringLiteral("Shop B"), QStringLiteral("token-b"))).ok());
        QCOMPARE(run(store.read(QStringLiteral("Shop A"))).token, QStringLiteral("token-a"));
        QCOMPARE(run(store.read(QStringLiteral("Shop B"))).token, QStringLiteral("token-b"));
        QVERIFY(run(store.remove(QStringLiteral("Shop A"))).ok());
        QCOMPARE(run(store.read(QStringLiteral("Shop A"))).status, TokenResult::Status::NotFound);
        QCOMPARE(run(store.read(QStringLiteral("Shop B"))).token, QStringLiteral("token-b"));
        QVERIFY(run(store.remove(QStringLiteral("Shop B"))).ok());
    }

    // With a keychain running, a saved token goes there (not to the session memory), is found
    // there after the app restarts (a new resolver), and forget() takes it out.
    void resolverKeepsTokensInTheKeychain() {
        const QString profile = QStringLiteral("Resolver shop");
        auto memory = std::make_shared<MemoryTokenStore>();
        {
            TokenResolver resolver(std::make_shared<KeychainTokenStore>(kService, 8000), nullptr,
                                   memory, QStringLiteral("VITRINE_TEST_NO_SUCH_VARIABLE"));
            const TokenResult saved = run(resolver.save(profile, kSecret));
            QVERIFY2(saved.ok(), qPrintable(saved.message));
            QCOMPARE(saved.source, QStringLiteral("keychain"));
        }
        QCOMPARE(run(memory->read(profile)).status, TokenResult::Status::NotFound);

        TokenResolver afterRestart(std::make_shared<KeychainTokenStore>(kService, 8000), nullptr,
                                   std::make_shared<MemoryTokenStore>(),
                                   QStringLiteral("VITRINE_TEST_NO_SUCH_VARIABLE"));
        TokenResult r = run(afterRestart.resolve(profile));
        QCOMPARE(r.token, kSecret);
        QCOMPARE(r.source, QStringLiteral("keychain"));

        QVERIFY(run(afterRestart.forget(profile)).ok());
        r = run(afterRestart.resolve(profile));
        QVERIFY(!r.ok());
        QVERIFY(r.token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
