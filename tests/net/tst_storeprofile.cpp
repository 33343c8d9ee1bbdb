#include "net/profilestore.h"
#include "net/storeprofile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;

namespace {
StoreProfile validProfile(const QString &name = QStringLiteral("Demo")) {
    StoreProfile p;
    p.name = name;
    p.dialect = QStringLiteral("generic");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    return p;
}
} // namespace

class TstStoreProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void directStore_data() {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("file");
        QTest::newRow("built-in") << QStringLiteral("shopline") << QStringLiteral("shopline")
                                  << QString();
        QTest::newRow("custom file")
            << QStringLiteral("/srv/dialects/my-store.json") << QStringLiteral("custom")
            << QStringLiteral("/srv/dialects/my-store.json");
        QTest::newRow("custom file, upper case")
            << QStringLiteral("Store.JSON") << QStringLiteral("custom")
            << QStringLiteral("Store.JSON");
    }
    void directStore() {
        QFETCH(QString, given);
        QFETCH(QString, dialect);
        QFETCH(QString, file);
        const QUrl url(QStringLiteral("https://shop.example.com"));
        const StoreProfile p = StoreProfile::direct(given, url, QStringLiteral("v2"));
        QCOMPARE(p.dialect, dialect);
        QCOMPARE(p.customDialectFile, file);
        QCOMPARE(p.baseUrl, url);
        QCOMPARE(p.apiVersion, QStringLiteral("v2"));
        QVERIFY(p.name.isEmpty());
    }

    void defaults() {
        QCOMPARE(StoreProfile::defaultApiVersion(QStringLiteral("shopline")),
                 QStringLiteral("v20250601"));
        QCOMPARE(StoreProfile::defaultApiVersion(QStringLiteral("shoplazza")),
                 QStringLiteral("2022-01"));
        QCOMPARE(StoreProfile::defaultApiVersion(QStringLiteral("shopify")),
                 QStringLiteral("2024-01"));
        StoreProfile p;
        QCOMPARE(p.timeoutMs, 30000);
        QCOMPARE(p.maxRetries, 4);
        p.dialect = QStringLiteral("shopify");
        QCOMPARE(p.effectiveApiVersion(), QStringLiteral("2024-01"));
        p.apiVersion = QStringLiteral("2025-01");
        QCOMPARE(p.effectiveApiVersion(), QStringLiteral("2025-01"));
    }

    void loopback_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("localhost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("lan") << QStringLiteral("192.168.1.2") << false;
        QTest::newRow("name") << QStringLiteral("localhost.evil.example") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    }
    void loopback() {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(StoreProfile::isLoopbackHost(host), loopback);
    }

    void validate_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions"); // empty: valid
        QTest::newRow("loopback http")
            << QStringLiteral("generic") << QStringLiteral("http://127.0.0.1:9000") << QString();
        QTest::newRow("https") << QStringLiteral("shopline")
                               << QStringLiteral("https://open001.myshopline.com") << QString();
        QTest::newRow("http remote")
            << QStringLiteral("generic") << QStringLiteral("http://shop.example.com")
            << QStringLiteral("https");
        QTest::newRow("ftp") << QStringLiteral("generic")
                             << QStringLiteral("ftp://shop.example.com") << QStringLiteral("https");
        QTest::newRow("no scheme")
            << QStringLiteral("generic") << QStringLiteral("shop.example.com")
            << QStringLiteral("not a valid URL");
        QTest::newRow("empty") << QStringLiteral("generic") << QString()
                               << QStringLiteral("Enter the store address");
        QTest::newRow("credentials")
            << QStringLiteral("generic") << QStringLiteral("https://u:p@shop.example.com")
            << QStringLiteral("password");
        QTest::newRow("unknown dialect")
            << QStringLiteral("magento") << QStringLiteral("https://shop.example.com")
            << QStringLiteral("Unknown store dialect");
        QTest::newRow("custom without file")
            << QStringLiteral("custom") << QStringLiteral("https://shop.example.com")
            << QStringLiteral("description file");
    }
    void validate() {
        QFETCH(QString, dialect);
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        StoreProfile p = validProfile();
        p.dialect = dialect;
        p.baseUrl = QUrl(url);
        const QStringList errors = p.validate();
        if (mentions.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        } else {
            QVERIFY(!errors.isEmpty());
            QVERIFY2(errors.join(QLatin1Char(' ')).contains(mentions),
                     qPrintable(errors.join(QLatin1Char('\n'))));
        }
    }

    void profileStoreRoundTrip() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("vitrine.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(store.profiles().isEmpty());
            QVERIFY(store.currentName().isEmpty());

            StoreProfile a = validProfile(QStringLiteral("Demo"));
            StoreProfile b = validProfile(QStringLiteral("Shop/with slash"));
            b.dialect = QStringLiteral("shopline");
            b.baseUrl = QUrl(QStringLiteral("https://open001.myshopline.com"));
            b.apiVersion = QStringLiteral("v20250601");
            b.ordering = OrderingSemantics::Shift;
            b.rateLimit = RateLimit{4, 40};
            b.timeoutMs = 5000;
            b.maxRetries = 2;
            QCOMPARE(store.add(a), QStringList());
            QCOMPARE(store.add(b), QStringList());
            QVERIFY(!store.add(a).isEmpty()); // duplicate name
            StoreProfile invalid = validProfile(QStringLiteral("Bad"));
            invalid.baseUrl = QUrl(QStringLiteral("http://shop.example.com"));
            QVERIFY(!store.add(invalid).isEmpty());
            QCOMPARE(store.setCurrent(b.name), QStringList());
            QVERIFY(!store.setCurrent(QStringLiteral("nope")).isEmpty());
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            QCOMPARE(store.names(),
                     (QStringList{QStringLiteral("Demo"), QStringLiteral("Shop/with slash")}));
            const StoreProfile b = store.profile(QStringLiteral("Shop/with slash")).value();
            QCOMPARE(b.dialect, QStringLiteral("shopline"));
            QCOMPARE(b.baseUrl, QUrl(QStringLiteral("https://open001.myshopline.com")));
            QCOMPARE(b.ordering, std::optional<OrderingSemantics>(OrderingSemantics::Shift));
            QCOMPARE(b.rateLimit, std::optional<RateLimit>(RateLimit{4, 40}));
            QCOMPARE(b.timeoutMs, 5000);
            QCOMPARE(b.maxRetries, 2);
            const StoreProfile a = store.profile(QStringLiteral("Demo")).value();
            QVERIFY(!a.ordering.has_value());
            QVERIFY(!a.rateLimit.has_value());
            QCOMPARE(store.current()->name, b.name);

            // Rename the current profile: it stays current.
            StoreProfile renamed = b;
            renamed.name = QStringLiteral("SHOPLINE");
            QCOMPARE(store.update(b.name, renamed), QStringList());
            QCOMPARE(store.currentName(), QStringLiteral("SHOPLINE"));
            QVERIFY(!store.update(QStringLiteral("SHOPLINE"), a).isEmpty()); // name taken
            QVERIFY(!store.update(QStringLiteral("ghost"), a).isEmpty());

            QCOMPARE(store.remove(QStringLiteral("SHOPLINE")), QStringList());
            QVERIFY(store.currentName().isEmpty());
            QVERIFY(!store.remove(QStringLiteral("SHOPLINE")).isEmpty());
            QCOMPARE(store.names(), QStringList{QStringLiteral("Demo")});
        }
        // No token or anything like one is ever written.
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("token"));
    }
};

QTEST_GUILESS_MAIN(TstStoreProfile)
#include "tst_storeprofile.moc"
