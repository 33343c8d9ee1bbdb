#include "core/result.h"
#include "core/storeerror.h"

#include <QtTest>

using namespace vitrine;
using Code = StoreError::Code;

class TestStoreError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapsStatusToCode_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<Code>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << 400 << Code::Validation << false;
        QTest::newRow("401") << 401 << Code::Unauthorized << false;
        QTest::newRow("403") << 403 << Code::Forbidden << false;
        QTest::newRow("404") << 404 << Code::NotFound << false;
        QTest::newRow("409") << 409 << Code::Conflict << false;
        QTest::newRow("422") << 422 << Code::Validation << false;
        QTest::newRow("429") << 429 << Code::RateLimited << true;
        QTest::newRow("500") << 500 << Code::Server << true;
        QTest::newRow("503") << 503 << Code::Server << true;
        QTest::newRow("302 unexpected") << 302 << Code::BadResponse << false;
    }
    void mapsStatusToCode() {
        QFETCH(int, status);
        QFETCH(Code, code);
        QFETCH(bool, retryable);
        const StoreError e = StoreError::make(StoreError::codeForHttpStatus(status), {}, status);
        QCOMPARE(e.code, code);
        QCOMPARE(e.retryable, retryable);
    }
    void userMessageEndsWithOneFullStop_data() {
        QTest::addColumn<QString>("storeMessage");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("ending");
        QTest::newRow("no stop") << "Image not found" << 0 << "Image not found.";
        QTest::newRow("own stop") << "Unknown store dialect; use one of: a, b." << 0 << "a, b.";
        QTest::newRow("question") << "Is the token right?" << 0 << "right?";
        QTest::newRow("status after a stop") << "Not found." << 404 << "Not found. [HTTP 404].";
        QTest::newRow("no message") << "" << 0 << "This cannot be sent to the store.";
    }
    void userMessageEndsWithOneFullStop() {
        QFETCH(QString, storeMessage);
        QFETCH(int, status);
        QFETCH(QString, ending);
        const QString m = StoreError::make(Code::InvalidInput, storeMessage, status).userMessage();
        QVERIFY2(m.endsWith(ending), qPrintable(m));
        QVERIFY2(!m.endsWith(QStringLiteral("..")), qPrintable(m));
    }

    void userMessageCarriesStoreWordsAndStatus() {
        StoreError e = StoreError::make(
            Code::NotFound, QStringLiteral("Product image not found with id: 999"), 404);
        const QString m = e.userMessage();
        QVERIFY(m.contains(QStringLiteral("Product image not found with id: 999")));
        QVERIFY(m.contains(QStringLiteral("404")));
        QVERIFY(m.endsWith(QLatin1Char('.')));
    }
    // A 404 means what was asked for is not there: an item gone, a wrong store address, or a
    // picture the image host lacks. Each says so, with the status once.
    void notFoundDependsOnWhatWasAsked_data() {
        QTest::addColumn<StoreError::Subject>("subject");
        QTest::addColumn<QString>("storeMessage");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("an item") << StoreError::Subject::Item
                                 << QStringLiteral("Product image not found with id: 9")
                                 << QString()
                                 << QStringLiteral("The store does not have this item any more (it "
                                                   "may have been deleted elsewhere): Product "
                                                   "image not found with id: 9 [HTTP 404].");
        QTest::newRow("a listing")
            << StoreError::Subject::Address
            << QStringLiteral("No endpoint GET /api/v1/api/v1/products")
            << QStringLiteral("http://127.0.0.1:8080/api/v1/api/v1/products")
            << QStringLiteral("The store has no such address — check the store address (asked "
                              "for http://127.0.0.1:8080/api/v1/api/v1/products): No endpoint GET "
                              "/api/v1/api/v1/products [HTTP 404].");
        QTest::newRow("a listing, address unknown")
            << StoreError::Subject::Address << QString() << QString()
            << QStringLiteral(
                   "The store has no such address — check the store address [HTTP 404].");
        QTest::newRow("the image host")
            << StoreError::Subject::ImageHost << QString()
            << QStringLiteral("http://cdn.example.com/x.jpg")
            << QStringLiteral("The image host has no image at this address [HTTP 404].");
    }
    void notFoundDependsOnWhatWasAsked() {
        QFETCH(StoreError::Subject, subject);
        QFETCH(QString, storeMessage);
        QFETCH(QString, url);
        QFETCH(QString, message);
        StoreError e = StoreError::make(Code::NotFound, storeMessage, 404);
        e.subject = subject;
        e.url = url;
        QCOMPARE(e.userMessage(), message);
    }

    // The status is said once, even when the store's words already give it.
    void statusOnce() {
        const StoreError e =
            StoreError::make(Code::Server, QStringLiteral("upstream answered HTTP 502"), 502);
        QCOMPARE(e.userMessage().count(QStringLiteral("HTTP 502")), 1);
    }

    // The image host's failures never blame the store.
    void imageHostIsNotTheStore_data() {
        QTest::addColumn<Code>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << Code::Server << 500;
        QTest::newRow("403") << Code::Forbidden << 403;
        QTest::newRow("timeout") << Code::Timeout << 0;
        QTest::newRow("network") << Code::Network << 0;
    }
    void imageHostIsNotTheStore() {
        QFETCH(Code, code);
        QFETCH(int, status);
        StoreError e = StoreError::make(code, {}, status);
        e.subject = StoreError::Subject::ImageHost;
        const QString m = e.userMessage();
        QVERIFY2(m.startsWith(QStringLiteral("The image host")), qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("store")), qPrintable(m));
    }

    // What is left after the retries says that they ran out, never that more will come.
    void rateLimitedIsFinal_data() {
        QTest::addColumn<int>("retryAfterMs");
        QTest::addColumn<QString>("says");
        QTest::newRow("no Retry-After") << -1 << QStringLiteral("retries ran out");
        QTest::newRow("1 s") << 1000 << QStringLiteral("asks to wait 1 second; Vitrine stopped");
        QTest::newRow("30 s") << 30000 << QStringLiteral("asks to wait 30 seconds");
        QTest::newRow("10 min") << 600000 << QStringLiteral("asks to wait 10 minutes");
    }
    void rateLimitedIsFinal() {
        QFETCH(int, retryAfterMs);
        QFETCH(QString, says);
        StoreError e = StoreError::make(Code::RateLimited, {}, 429);
        e.retryAfterMs = retryAfterMs;
        const QString m = e.userMessage();
        QVERIFY2(m.contains(says), qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("will slow down and retry")), qPrintable(m));
        QCOMPARE(m.count(QStringLiteral("HTTP 429")), 1);
    }

    void resultHoldsValueOrError() {
        Result<int> good(5);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 5);
        Result<int> bad(StoreError::make(Code::Timeout));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Code::Timeout);
        Result<void> v;
        QVERIFY(v.ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreError)
#include "tst_storeerror.moc"
