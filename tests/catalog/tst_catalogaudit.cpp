// The catalog audit: the gallery review's rules product by product, staged edits applied, the
// picture checks, the summary (alt coverage, problems per kind), filters, and the exports (the
// documented JSON shape; CSV with formula cells neutralised).
#include "core/catalogaudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vitrine;

namespace {

ProductImage image(const QString &product, const QString &id, const QString &file,
                   const QString &alt) {
    ProductImage i;
    i.id = id;
    i.productId = product;
    i.src = QStringLiteral("https://cdn.example.com/") + file;
    i.alt = alt;
    i.position = id.right(1).toInt();
    return i;
}

// Sofa: one image without alt text, one named like a file. Lamp: fine, but one picture is broken
// and one tiny (by the checks). Empty: no images.
QList<CatalogProduct> catalog() {
    CatalogProduct sofa{QStringLiteral("101"), QStringLiteral("Grey sofa"), {}, {}, {}};
    sofa.images = {image(sofa.id, QStringLiteral("1"), QStringLiteral("sofa-front.jpg"),
                         QStringLiteral("Grey sofa, front")),
                   image(sofa.id, QStringLiteral("2"), QStringLiteral("sofa-side.jpg"), {}),
                   image(sofa.id, QStringLiteral("3"), QStringLiteral("sofa-back.jpg"),
                         QStringLiteral("IMG_0042.jpg"))};
    CatalogProduct lamp{QStringLiteral("102"), QStringLiteral("=HYPERLINK(\"x\")"), {}, {}, {}};
    lamp.images = {image(lamp.id, QStringLiteral("4"), QStringLiteral("lamp-on.jpg"),
                         QStringLiteral("Lamp, on")),
                   image(lamp.id, QStringLiteral("5"), QStringLiteral("lamp-tiny.jpg"),
                         QStringLiteral("Lamp icon"))};
    CatalogProduct empty{QStringLiteral("103"), QStringLiteral("Empty"), {}, {}, {}};
    return {sofa, lamp, empty};
}

QHash<QString, PictureCheck> checks() {
    const QDateTime t(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    QHash<QString, PictureCheck> c;
    for (const char *file : {"sofa-front.jpg", "sofa-side.jpg", "sofa-back.jpg"})
        c.insert(QStringLiteral("https://cdn.example.com/") + QLatin1String(file),
                 PictureCheck{PictureCheck::State::Loaded, QSize(600, 600), {}, t});
    c.insert(QStringLiteral("https://cdn.example.com/lamp-on.jpg"),
             PictureCheck{PictureCheck::State::Broken, {}, QStringLiteral("HTTP 404"), t});
    c.insert(QStringLiteral("https://cdn.example.com/lamp-tiny.jpg"),
             PictureCheck{PictureCheck::State::Loaded, QSize(40, 40), {}, t});
    return c;
}

QStringList kindsOf(const QList<CatalogFinding> &findings) {
    QStringList out;
    for (const CatalogFinding &f : findings)
        out << QStringLiteral("%1:%2:%3")
                   .arg(f.productId)
                   .arg(f.review.place)
                   .arg(ReviewFinding::kindName(f.review.kind));
    return out;
}

} // namespace

class TestCatalogAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The same findings the gallery review gives each product, with the product named.
    void runsTheGalleryReviewOnEveryProduct() {
        const ReviewOptions options = CatalogAudit::optionsFor(512, 255);
        const CatalogAuditResult result = CatalogAudit::run(catalog(), {}, checks(), options);
        QCOMPARE(result.products.size(), 3);
        QList<CatalogFinding> expected;
        for (const CatalogProduct &p : catalog()) {
            const QList<ReviewImage> images = CatalogAudit::reviewImages(p, nullptr, checks());
            for (const ReviewFinding &f : GalleryReview::run(images, options))
                expected << CatalogFinding{p.id, p.title, images.at(f.place - 1).alt, f};
        }
        QCOMPARE(result.findings(), expected);
        QCOMPARE(kindsOf(result.findings()),
                 (QStringList{QStringLiteral("101:2:missing-alt"),
                              QStringLiteral("101:3:alt-looks-like-file-name"),
                              QStringLiteral("102:1:broken-image"),
                              QStringLiteral("102:2:tiny-image")}));
        const ProductAudit &sofa = result.products.at(0);
        QCOMPARE(sofa.images, 3);
        QCOMPARE(sofa.imagesWithAlt, 2);
        QCOMPARE(sofa.errors, 1);
        QCOMPARE(sofa.warnings, 1);
        QCOMPARE(sofa.altCoverage(), 66.7);
        QCOMPARE(result.products.at(2).altCoverage(), 100.0);
        QCOMPARE(result.imageCount(), 5);
        QCOMPARE(result.altCoverage(), 80.0);
        QCOMPARE(result.unjudged(), 0);
        const QMap<ReviewFinding::Kind, int> counts = result.problemCounts();
        QCOMPARE(counts.value(ReviewFinding::Kind::MissingAlt), 1);
        QCOMPARE(counts.value(ReviewFinding::Kind::TinyImage), 1);
        QCOMPARE(counts.value(ReviewFinding::Kind::DuplicateAlt), 0);
    }

