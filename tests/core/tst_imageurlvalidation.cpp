#include "core/validation.h"

#include <QtTest>

using namespace vitrine;

// The image address rules of core/validation.h that the store dialects rely on: a
// protocol-relative address, which docs/dialects.md promises is accepted on create, is taken as
// https; an address without any scheme still is not.
class TestImageUrlValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("absolute");
        QTest::newRow("https") << QStringLiteral("https://cdn.example.com/a.jpg")
                               << QStringLiteral("https://cdn.example.com/a.jpg");
        QTest::newRow("protocol-relative") << QStringLiteral("//cdn.example.com/a.jpg")
                                           << QStringLiteral("https://cdn.example.com/a.jpg");
        QTest::newRow("protocol-relative with port and spaces around")
            << QStringLiteral("  //localhost:8080/images/x.jpg\n")
            << QStringLiteral("https://localhost:8080/images/x.jpg");
    }
    void accepts() {
        QFETCH(QString, url);
        QFETCH(QString, absolute);
        const ValidationResult r = validateImageUrl(url);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(absoluteImageUrl(url), absolute);
    }

    void refuses_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("no scheme")
            << QStringLiteral("cdn.example.com/a.jpg") << QStringLiteral("no scheme");
        QTest::newRow("protocol-relative without a host")
            << QStringLiteral("///a.jpg") << QStringLiteral("no host");
        QTest::newRow("protocol-relative with a space")
            << QStringLiteral("//cdn.example.com/a b.jpg") << QStringLiteral("space");
    }
    void refuses() {
        QFETCH(QString, url);
        QFETCH(QString, messageContains);
        const ValidationResult r = validateImageUrl(url);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(messageContains), qPrintable(r.message));
    }
};

QTEST_APPLESS_MAIN(TestImageUrlValidation)
#include "tst_imageurlvalidation.moc"
