#include "core/validation.h"

#include <QTest>

using namespace vitrine;

// Alt text and image URL validation: what is accepted, what is refused and how it is explained.
class TestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void altText_data();
    void altText();
    void altTextLengthCountsNfc_data();
    void altTextLengthCountsNfc();
    void imageUrl_data();
    void imageUrl();
};

void TestValidation::altText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messageContains");
    const QString e = QString::fromUtf8("e\xCC\x81"); // e + combining acute: one letter
    QTest::newRow("empty") << QString() << 255 << true << QString();
    QTest::newRow("plain") << QStringLiteral("Red sofa, front view") << 255 << true << QString();
    QTest::newRow("no limit") << QString(5000, QLatin1Char('a')) << 0 << true << QString();
    QTest::newRow("exactly the limit")
        << QString(255, QLatin1Char('a')) << 255 << true << QString();
    QTest::newRow("one over")
        << QString(256, QLatin1Char('a')) << 255 << false
        << QStringLiteral("256 characters long; this store accepts at most 255 (1 too many)");
    QTest::newRow("SHOPLINE update limit")
        << QString(512, QLatin1Char('a')) << 512 << true << QString();
    QTest::newRow("decomposed letters count once")
        << QString(255, QLatin1Char('a')).left(254) + e << 255 << true << QString();
    QTest::newRow("line break") << QStringLiteral("two\nlines") << 0 << false
                                << QStringLiteral("line break");
    QTest::newRow("carriage return")
        << QStringLiteral("a\rb") << 0 << false << QStringLiteral("line break");
    QTest::newRow("tab") << QStringLiteral("a\tb") << 0 << false << QStringLiteral("a tab");
    QTest::newRow("NUL") << QString(QChar(0)) << 0 << false << QStringLiteral("U+0000");
    QTest::newRow("DEL") << QString(QChar(0x7f)) << 0 << false << QStringLiteral("U+007F");
    QTest::newRow("C1 control") << QString(QChar(0x85)) << 0 << false << QStringLiteral("U+0085");
    QTest::newRow("unicode line separator")
        << QString(QChar(0x2028)) << 0 << false << QStringLiteral("line break");
    QTest::newRow("emoji and CJK are fine")
        << QString::fromUtf8("沙发 \xF0\x9F\x9B\x8B") << 10 << true << QString();
}

void TestValidation::altText() {
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(bool, ok);
    QFETCH(QString, messageContains);
    const ValidationResult r = validateAltText(text, limit);
    QCOMPARE(r.ok, ok);
    QCOMPARE(bool(r), ok);
    QCOMPARE(r.message.isEmpty(), ok);
    QVERIFY2(r.message.contains(messageContains), qPrintable(r.message));
}

void TestValidation::altTextLengthCountsNfc_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("ascii") << QStringLiteral("sofa") << 4;
    QTest::newRow("composed é") << QString::fromUtf8("caf\xC3\xA9") << 4;
    QTest::newRow("decomposed é") << QString::fromUtf8("cafe\xCC\x81") << 4;
    QTest::newRow("Hangul jamo compose") << QString::fromUtf8("\xE1\x84\x80\xE1\x85\xA1") << 1;
    QTest::newRow("emoji is two UTF-16 units") << QString::fromUtf8("\xF0\x9F\x9B\x8B") << 2;
}

void TestValidation::altTextLengthCountsNfc() {
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(altTextLength(text), length);
    QCOMPARE(normalizedAltText(text).size(), length);
}

void TestValidation::imageUrl_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("https") << QStringLiteral("https://cdn.example.com/a/sofa.jpg") << true
                           << QString();
    QTest::newRow("http with port and query")
        << QStringLiteral("http://127.0.0.1:8080/img.png?v=2&w=800") << true << QString();
    QTest::newRow("upper-case scheme")
        << QStringLiteral("HTTPS://cdn.example.com/x.png") << true << QString();
    QTest::newRow("percent-encoded space")
        << QStringLiteral("https://x.example/a%20b.jpg") << true << QString();
    QTest::newRow("surrounding whitespace is ignored")
        << QStringLiteral("  https://x.example/a.jpg\n") << true << QString();
    QTest::newRow("IDN host") << QString::fromUtf8("https://b\xC3\xBC"
                                                   "cher.example/a.jpg")
                              << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("Enter the image");
    QTest::newRow("ftp") << QStringLiteral("ftp://x.example/a.jpg") << false
                         << QStringLiteral("Only http and https");
    QTest::newRow("file") << QStringLiteral("file:///home/me/a.jpg") << false
                          << QStringLiteral("Only http and https");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false
                                << QStringLiteral("Only http and https");
    QTest::newRow("no scheme") << QStringLiteral("cdn.example.com/a.jpg") << false
                               << QStringLiteral("no scheme");
    // How Shoplazza writes its sources: taken as https (absoluteImageUrl).
    QTest::newRow("protocol-relative")
        << QStringLiteral("//cdn.example.com/a.jpg") << true << QString();
    QTest::newRow("no host") << QStringLiteral("https:///a.jpg") << false
                             << QStringLiteral("no host");
    QTest::newRow("host missing, path only")
        << QStringLiteral("http:a.jpg") << false << QStringLiteral("no host");
    QTest::newRow("space inside") << QStringLiteral("https://x.example/a b.jpg") << false
                                  << QStringLiteral("contains a space");
    QTest::newRow("control character") << QStringLiteral("https://x.example/a\x01.jpg") << false
                                       << QStringLiteral("control character");
    QTest::newRow("bad port") << QStringLiteral("https://x.example:99999999/a.jpg") << false
                              << QStringLiteral("well-formed");
    QTest::newRow("too long") << QStringLiteral("https://x.example/") +
                                     QString(2100, QLatin1Char('a'))
                              << false << QStringLiteral("at most 2048");
}

void TestValidation::imageUrl() {
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, messageContains);
    const ValidationResult r = validateImageUrl(url);
    QVERIFY2(r.ok == ok, qPrintable(r.message));
    QVERIFY2(r.message.contains(messageContains), qPrintable(r.message));
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