    // Pictures not checked are not judged broken or tiny, and are counted as unjudged.
    void uncheckedPicturesAreNotJudged() {
        const CatalogAuditResult result =
            CatalogAudit::run(catalog(), {}, {}, CatalogAudit::optionsFor(0, 0));
        QCOMPARE(result.unjudged(), 5);
        QCOMPARE(result.problemCounts().value(ReviewFinding::Kind::BrokenImage), 0);
        QCOMPARE(result.problemCounts().value(ReviewFinding::Kind::TinyImage), 0);
    }

    // A product is judged as it will be published: the staged alt text fixes the finding.
    void stagedEditsAreApplied() {
        const QList<CatalogProduct> products = catalog();
        SessionState state;
        state.productId = products.at(0).id;
        state.staged = StagedGallery::unchanged(products.at(0).images);
        state.staged.rows[1].image.alt = QStringLiteral("Grey sofa, side");
        const QHash<QString, SessionState> staged{{state.productId, state}};
        const CatalogAuditResult result =
            CatalogAudit::run(products, staged, checks(), CatalogAudit::optionsFor(512, 255));
        QCOMPARE(kindsOf(result.products.at(0).findings),
                 QStringList{QStringLiteral("101:3:alt-looks-like-file-name")});
        QCOMPARE(result.products.at(0).pendingEdits, 1);
        QCOMPARE(result.products.at(0).imagesWithAlt, 3);
    }

    // Stores link variants and images from either side (the image lists its variants; a
    // Shoplazza variant names its image): the catalog's review knows the variant either way.
    void altMissesVariantWhicheverSideLinksThem_data() {
        QTest::addColumn<bool>("imageLists");
        QTest::addColumn<bool>("variantNames");
        QTest::addColumn<QStringList>("kinds");
        const QStringList misses{QStringLiteral("201:1:alt-misses-variant")};
        QTest::newRow("the image lists it") << true << false << misses;
        QTest::newRow("the variant names the image") << false << true << misses;
        QTest::newRow("both") << true << true << misses;
        QTest::newRow("not linked") << false << false << QStringList();
    }
    void altMissesVariantWhicheverSideLinksThem() {
        QFETCH(bool, imageLists);
        QFETCH(bool, variantNames);
        QFETCH(QStringList, kinds);
        CatalogProduct shirt{QStringLiteral("201"), QStringLiteral("Linen shirt"), {}, {}, {}};
        shirt.images = {image(shirt.id, QStringLiteral("7"), QStringLiteral("shirt.jpg"),
                              QStringLiteral("Linen shirt, folded"))};
        shirt.variants = {ProductVariant{QStringLiteral("v1"), QStringLiteral("Ochre / M"),
                                         variantNames ? QStringLiteral("7") : QString()}};
        if (imageLists)
            shirt.images[0].variantIds = {QStringLiteral("v1")};
        const CatalogAuditResult result =
            CatalogAudit::run({shirt}, {}, {}, CatalogAudit::optionsFor(512, 255));
        QCOMPARE(kindsOf(result.findings()), kinds);
        const QList<ReviewImage> images = CatalogAudit::reviewImages(shirt, nullptr, {});
        QCOMPARE(images.at(0).variantNames,
                 kinds.isEmpty() ? QStringList() : QStringList{QStringLiteral("Ochre / M")});
    }

