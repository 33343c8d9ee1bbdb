#include "net/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace vitrine;

class TstJsonReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Ids arrive digit for digit, whatever their length or JSON type.
    void ids_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // null: not an id
        QTest::newRow("small int") << QByteArray("{\"id\": 1}") << QStringLiteral("1");
        QTest::newRow("int64 max")
            << QByteArray("{\"id\": 9223372036854775807}") << QStringLiteral("9223372036854775807");
        QTest::newRow("2^53+1") << QByteArray("{\"id\": 9007199254740993}")
                                << QStringLiteral("9007199254740993");
        QTest::newRow("26 digits (SHOPLINE product)")
            << QByteArray("{\"id\": 16057850264845250791280282}")
            << QStringLiteral("16057850264845250791280282");
        QTest::newRow("64 digits")
            << QByteArray("{\"id\": " + QByteArray(64, '7') + "}") << QString(64, QLatin1Char('7'));
        QTest::newRow("negative") << QByteArray("{\"id\": -12}") << QStringLiteral("-12");
        QTest::newRow("digit string") << QByteArray("{\"id\": \"5785060242375689228\"}")
                                      << QStringLiteral("5785060242375689228");
        QTest::newRow("uuid") << QByteArray("{\"id\": \"91d032e7-bbc8-47e4-8668-9ba6fe714de6\"}")
                              << QStringLiteral("91d032e7-bbc8-47e4-8668-9ba6fe714de6");
        QTest::newRow("fraction") << QByteArray("{\"id\": 1.5}") << QString();
        QTest::newRow("exponent") << QByteArray("{\"id\": 1e300}") << QString();
        QTest::newRow("bool") << QByteArray("{\"id\": true}") << QString();
        QTest::newRow("null") << QByteArray("{\"id\": null}") << QString();
        QTest::newRow("empty string") << QByteArray("{\"id\": \"\"}") << QString();
        QTest::newRow("object") << QByteArray("{\"id\": {\"x\":1}}") << QString();
        QTest::newRow("missing") << QByteArray("{\"other\": 1}") << QString();
        QTest::newRow("long digits inside a string stay")
            << QByteArray("{\"id\": \"a 12345678901234567890 b\"}")
            << QStringLiteral("a 12345678901234567890 b");
    }
    void ids() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<QJsonValue> v = JsonReader::parse(json);
        QVERIFY(v.ok());
        const std::optional<QString> id = JsonReader::id(v->toObject().value(QLatin1String("id")));
        if (expected.isNull())
            QVERIFY(!id.has_value());
        else
            QCOMPARE(id.value_or(QString()), expected);
    }

    void longIntegersInArraysAndEscapedStrings() {
        const QByteArray json =
            "{\"s\":\"quote \\\" 12345678901234567890\",\"a\":[12345678901234567890,1,2.5]}";
        const Result<QJsonValue> v = JsonReader::parse(json);
        QVERIFY(v.ok());
        const QJsonObject o = v->toObject();
        QCOMPARE(o.value(QLatin1String("s")).toString(),
                 QStringLiteral("quote \" 12345678901234567890"));
        const QJsonArray a = o.value(QLatin1String("a")).toArray();
        QCOMPARE(JsonReader::id(a.at(0)).value_or(QString()),
                 QStringLiteral("12345678901234567890"));
        QCOMPARE(JsonReader::integer(a.at(1)).value_or(-1), 1);
        QVERIFY(!JsonReader::integer(a.at(2)).has_value());
    }

    void integers_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("expected"); // -999: none
        QTest::newRow("number") << QByteArray("[3]") << 3;
        QTest::newRow("string (SHOPLINE position)") << QByteArray("[\"1\"]") << 1;
        QTest::newRow("padded string") << QByteArray("[\" 7 \"]") << 7;
        QTest::newRow("fraction") << QByteArray("[1.5]") << -999;
        QTest::newRow("too big") << QByteArray("[3000000000]") << -999;
        QTest::newRow("word") << QByteArray("[\"first\"]") << -999;
        QTest::newRow("null") << QByteArray("[null]") << -999;
    }
    void integers() {
        QFETCH(QByteArray, json);
        QFETCH(int, expected);
        const Result<QJsonValue> v = JsonReader::parse(json);
        QVERIFY(v.ok());
        QCOMPARE(JsonReader::integer(v->toArray().at(0)).value_or(-999), expected);
    }

    void notJson_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  \n");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        QTest::newRow("truncated") << QByteArray("{\"id\": 1, \"imageUrl\": \"ht");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']'));
    }
    void notJson() {
        QFETCH(QByteArray, body);
        const Result<QJsonValue> v = JsonReader::parse(body);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, StoreError::Code::BadResponse);
        QVERIFY(!v.error().storeMessage.isEmpty());
    }

    void text() {
        QCOMPARE(JsonReader::text(QJsonValue(QStringLiteral("a"))).value_or(QStringLiteral("?")),
                 QStringLiteral("a"));
        QCOMPARE(JsonReader::text(QJsonValue(QJsonValue::Null)).value_or(QStringLiteral("?")),
                 QString());
        QVERIFY(!JsonReader::text(QJsonValue(3)).has_value());
        QVERIFY(JsonReader::timestamp(QJsonValue(QStringLiteral("2023-01-31T13:22:37+08:00")))
                    .isValid());
        QVERIFY(!JsonReader::timestamp(QJsonValue(3)).isValid());
    }
};

QTEST_GUILESS_MAIN(TstJsonReader)
#include "tst_jsonreader.moc"
