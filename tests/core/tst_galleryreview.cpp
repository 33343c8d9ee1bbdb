// The gallery review: which problems it finds in which galleries, and its exports.
#include "core/galleryreview.h"
#include "reviewtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vitrine;

namespace {

ReviewImage image(int place, const QString &alt, const QString &src = {}) {
    ReviewImage i;
    i.key = QStringLiteral("k%1").arg(place);
    i.place = place;
    i.imageId = QString::number(1000 + place);
    i.src = src.isEmpty() ? QStringLiteral("https://cdn.test/p/%1.jpg").arg(place) : src;
    i.alt = alt;
    i.load = ReviewImage::Load::Loaded;
    i.size = QSize(1200, 1200);
    return i;
}

using Kind = ReviewFinding::Kind;
const auto describe = test::describeFindings;

} // namespace

class TstGalleryReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findings_data() {
        QTest::addColumn<QList<ReviewImage>>("images");
        QTest::addColumn<QStringList>("expected");
        ReviewImage tiny = image(2, QStringLiteral("Side view"));
        tiny.size = QSize(640, 200);
        ReviewImage broken = image(2, QStringLiteral("Side view"));
        broken.load = ReviewImage::Load::Broken;
        broken.loadError = QStringLiteral("The image host answered 404.");
        ReviewImage unknown = image(2, QStringLiteral("Side view"));
        unknown.load = ReviewImage::Load::Unknown;
        unknown.size = QSize(10, 10);
        ReviewImage newLong = image(2, QString(300, QLatin1Char('a')));
        newLong.isNew = true;

