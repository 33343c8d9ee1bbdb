#include "net/errorbody.h"
#include "net/genericdialect.h"

#include <QtTest>

using namespace vitrine;

// Error answers of every shape the seeds document, plus hostile ones.
class TstErrorBody : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("fieldErrors");

        // seeds/000: validation error
        QTest::newRow("generic 400")
            << QByteArray("{ \"status\": 400, \"error\": \"Bad Request\", \"message\": "
                          "\"Validation failed\", \"errors\": [ { \"field\": \"imageUrl\", "
                          "\"message\": \"Image URL is required\" } ] }")
            << QStringLiteral("Validation failed")
            << QStringList{QStringLiteral("imageUrl: Image URL is required")};
        // seeds/000 and 003: not found
        QTest::newRow("generic 404")
            << QByteArray("{ \"status\": 404, \"error\": \"Not Found\", \"message\": \"Product "
                          "image not found with id: 999\" }")
            << QStringLiteral("Product image not found with id: 999") << QStringList();
        QTest::newRow("details instead of errors")
            << QByteArray(
                   "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"Validation failed\", "
                   "\"details\":[{\"field\":\"displayOrder\",\"message\":\"must be >= 0\"}]}")
            << QStringLiteral("Validation failed")
            << QStringList{QStringLiteral("displayOrder: must be >= 0")};
        QTest::newRow("details as a string")
            << QByteArray(
                   "{\"status\":400,\"error\":\"Bad Request\",\"details\":\"imageUrl is blank\"}")
            << QStringLiteral("imageUrl is blank") << QStringList();
        QTest::newRow("only status and error")
            << QByteArray("{\"status\":404,\"error\":\"Not Found\"}") << QStringLiteral("Not Found")
            << QStringList();
        // seeds/001: SHOPLINE
        QTest::newRow("shopline errors string")
            << QByteArray("{\"errors\":\"Too many request\"}") << QStringLiteral("Too many request")
            << QStringList();
        // seeds/002 and 004: Shoplazza
        QTest::newRow("shoplazza errors list")
            << QByteArray("{\"errors\":[\"ProductId must be a valid UUID\",\"ImageId must be a "
                          "valid UUID\"]}")
            << QStringLiteral("ProductId must be a valid UUID; ImageId must be a valid UUID")
            << QStringList();
        QTest::newRow("shoplazza error") << QByteArray("{\"error\":\"store is not active\"}")
                                         << QStringLiteral("store is not active") << QStringList();
        QTest::newRow("rails-like errors object")
            << QByteArray("{\"errors\":{\"alt\":[\"is too long\",\"is invalid\"],\"src\":\"can't "
                          "be blank\"}}")
            << QString()
            << QStringList{QStringLiteral("alt: is too long, is invalid"),
                           QStringLiteral("src: can't be blank")};
        QTest::newRow("error object") << QByteArray("{\"error\":{\"message\":\"token expired\"}}")
                                      << QStringLiteral("token expired") << QStringList();
        QTest::newRow("plain text")
            << QByteArray("Bad Request") << QStringLiteral("Bad Request") << QStringList();
        QTest::newRow("html page")
            << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << QString()
            << QStringList();
        QTest::newRow("empty") << QByteArray() << QString() << QStringList();
        QTest::newRow("json array") << QByteArray("[\"x\"]") << QString() << QStringList();
        QTest::newRow("wrong types")
            << QByteArray("{\"message\":{\"a\":1},\"errors\":42,\"error\":null}") << QString()
            << QStringList();
        QTest::newRow("nulls in list")
            << QByteArray("{\"errors\":[null,{\"field\":null,\"message\":null},\"real\"]}")
            << QStringLiteral("real") << QStringList();
        QTest::newRow("truncated json")
            << QByteArray("{\"message\":\"Valid") << QString() << QStringList();
    }
    void parse() {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QStringList, fieldErrors);
        const ErrorBody parsed = ErrorBody::parse(body);
        QCOMPARE(parsed.message, message);
        QCOMPARE(parsed.fieldErrors, fieldErrors);
    }

    void hugeMessageIsClipped() {
        const QByteArray body = "{\"message\":\"" + QByteArray(qsizetype(1024) * 1024, 'x') +
                                "\",\"errors\":[" + QByteArray("\"e\",").repeated(10000) +
                                "\"e\"]}";
        const ErrorBody parsed = ErrorBody::parse(body);
        QVERIFY(parsed.message.size() <= 501);
        QVERIFY(parsed.fieldErrors.size() <= 50);
    }

    // The dialect turns the status into the code and keeps the store's words.
    void dialectMapsStatus_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("400")
            << 400
            << QByteArray("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"Validation "
                          "failed\",\"errors\":[{\"field\":\"imageUrl\",\"message\":\"Image URL is "
                          "required\"}]}")
            << int(StoreError::Code::Validation) << QStringLiteral("Validation failed");
        QTest::newRow("404") << 404
                             << QByteArray(
                                    "{\"status\":404,\"error\":\"Not Found\",\"message\":\"Product "
                                    "image not found with id: 999\"}")
                             << int(StoreError::Code::NotFound)
                             << QStringLiteral("Product image not found with id: 999");
        QTest::newRow("401") << 401 << QByteArray() << int(StoreError::Code::Unauthorized)
                             << QString();
        QTest::newRow("429") << 429 << QByteArray("{\"errors\":\"Too many request\"}")
                             << int(StoreError::Code::RateLimited)
                             << QStringLiteral("Too many request");
        QTest::newRow("503") << 503 << QByteArray("<html>down</html>")
                             << int(StoreError::Code::Server) << QString();
    }
    void dialectMapsStatus() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        GenericDialect dialect;
        HttpResponse r;
        r.status = status;
        r.body = body;
        const StoreError e = dialect.parseError(r);
        QCOMPARE(int(e.code), code);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.storeMessage, message);
        QVERIFY(!e.userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstErrorBody)
#include "tst_errorbody.moc"