    // The alt text quality rules judge each product with its own title: a title repeated as
    // the alt text of several images is alt-is-title in the catalog as in the gallery.
    void altIsTitleJudgesEachProductByItsTitle() {
        CatalogProduct shirt{QStringLiteral("301"), QStringLiteral("Linen shirt"), {}, {}, {}};
        shirt.images = {image(shirt.id, QStringLiteral("1"), QStringLiteral("a.jpg"),
                              QStringLiteral("Linen shirt")),
                        image(shirt.id, QStringLiteral("2"), QStringLiteral("b.jpg"),
                              QStringLiteral("Linen shirt"))};
        CatalogProduct scarf{QStringLiteral("302"), QStringLiteral("Wool scarf"), {}, {}, {}};
        scarf.images = {image(scarf.id, QStringLiteral("3"), QStringLiteral("c.jpg"),
                              QStringLiteral("Linen shirt, folded")),
                        image(scarf.id, QStringLiteral("4"), QStringLiteral("d.jpg"),
                              QStringLiteral("Wool scarf, rolled"))};
        const CatalogAuditResult result =
            CatalogAudit::run({shirt, scarf}, {}, {}, CatalogAudit::optionsFor(512, 255));
        const CatalogAuditResult titles =
            CatalogAudit::filtered(result, {ReviewFinding::Kind::AltIsTitle});
        QCOMPARE(kindsOf(titles.findings()), (QStringList{QStringLiteral("301:1:alt-is-title"),
                                                          QStringLiteral("301:2:alt-is-title")}));
        QCOMPARE(result.problemCounts().value(ReviewFinding::Kind::AltIsTitle), 2);
    }

    void filtersByProblemAndProduct() {
        const CatalogAuditResult all =
            CatalogAudit::run(catalog(), {}, checks(), CatalogAudit::optionsFor(512, 255));
        const CatalogAuditResult pictures = CatalogAudit::filtered(
            all, {ReviewFinding::Kind::BrokenImage, ReviewFinding::Kind::TinyImage});
        QCOMPARE(kindsOf(pictures.findings()), (QStringList{QStringLiteral("102:1:broken-image"),
                                                            QStringLiteral("102:2:tiny-image")}));
        QCOMPARE(pictures.products.size(), 3); // the summary still covers every product
        QCOMPARE(pictures.products.at(1).errors, 1);
        QCOMPARE(pictures.products.at(1).warnings, 1);
        const CatalogAuditResult sofa = CatalogAudit::filtered(all, {}, QStringLiteral("101"));
        QCOMPARE(sofa.products.size(), 1);
        QCOMPARE(sofa.findings().size(), 2);
    }

    void parsesProblemNames_data() {
        QTest::addColumn<QString>("names");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("one") << "missing-alt" << true << 1;
        QTest::newRow("two, spaces, repeated")
            << " tiny-image , broken-image,tiny-image" << true << 2;
        QTest::newRow("every name") << "missing-alt,alt-too-long,alt-verbose,"
                                       "alt-looks-like-file-name,duplicate-alt,duplicate-image,"
                                       "broken-image,tiny-image"
                                    << true << 8;
        QTest::newRow("the alt text quality rules")
            << "alt-is-title,alt-redundant-opening,alt-same-on-most,alt-misses-variant" << true
            << 4;
        QTest::newRow("spelling") << "alt-spelling" << true << 1;
        QTest::newRow("unknown") << "missing-alt,blurry" << false << 0;
        QTest::newRow("empty") << "," << false << 0;
    }
    void parsesProblemNames() {
        QFETCH(QString, names);
        QFETCH(bool, ok);
        QFETCH(int, count);
        QString error;
        const auto kinds = CatalogAudit::parseKinds(names, &error);
        QCOMPARE(bool(kinds), ok);
        if (ok)
            QCOMPARE(kinds->size(), count);
        else
            QVERIFY(error.contains(QStringLiteral("missing-alt")));
    }

