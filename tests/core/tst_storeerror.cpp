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