        QTest::newRow("clean") << QList<ReviewImage>{image(1, QStringLiteral("Front")),
                                                     image(2, QStringLiteral("Back"))}
                               << QStringList();
        QTest::newRow("empty gallery") << QList<ReviewImage>{} << QStringList();
        QTest::newRow("missing alt")
            << QList<ReviewImage>{image(1, QStringLiteral("Front")), image(2, QString())}
            << QStringList{QStringLiteral("2:missing-alt")};
        QTest::newRow("blank alt is missing") << QList<ReviewImage>{image(1, QStringLiteral("   "))}
                                              << QStringList{QStringLiteral("1:missing-alt")};
        QTest::newRow("alt over the update limit")
            << QList<ReviewImage>{image(1, QString(513, QLatin1Char('a')))}
            << QStringList{QStringLiteral("1:alt-too-long")};
        QTest::newRow("alt at the limit is only verbose")
            << QList<ReviewImage>{image(1, QString(512, QLatin1Char('a')))}
            << QStringList{QStringLiteral("1:alt-verbose")};
        QTest::newRow("alt at the recommended length")
            << QList<ReviewImage>{image(1, QString(125, QLatin1Char('a')))} << QStringList();
        QTest::newRow("alt just over the recommended length")
            << QList<ReviewImage>{image(1, QString(126, QLatin1Char('a')))}
            << QStringList{QStringLiteral("1:alt-verbose")};
        QTest::newRow("new image: create limit")
            << QList<ReviewImage>{image(1, QStringLiteral("Front")), newLong}
            << QStringList{QStringLiteral("2:alt-too-long")};
        QTest::newRow("file name") << QList<ReviewImage>{image(1, QStringLiteral("IMG_0042.JPG"))}
                                   << QStringList{QStringLiteral("1:alt-looks-like-file-name")};
        QTest::newRow("camera numbering")
            << QList<ReviewImage>{image(1, QStringLiteral("DSC01234"))}
            << QStringList{QStringLiteral("1:alt-looks-like-file-name")};
        QTest::newRow("placeholder") << QList<ReviewImage>{image(1, QStringLiteral("Image"))}
                                     << QStringList{QStringLiteral("1:alt-looks-like-file-name")};
        QTest::newRow("the image's own file name")
            << QList<ReviewImage>{image(1, QStringLiteral("sofa-front"),
                                        QStringLiteral("https://cdn.test/sofa-front.jpg"))}
            << QStringList{QStringLiteral("1:alt-looks-like-file-name")};
        QTest::newRow("a sentence with a dot is fine")
            << QList<ReviewImage>{image(1, QStringLiteral("Grey sofa, front. Linen."))}
            << QStringList();
        QTest::newRow("duplicate alt, case and spaces ignored")
            << QList<ReviewImage>{image(1, QStringLiteral("Grey sofa")),
                                  image(2, QStringLiteral("Back")),
                                  image(3, QStringLiteral(" grey  SOFA "))}
            << QStringList{QStringLiteral("3:duplicate-alt")};
        QTest::newRow("duplicate image, host case and fragment ignored")
            << QList<ReviewImage>{image(1, QStringLiteral("Front"),
                                        QStringLiteral("https://CDN.test/a.jpg")),
                                  image(2, QStringLiteral("Back"),
                                        QStringLiteral("https://cdn.test/a.jpg#zoom"))}
            << QStringList{QStringLiteral("2:duplicate-image")};
        QTest::newRow("same path, other query: not a duplicate")
            << QList<ReviewImage>{image(1, QStringLiteral("Front"),
                                        QStringLiteral("https://cdn.test/img?id=1")),
                                  image(2, QStringLiteral("Back"),
                                        QStringLiteral("https://cdn.test/img?id=2"))}
            << QStringList();
        QTest::newRow("broken") << QList<ReviewImage>{image(1, QStringLiteral("Front")), broken}
                                << QStringList{QStringLiteral("2:broken-image")};
        QTest::newRow("tiny: the shorter side counts")
            << QList<ReviewImage>{image(1, QStringLiteral("Front")), tiny}
            << QStringList{QStringLiteral("2:tiny-image")};
        QTest::newRow("not loaded yet: not judged")
            << QList<ReviewImage>{image(1, QStringLiteral("Front")), unknown} << QStringList();
        QTest::newRow("several problems on one image, in order")
            << QList<ReviewImage>{image(1, QStringLiteral("IMG_1.jpg")),
                                  image(2, QStringLiteral("img_1.JPG"),
                                        QStringLiteral("https://cdn.test/p/1.jpg"))}
            << QStringList{QStringLiteral("1:alt-looks-like-file-name"),
                           QStringLiteral("2:alt-looks-like-file-name"),
                           QStringLiteral("2:duplicate-alt"), QStringLiteral("2:duplicate-image")};
    }

    void findings() {
        QFETCH(QList<ReviewImage>, images);
        QFETCH(QStringList, expected);
        ReviewOptions options;
        options.altLimitOnUpdate = 512;
        options.altLimitOnCreate = 255;
        options.minimumSide = 300;
        const QList<ReviewFinding> found = GalleryReview::run(images, options);
        QCOMPARE(describe(found), expected);
        for (const ReviewFinding &f : found) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(f.message.contains(QString::number(f.place)));
        }
    }

    void severities() {
        ReviewImage broken = image(2, QString());
        broken.load = ReviewImage::Load::Broken;
        const QList<ReviewFinding> found = GalleryReview::run(
            {image(1, QStringLiteral("Front")), broken, image(3, QStringLiteral("Front"))}, {});
        QCOMPARE(describe(found),
                 (QStringList{QStringLiteral("2:missing-alt"), QStringLiteral("2:broken-image"),
                              QStringLiteral("3:duplicate-alt")}));
        QCOMPARE(found.at(0).severity, ReviewFinding::Severity::Error);
        QCOMPARE(found.at(1).severity, ReviewFinding::Severity::Error);
        QCOMPARE(found.at(2).severity, ReviewFinding::Severity::Warning);
        QCOMPARE(GalleryReview::summary(found), QStringLiteral("2 errors and 1 warning."));
        QCOMPARE(GalleryReview::summary({}), QStringLiteral("No problems found."));
        QCOMPARE(GalleryReview::summary({found.at(2)}), QStringLiteral("1 warning."));
    }

    void noLimitMeansNoLengthCheck() {
        ReviewOptions options;
        options.recommendedAltLength = 0;
        QVERIFY(GalleryReview::run({image(1, QString(5000, QLatin1Char('a')))}, options).isEmpty());
    }

    void unjudgedCount() {
        ReviewImage unknown = image(2, QStringLiteral("b"));
        unknown.load = ReviewImage::Load::Unknown;
        QCOMPARE(GalleryReview::unjudged({image(1, QStringLiteral("a")), unknown}), 1);
    }

    void csvQuotesAndDefusesFormulas() {
        ReviewImage evil = image(1, QString(), QStringLiteral("https://cdn.test/a,b.jpg"));
        evil.imageId = QStringLiteral("@SUM(A1)"); // ids come from the store: not trusted
        const QList<ReviewFinding> found = GalleryReview::run({evil, image(2, QString())}, {});
        const QList<QByteArray> lines = GalleryReview::toCsv(found).split('\n');
        QCOMPARE(lines.first(), QByteArray("place,image id,severity,problem,message,image url\r"));
        QCOMPARE(lines.size(), found.size() + 2); // header, findings, empty after the last CRLF
        QVERIFY2(lines.at(1).startsWith("1,'@SUM(A1),error,missing-alt,Image 1 has no alt text:"),
                 lines.at(1).constData());
        QVERIFY(lines.at(1).endsWith(",\"https://cdn.test/a,b.jpg\"\r"));
        QVERIFY(lines.at(2).startsWith("2,1002,error,missing-alt,"));
        QVERIFY(lines.last().isEmpty());
    }

    void json() {
        const QList<ReviewFinding> found =
            GalleryReview::run({image(1, QString()), image(2, QStringLiteral("Back"))}, {});
        const QJsonObject root =
            QJsonDocument::fromJson(
                GalleryReview::toJson(found, QStringLiteral("101"), QStringLiteral("Grey sofa"), 2))
                .object();
        QCOMPARE(
            root.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("101"));
        QCOMPARE(root.value(QStringLiteral("product"))
                     .toObject()
                     .value(QStringLiteral("images"))
                     .toInt(),
                 2);
        QCOMPARE(root.value(QStringLiteral("summary")).toString(), QStringLiteral("1 error."));
        const QJsonArray list = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("place")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("imageId")).toString(), QStringLiteral("1001"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("problem")).toString(), QStringLiteral("missing-alt"));
        QCOMPARE(first.value(QStringLiteral("src")).toString(),
                 QStringLiteral("https://cdn.test/p/1.jpg"));
    }
};

QTEST_GUILESS_MAIN(TstGalleryReview)
#include "tst_galleryreview.moc"
