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