    // The documented shape, exactly.
    // The same picture by its pixels: in two products (the later product's image names the
    // earlier), or twice in one gallery (the gallery review's duplicate-picture); a few bits apart
    // is the same, many is not; unhashed pictures are not compared.
    void duplicatePicturesAcrossProducts_data() {
        QTest::addColumn<QList<quint64>>("hashes"); // sofa 1..3, lamp 4..5; 0: no hash
        QTest::addColumn<QStringList>("found");     // "product:place:kind:relatedProduct:place"
        const quint64 a = 0x0123456789abcdefULL;
        const quint64 b = 0xfedcba9876543210ULL;
        const quint64 c = 0x00ff00ff00ff00ffULL;
        QTest::newRow("a sofa picture again in the lamp")
            << QList<quint64>{a, b, c, a ^ 0x3, 0}
            << QStringList{QStringLiteral("102:1:duplicate-picture-across-products:101:1")};
        QTest::newRow("twice in one gallery")
            << QList<quint64>{a, b, a ^ 0x1, c, 0}
            << QStringList{QStringLiteral("101:3:duplicate-picture::1")};
        QTest::newRow("many bits apart") << QList<quint64>{a, b, c, a ^ 0xff, 0} << QStringList();
        QTest::newRow("not hashed")
            << QList<quint64>{a, 0, 0, 0, a}
            << QStringList{QStringLiteral("102:2:duplicate-picture-across-products:101:1")};
    }
    void duplicatePicturesAcrossProducts() {
        QFETCH(QList<quint64>, hashes);
        QFETCH(QStringList, found);
        const QList<CatalogProduct> products = catalog();
        QHash<QString, PictureCheck> hashed;
        const QDateTime t(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        int i = 0;
        for (const CatalogProduct &p : products)
            for (const ProductImage &image : p.images) {
                PictureCheck check{PictureCheck::State::Loaded, QSize(600, 600), {}, t};
                if (hashes.at(i) != 0) {
                    check.hash = hashes.at(i);
                    check.hashed = true;
                }
                hashed.insert(image.src, check);
                ++i;
            }
        const CatalogAuditResult result =
            CatalogAudit::run(products, {}, hashed, CatalogAudit::optionsFor(512, 255));
        QStringList got;
        for (const CatalogFinding &f : result.findings())
            if (f.review.kind == ReviewFinding::Kind::DuplicatePicture ||
                f.review.kind == ReviewFinding::Kind::DuplicatePictureAcrossProducts)
                got << QStringLiteral("%1:%2:%3:%4:%5")
                           .arg(f.productId)
                           .arg(f.review.place)
                           .arg(ReviewFinding::kindName(f.review.kind), f.relatedProductId)
                           .arg(f.review.relatedPlace);
        QCOMPARE(got, found);
        // Reauditing the product alone keeps what only the whole catalog shows.
        const ProductAudit before = result.products.at(1);
        ProductAudit again = CatalogAudit::runProduct(products.at(1), nullptr, hashed,
                                                      CatalogAudit::optionsFor(512, 255));
        CatalogAudit::keepAcrossProducts(before, &again);
        QCOMPARE(again, before);
        if (!found.isEmpty() && found.first().contains(QStringLiteral("across"))) {
            const CatalogFinding &f = result.products.at(1).findings.last();
            QVERIFY2(f.review.message.contains(QStringLiteral("\"Grey sofa\" (product 101)")),
                     qPrintable(f.review.message));
            const QJsonObject json = QJsonDocument::fromJson(CatalogAudit::toJson(result))
                                         .object()
                                         .value(QStringLiteral("findings"))
                                         .toArray()
                                         .last()
                                         .toObject();
            QCOMPARE(json.value(QStringLiteral("relatedProductId")).toString(),
                     QStringLiteral("101"));
            QCOMPARE(json.value(QStringLiteral("relatedPlace")).toInt(), 1);
        }
    }

    void jsonHasTheDocumentedShape() {
        const CatalogAuditResult result =
            CatalogAudit::run(catalog(), {}, checks(), CatalogAudit::optionsFor(512, 255));
        const QJsonObject root = QJsonDocument::fromJson(CatalogAudit::toJson(result)).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("findings"), QStringLiteral("summary")}));
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.keys(),
                 (QStringList{QStringLiteral("altCoverage"), QStringLiteral("images"),
                              QStringLiteral("problems"), QStringLiteral("products")}));
        QCOMPARE(summary.value(QStringLiteral("products")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("images")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("altCoverage")).toDouble(), 80.0);
        const QJsonObject problems = summary.value(QStringLiteral("problems")).toObject();
        QCOMPARE(problems.size(), 15);
        QCOMPARE(problems.value(QStringLiteral("missing-alt")).toInt(), 1);
        QCOMPARE(problems.value(QStringLiteral("duplicate-image")).toInt(), 0);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 4);
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first.keys(),
                 (QStringList{QStringLiteral("alt"), QStringLiteral("imageId"),
                              QStringLiteral("message"), QStringLiteral("place"),
                              QStringLiteral("problem"), QStringLiteral("productId"),
                              QStringLiteral("productTitle"), QStringLiteral("relatedPlace"),
                              QStringLiteral("relatedProductId"), QStringLiteral("severity"),
                              QStringLiteral("src")}));
        QVERIFY(first.value(QStringLiteral("relatedProductId")).isNull());
        QCOMPARE(first.value(QStringLiteral("productId")).toString(), QStringLiteral("101"));
        QCOMPARE(first.value(QStringLiteral("productTitle")).toString(),
                 QStringLiteral("Grey sofa"));
        QCOMPARE(first.value(QStringLiteral("place")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("imageId")).toString(), QStringLiteral("2"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("problem")).toString(), QStringLiteral("missing-alt"));
        QCOMPARE(first.value(QStringLiteral("src")).toString(),
                 QStringLiteral("https://cdn.example.com/sofa-side.jpg"));
        QCOMPARE(first.value(QStringLiteral("alt")).toString(), QString());

        // With chosen problems, "problems" names just those.
        const QList<ReviewFinding::Kind> kinds{ReviewFinding::Kind::TinyImage};
        const QJsonObject some =
            QJsonDocument::fromJson(
                CatalogAudit::toJson(CatalogAudit::filtered(result, kinds), kinds))
                .object();
        QCOMPARE(some.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("problems"))
                     .toObject(),
                 (QJsonObject{{QStringLiteral("tiny-image"), 1}}));
    }

    // The review's columns after the product's, plus the alt text; a title that a spreadsheet
    // would run as a formula is neutralised.
    void csvHasTheReviewsColumnsAndNeutralisesFormulas() {
        const CatalogAuditResult result =
            CatalogAudit::run(catalog(), {}, checks(), CatalogAudit::optionsFor(512, 255));
        const QStringList lines =
            QString::fromUtf8(CatalogAudit::toCsv(result.findings())).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("product id,product title,place,image id,severity,"
                                               "problem,message,image url,alt text"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("101,Grey sofa,2,2,error,missing-alt,")));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("102,\"'=HYPERLINK(\"\"x\"\")\",1,4,error,"
                                                       "broken-image,")),
                 qPrintable(lines.at(3)));
        QVERIFY(lines.at(2).endsWith(QStringLiteral(",IMG_0042.jpg")));
        QCOMPARE(lines.size(), 6); // header, 4 findings, the empty tail after the last CRLF
    }
};

QTEST_GUILESS_MAIN(TestCatalogAudit)
#include "tst_catalogaudit.moc"
