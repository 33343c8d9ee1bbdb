// The review's alt text quality rules and its duplicate-picture rule: which galleries they flag,
// that each finding says why and how to fix it, and that GalleryReview::run keeps gallery order.
#include "core/altqualityrules.h"
#include "core/galleryreview.h"
#include "core/spellchecker.h"
#include "reviewtestsupport.h"

#include <QSet>
#include <QTest>

using namespace vitrine;

namespace {

// A dictionary of a few words: the rule's logic without a real dictionary (tst_hunspellchecker
// runs the rule with Hunspell's en_US).
class WordListChecker : public SpellChecker {
public:
    QString language() const override { return QStringLiteral("xx_TEST"); }
    bool isCorrect(const QString &word) const override {
        ++asked;
        return m_words.contains(word.toLower());
    }
    QStringList suggestions(const QString &word, int) const override {
        return word.toLower() == QLatin1String("blak") ? QStringList{QStringLiteral("black")}
                                                       : QStringList();
    }
    mutable int asked = 0;

private:
    QSet<QString> m_words{QStringLiteral("front"), QStringLiteral("view"),
                          QStringLiteral("black"), QStringLiteral("the"),
                          QStringLiteral("with"),  QStringLiteral("collar")};
};

ReviewImage image(int place, const QString &alt, const QStringList &variants = {}) {
    ReviewImage i;
    i.key = QStringLiteral("k%1").arg(place);
    i.place = place;
    i.imageId = QString::number(100 + place);
    i.src = QStringLiteral("https://cdn.test/%1.jpg").arg(place);
    i.alt = alt;
    i.variantNames = variants;
    return i;
}

ReviewOptions withTitle(const QString &title = QStringLiteral("Linen Shirt")) {
    ReviewOptions o;
    o.productTitle = title;
    return o;
}

const auto describe = test::describeFindings;

} // namespace

class TstAltQualityRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data() {
        QTest::addColumn<QList<ReviewImage>>("images");
        QTest::addColumn<QStringList>("expected");
        const QString title = QStringLiteral("linen  SHIRT");
        QTest::newRow("title on two images")
            << QList<ReviewImage>{image(1, title), image(2, QStringLiteral("Back")),
                                  image(3, QStringLiteral("Linen Shirt"))}
            << QStringList{QStringLiteral("1:alt-is-title"), QStringLiteral("3:alt-is-title")};
        QTest::newRow("title on one image is fine")
            << QList<ReviewImage>{image(1, title), image(2, QStringLiteral("Back"))}
            << QStringList();
        QTest::newRow("image of") << QList<ReviewImage>{image(1,
                                                              QStringLiteral("Image of a shirt"))}
                                  << QStringList{QStringLiteral("1:alt-redundant-opening")};
        QTest::newRow("a picture showing")
            << QList<ReviewImage>{image(1, QStringLiteral("  A picture showing the collar"))}
            << QStringList{QStringLiteral("1:alt-redundant-opening")};
        QTest::newRow("photo of, any case")
            << QList<ReviewImage>{image(1, QStringLiteral("PHOTO OF the back"))}
            << QStringList{QStringLiteral("1:alt-redundant-opening")};
        QTest::newRow("imagery is not image")
            << QList<ReviewImage>{image(1, QStringLiteral("Imagery of the sea on a shirt")),
                                  image(2, QStringLiteral("Photos of friends printed"))}
            << QStringList();
        QTest::newRow("same on most: 3 of 5")
            << QList<ReviewImage>{image(1, QStringLiteral("Front")),
                                  image(2, QStringLiteral("Shirt")),
                                  image(3, QStringLiteral("Shirt")),
                                  image(4, QStringLiteral("Back")),
                                  image(5, QStringLiteral("shirt "))}
            << QStringList{QStringLiteral("2:alt-same-on-most")};
        QTest::newRow("same on half is not most")
            << QList<ReviewImage>{image(1, QStringLiteral("Shirt")),
                                  image(2, QStringLiteral("Shirt")),
                                  image(3, QStringLiteral("Shirt")),
                                  image(4, QStringLiteral("A")),
                                  image(5, QStringLiteral("B")),
                                  image(6, QStringLiteral("C"))}
            << QStringList();
        QTest::newRow("two of two is not enough")
            << QList<ReviewImage>{image(1, QStringLiteral("Shirt")),
                                  image(2, QStringLiteral("Shirt"))}
            << QStringList();
        QTest::newRow("variant not named")
            << QList<ReviewImage>{image(1, QStringLiteral("Front view"),
                                        {QStringLiteral("Red / S")})}
            << QStringList{QStringLiteral("1:alt-misses-variant")};
        QTest::newRow("variant named, any case")
            << QList<ReviewImage>{image(1, QStringLiteral("The RED shirt"),
                                        {QStringLiteral("Red / S")})}
            << QStringList();
        QTest::newRow("one of several variants named")
            << QList<ReviewImage>{image(
                   1, QStringLiteral("Size 42 boot"),
                   {QStringLiteral("Brown / 41"), QStringLiteral("Brown / 42")})}
            << QStringList();
        QTest::newRow("no alt: missing-alt's business, not this rule's")
            << QList<ReviewImage>{image(1, QString(), {QStringLiteral("Red / S")})}
            << QStringList();
        QTest::newRow("variant of one letter only: nothing to look for")
            << QList<ReviewImage>{image(1, QStringLiteral("Front view"), {QStringLiteral("S")})}
            << QStringList();
    }
    void rules() {
        QFETCH(QList<ReviewImage>, images);
        QFETCH(QStringList, expected);
        const QList<ReviewFinding> findings = AltQualityRules::run(images, withTitle());
        QCOMPARE(describe(findings), expected);
        for (const ReviewFinding &f : findings) {
            QCOMPARE(f.severity, ReviewFinding::Severity::Warning);
            // Why, and what to do: two sentences at least.
            QVERIFY2(f.message.count(QLatin1Char('.')) + f.message.count(QLatin1Char(':')) >= 2,
                     qPrintable(f.message));
        }
    }

    void messagesSayWhatToWrite() {
        const QList<ReviewFinding> opening =
            AltQualityRules::run({image(1, QStringLiteral("image of a linen collar"))}, {});
        QCOMPARE(opening.size(), 1);
        QVERIFY2(opening.first().message.contains(QStringLiteral("\"A linen collar\"")),
                 qPrintable(opening.first().message));
        const QList<ReviewFinding> variant = AltQualityRules::run(
            {image(4, QStringLiteral("Front"), {QStringLiteral("Sky Blue / M")})}, {});
        QVERIFY(variant.first().message.contains(QStringLiteral("\"Sky Blue / M\"")));
        QVERIFY(variant.first().message.contains(QStringLiteral("Image 4")));
    }

    void spelling() {
        WordListChecker checker;
        ReviewOptions options = withTitle(QStringLiteral("Kaftan by Zeyna"));
        options.spelling = &checker;
        const QList<ReviewImage> images{
            image(1, QStringLiteral("Blak kaftan, front view")), // "kaftan": the title's word
            image(2, QStringLiteral("The USB-C port of the iPhone case, 3XL")), // codes, brands
            image(3, QStringLiteral("Zeyna's collar with the pleat"), {QStringLiteral("Ochre")}),
            image(4, QStringLiteral("Ochre, front view"), {QStringLiteral("Ochre")}),
            image(5, QStringLiteral("blak with blak collar")),
        };
        QList<ReviewFinding> findings = AltQualityRules::run(images, options);
        findings.removeIf([](const ReviewFinding &f) {
            return f.kind != ReviewFinding::Kind::AltSpelling; // image 3 misses its variant too
        });
        QCOMPARE(describe(findings),
                 (QStringList{QStringLiteral("1:alt-spelling"), QStringLiteral("2:alt-spelling"),
                              QStringLiteral("3:alt-spelling"), QStringLiteral("5:alt-spelling")}));
        QVERIFY2(
            findings.at(0).message.contains(QStringLiteral("\"Blak\" (did you mean \"black\"?)")),
            qPrintable(findings.at(0).message));
        QVERIFY(findings.at(0).message.contains(QStringLiteral("xx_TEST")));
        QVERIFY(!findings.at(0).message.contains(QStringLiteral("kaftan")));
        // Image 2: "port" and "case" are unknown to this small dictionary; USB, iPhone, 3XL are
        // not checked.
        QVERIFY(findings.at(1).message.contains(QStringLiteral("\"port\"")));
        QVERIFY(!findings.at(1).message.contains(QStringLiteral("iPhone")));
        QVERIFY(!findings.at(1).message.contains(QStringLiteral("USB")));
        // Image 3: "Zeyna's" is the vendor's name from the title; only "pleat" is unknown.
        QVERIFY(findings.at(2).message.contains(QStringLiteral("\"pleat\"")));
        QVERIFY(!findings.at(2).message.contains(QStringLiteral("Zeyna")));
        // A word repeated in one alt text is named once.
        QCOMPARE(findings.at(3).message.count(QStringLiteral("blak")), 1);
        // Each word was asked once for the whole gallery.
        const int asked = checker.asked;
        QVERIFY2(asked <= 12, qPrintable(QString::number(asked)));

        options.spelling = nullptr;
        QCOMPARE(describe(AltQualityRules::run(images, options)),
                 QStringList{QStringLiteral("3:alt-misses-variant")});
    }

    void duplicatePictures() {
        QList<ReviewImage> images{image(1, QStringLiteral("a")), image(2, QStringLiteral("b")),
                                  image(3, QStringLiteral("c")), image(4, QStringLiteral("d"))};
        images[0].pictureHash = 0x00FF00FF00FF00FFULL;
        images[1].pictureHash = 0x00FF00FF00FF00FFULL ^ 0b11; // 2 bits: the same picture
        images[2].pictureHash = 0xFF00FF00FF00FF00ULL;        // another picture
        // image 4: not decoded yet, no hash
        const QList<ReviewFinding> findings = DuplicatePictureRule::run(images);
        QCOMPARE(describe(findings), QStringList{QStringLiteral("2:duplicate-picture")});
        QCOMPARE(findings.first().relatedKey, QStringLiteral("k1"));
        QCOMPARE(findings.first().relatedPlace, 1);
        QVERIFY(findings.first().message.contains(QStringLiteral("Delete the later copy")));
    }

    // GalleryReview::run runs these rules too, and keeps the findings in gallery order.
    void partOfTheReview() {
        QList<ReviewImage> images{image(1, QStringLiteral("Linen Shirt")),
                                  image(2, QStringLiteral("Image of the back")),
                                  image(3, QStringLiteral("Linen shirt"))};
        for (ReviewImage &i : images) {
            i.load = ReviewImage::Load::Loaded;
            i.size = QSize(1000, 1000);
        }
        images[2].pictureHash = 0x1234;
        images[0].pictureHash = 0x1234;
        const QList<ReviewFinding> findings = GalleryReview::run(images, withTitle());
        QCOMPARE(describe(findings),
                 (QStringList{QStringLiteral("1:alt-is-title"),
                              QStringLiteral("2:alt-redundant-opening"),
                              QStringLiteral("3:duplicate-alt"), QStringLiteral("3:alt-is-title"),
                              QStringLiteral("3:duplicate-picture")}));
    }

    void kindNames() {
        using Kind = ReviewFinding::Kind;
        QCOMPARE(ReviewFinding::kindName(Kind::AltIsTitle), QStringLiteral("alt-is-title"));
        QCOMPARE(ReviewFinding::kindName(Kind::AltRedundantOpening),
                 QStringLiteral("alt-redundant-opening"));
        QCOMPARE(ReviewFinding::kindName(Kind::AltSameOnMost), QStringLiteral("alt-same-on-most"));
        QCOMPARE(ReviewFinding::kindName(Kind::AltMissesVariant),
                 QStringLiteral("alt-misses-variant"));
        QCOMPARE(ReviewFinding::kindName(Kind::AltSpelling), QStringLiteral("alt-spelling"));
        QCOMPARE(ReviewFinding::kindName(Kind::DuplicatePicture),
                 QStringLiteral("duplicate-picture"));
    }
};

QTEST_GUILESS_MAIN(TstAltQualityRules)
#include "tst_altqualityrules.moc"
