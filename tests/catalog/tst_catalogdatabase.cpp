// The local catalog's database: what a scan saves page by page, which galleries must be read
// again (update stamps), products gone from the store, a scan's state surviving the process, the
// picture checks, and a damaged file set aside.
#include "catalog/catalogdatabase.h"
#include "tests/catalog/catalogversion1.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

Q_DECLARE_METATYPE(vitrine::CatalogCursor)

namespace {

const QString kStore = QStringLiteral("shop");

ProductImage image(const QString &product, const QString &id, const QString &alt = {}) {
    ProductImage i;
    i.id = id;
    i.productId = product;
    i.src = QStringLiteral("https://cdn.example.com/%1.jpg").arg(id);
    i.alt = alt;
    i.position = id.toInt();
    i.width = 600;
    i.height = 400;
    i.variantIds = {QStringLiteral("v-") + id};
    i.updatedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    return i;
}

ListedProduct listed(const QString &id, const QDateTime &stamp, std::optional<Gallery> images) {
    ListedProduct p;
    p.product.id = id;
    p.product.title = QStringLiteral("Product ") + id;
    p.product.variants = {{QStringLiteral("v1"), QStringLiteral("Small")}};
    p.product.updatedAt = stamp;
    if (images) {
        p.product.images = *images;
        p.galleryListed = true;
    }
    return p;
}

QDateTime at(int minute) {
    return {QDate(2024, 3, 1), QTime(10, minute), Qt::UTC};
}

} // namespace

class TestCatalogDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

private Q_SLOTS:
    void init() {
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
    }

    void savesProductsWithTheirGalleries() {
        CatalogDatabase db(path());
        QVERIFY(db.open());
        const auto scan = db.beginScan(kStore);
        QVERIFY(scan);
        QCOMPARE(scan->generation, 1);
        const Gallery g1{image(QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("Front")),
                         image(QStringLiteral("1"), QStringLiteral("12"))};
        QCOMPARE(
            db.savePage(kStore, 1, {listed(QStringLiteral("1"), at(1), g1)}, CatalogCursor::end()),
            0);
        QCOMPARE(db.finishScan(kStore, 1), 0);

        const std::optional<CatalogProduct> p = db.product(kStore, QStringLiteral("1"));
        QVERIFY(p);
        CatalogProduct expected = listed(QStringLiteral("1"), at(1), g1).product;
        QCOMPARE(*p, expected);
        QCOMPARE(db.products(kStore), QList<CatalogProduct>{expected});
        QCOMPARE(db.productCount(kStore), 1);
        QCOMPARE(db.imageCount(kStore), 2);
        QVERIFY(db.products(QStringLiteral("another store")).isEmpty());
    }

    // Which galleries a scan must read: those the listing did not carry, unless the product's
    // stamp is the one its gallery was read at.
    void galleriesToReadFollowUpdateStamps() {
        CatalogDatabase db(path());
        QVERIFY(db.open());
        QVERIFY(db.beginScan(kStore));
        QCOMPARE(db.savePage(kStore, 1,
                             {listed(QStringLiteral("1"), at(1), std::nullopt),
                              listed(QStringLiteral("2"), at(2), std::nullopt),
                              listed(QStringLiteral("3"), QDateTime(), std::nullopt)},
                             CatalogCursor::end()),
                 0);
        QCOMPARE(db.galleriesToRead(kStore, 1),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        for (const QString &id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
            QVERIFY(db.saveGallery(kStore, id, {image(id, id + QStringLiteral("0"))}));
        QVERIFY(db.galleriesToRead(kStore, 1).isEmpty());
        QCOMPARE(db.finishScan(kStore, 1), 0);

        // Second scan: 1 unchanged, 2 changed, 3 has no stamp (always read).
        QCOMPARE(db.beginScan(kStore)->generation, 2);
        QCOMPARE(db.savePage(kStore, 2,
                             {listed(QStringLiteral("1"), at(1), std::nullopt),
                              listed(QStringLiteral("2"), at(9), std::nullopt),
                              listed(QStringLiteral("3"), QDateTime(), std::nullopt)},
                             CatalogCursor::end()),
                 0);
        QCOMPARE(db.galleriesToRead(kStore, 2),
                 (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
        // The unchanged product keeps its images.
        QCOMPARE(db.product(kStore, QStringLiteral("1"))->images.size(), 1);
    }

    void productsNotListedAgainLeave() {
        CatalogDatabase db(path());
        QVERIFY(db.open());
        QVERIFY(db.beginScan(kStore));
        db.savePage(kStore, 1,
                    {listed(QStringLiteral("1"), at(1), Gallery{}),
                     listed(QStringLiteral("2"), at(2),
                            Gallery{image(QStringLiteral("2"), QStringLiteral("21"))})},
                    CatalogCursor::end());
        QCOMPARE(db.finishScan(kStore, 1), 0);
        QVERIFY(db.beginScan(kStore));
        db.savePage(kStore, 2, {listed(QStringLiteral("1"), at(1), Gallery{})},
                    CatalogCursor::end());
        // Until the scan finishes, product 2 is still there (a scan may be resumed).
        QCOMPARE(db.productCount(kStore), 2);
        QCOMPARE(db.finishScan(kStore, 2), 1);
        QCOMPARE(db.productCount(kStore), 1);
        QCOMPARE(db.imageCount(kStore), 0);
    }

    // A page listed again (a store repeating itself, a listing started again) keeps its place.
    void repeatedProductsAreCountedNotMoved() {
        CatalogDatabase db(path());
        QVERIFY(db.open());
        QVERIFY(db.beginScan(kStore));
        const QList<ListedProduct> page{listed(QStringLiteral("1"), at(1), Gallery{}),
                                        listed(QStringLiteral("2"), at(2), Gallery{})};
        QCOMPARE(
            db.savePage(kStore, 1, page, CatalogCursor{CatalogCursor::Kind::PageNumber, {}, 2}), 0);
        QCOMPARE(db.savePage(kStore, 1, page, CatalogCursor::end()), 2);
        QCOMPARE(db.scanState(kStore).productsListed, 2);
    }

    // The scan under way survives the process: another instance resumes it at its cursor.
    void scanStateSurvivesReopening() {
        const CatalogCursor next{
            CatalogCursor::Kind::NextUrl,
            QUrl(QStringLiteral("https://shop.example/products.json?page_info=abc")), 0};
        {
            CatalogDatabase db(path());
            QVERIFY(db.open());
            QVERIFY(db.beginScan(kStore));
            db.savePage(kStore, 1, {listed(QStringLiteral("1"), at(1), Gallery{})}, next);
        }
        CatalogDatabase again(path());
        QVERIFY(again.open());
        const CatalogDatabase::ScanState state = again.scanState(kStore);
        QVERIFY(state.running);
        QCOMPARE(state.generation, 1);
        QCOMPARE(state.cursor, next);
        QCOMPARE(state.productsListed, 1);
        // beginScan() resumes rather than starting another.
        const auto resumed = again.beginScan(kStore);
        QCOMPARE(resumed->generation, 1);
        QCOMPARE(resumed->cursor, next);
        QCOMPARE(again.finishScan(kStore, 1), 0);
        QVERIFY(!again.scanState(kStore).running);
        QVERIFY(again.scanState(kStore).finishedAt.isValid());
        QCOMPARE(again.beginScan(kStore)->generation, 2);
    }

    void cursorsRoundTrip_data() {
        QTest::addColumn<CatalogCursor>("cursor");
        QTest::newRow("start") << CatalogCursor::start();
        QTest::newRow("end") << CatalogCursor::end();
        QTest::newRow("page") << CatalogCursor{CatalogCursor::Kind::PageNumber, {}, 7};
        QTest::newRow("url") << CatalogCursor{
            CatalogCursor::Kind::NextUrl,
            QUrl(QStringLiteral("https://s.example/products.json?limit=250&page_info=a%2Bb")), 0};
    }
    void cursorsRoundTrip() {
        QFETCH(CatalogCursor, cursor);
        QCOMPARE(CatalogCursor::fromJson(cursor.toJson()), cursor);
    }

    void picturesChecksRoundTrip() {
        CatalogDatabase db(path());
        QVERIFY(db.open());
        const QDateTime now(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC);
        const QHash<QString, PictureCheck> checks{
            {QStringLiteral("https://cdn/a.jpg"),
             PictureCheck{PictureCheck::State::Loaded, QSize(600, 400), {}, now}},
            {QStringLiteral("https://cdn/b.jpg"),
             PictureCheck{PictureCheck::State::Broken, QSize(), QStringLiteral("404"), now}},
            // Hashed: its difference hash (all 64 bits kept), or none for a flat picture.
            {QStringLiteral("https://cdn/c.jpg"),
             PictureCheck{
                 PictureCheck::State::Loaded, QSize(60, 40), {}, now, 0xf00dfeedbeef0042ULL, true}},
            {QStringLiteral("https://cdn/d.jpg"),
             PictureCheck{
                 PictureCheck::State::Loaded, QSize(60, 40), {}, now, std::nullopt, true}}};
        QVERIFY(db.savePictureChecks(checks));
        QCOMPARE(db.pictureChecks(), checks);
        // Checked again without a hash (it failed to load now): the hash goes.
        QHash<QString, PictureCheck> again = checks;
        again[QStringLiteral("https://cdn/c.jpg")] =
            PictureCheck{PictureCheck::State::Broken, QSize(), QStringLiteral("410"), now};
        QVERIFY(db.savePictureChecks(again));
        QCOMPARE(db.pictureChecks(), again);
    }

    // Products keep the vendor and type their listing gave.
    void savesVendorAndType() {
        CatalogDatabase db(path());
        QVERIFY(db.open());
        QVERIFY(db.beginScan(kStore));
        ListedProduct withVendor = listed(QStringLiteral("1"), at(1), Gallery{});
        withVendor.product.vendor = QStringLiteral("Nordhaus");
        withVendor.product.productType = QStringLiteral("Sofa");
        QCOMPARE(db.savePage(kStore, 1, {withVendor, listed(QStringLiteral("2"), at(1), Gallery{})},
                             CatalogCursor::end()),
                 0);
        QCOMPARE(db.product(kStore, QStringLiteral("1"))->vendor, QStringLiteral("Nordhaus"));
        QCOMPARE(db.products(kStore).first().productType, QStringLiteral("Sofa"));
        QCOMPARE(db.product(kStore, QStringLiteral("2"))->vendor, QString());
        QCOMPARE(db.product(kStore, QStringLiteral("2"))->productType, QString());
    }

    // A catalog written before products had a vendor and a type (version 1) is upgraded in
    // place: it keeps its products, images and scan, and the next scan's listing fills the new
    // fields. A file of a version this one does not know (a newer Vitrine's) is set aside.
    void olderCatalogIsUpgraded_data() {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("upgraded");
        QTest::newRow("version 1") << QStringLiteral("1") << true;
        QTest::newRow("a newer version") << QStringLiteral("3") << false;
        QTest::newRow("not a version") << QStringLiteral("x") << false;
    }
    void olderCatalogIsUpgraded() {
        QFETCH(QString, version);
        QFETCH(bool, upgraded);
        QCOMPARE(
            test::writeVersion1Catalog(
                path(),
                {{kStore, QStringLiteral("1"), QStringLiteral("Grey sofa"), QStringLiteral("11"),
                  QStringLiteral("Front")},
                 {kStore, QStringLiteral("2"), QStringLiteral("Oak table"), QString(), QString()}},
                version),
            QString());
        {
            CatalogDatabase db(path());
            QVERIFY2(db.open(), qPrintable(db.lastError()));
            QCOMPARE(db.recoveryMessage().isEmpty(), upgraded);
            if (!upgraded) {
                QCOMPARE(db.productCount(kStore), 0);
                const QStringList aside =
                    QDir(m_dir.path()).entryList({QStringLiteral("catalog.sqlite.corrupt-*")});
                QVERIFY(!aside.isEmpty());
                for (const QString &f : aside)
                    QFile::remove(m_dir.filePath(f));
                return;
            }
            const QList<CatalogProduct> kept = db.products(kStore);
            QCOMPARE(kept.size(), 2);
            QCOMPARE(kept.at(0).title, QStringLiteral("Grey sofa"));
            QCOMPARE(kept.at(0).vendor, QString());
            QCOMPARE(kept.at(0).productType, QString());
            QCOMPARE(kept.at(0).images.size(), 1);
            QCOMPARE(kept.at(0).images.first().alt, QStringLiteral("Front"));
            const CatalogDatabase::ScanState state = db.scanState(kStore);
            QCOMPARE(state.generation, 1);
            QVERIFY(!state.running);

            // The next scan lists the products again, now with their vendor and type.
            QCOMPARE(db.beginScan(kStore)->generation, 2);
            ListedProduct sofa = listed(QStringLiteral("1"), at(1), std::nullopt);
            sofa.product.title = QStringLiteral("Grey sofa");
            sofa.product.vendor = QStringLiteral("Nordhaus");
            sofa.product.productType = QStringLiteral("Sofa");
            QCOMPARE(db.savePage(kStore, 2, {sofa}, CatalogCursor::end()), 0);
            QVERIFY(db.saveGallery(
                kStore, QStringLiteral("1"),
                {image(QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("Front"))}));
            QCOMPARE(db.finishScan(kStore, 2), 1); // the table left the store
        }
        // Opened again (the file now says version 2): nothing is upgraded twice or lost.
        CatalogDatabase again(path());
        QVERIFY2(again.open(), qPrintable(again.lastError()));
        QVERIFY(again.recoveryMessage().isEmpty());
        const std::optional<CatalogProduct> sofa = again.product(kStore, QStringLiteral("1"));
        QVERIFY(sofa);
        QCOMPARE(sofa->vendor, QStringLiteral("Nordhaus"));
        QCOMPARE(sofa->productType, QStringLiteral("Sofa"));
        QCOMPARE(sofa->images.size(), 1);
        QCOMPARE(again.productCount(kStore), 1);
    }

    // The catalog is a cache: a damaged file is moved aside and a new one started.
    void damagedFileIsSetAside() {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        CatalogDatabase db(path());
        QVERIFY2(db.open(), qPrintable(db.lastError()));
        QVERIFY(db.recoveryMessage().contains(QStringLiteral("moved to")));
        QCOMPARE(db.productCount(kStore), 0);
        QVERIFY(db.beginScan(kStore));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("catalog.sqlite.corrupt-*")});
        QVERIFY(!aside.isEmpty());
    }

    void catalogLivesBesideTheJournal() {
        qunsetenv("VITRINE_CATALOG");
        QCOMPARE(CatalogDatabase::pathBeside(QStringLiteral("/data/v/journal.sqlite")),
                 QStringLiteral("/data/v/catalog.sqlite"));
        qputenv("VITRINE_CATALOG", "/elsewhere/c.sqlite");
        QCOMPARE(CatalogDatabase::pathBeside(QStringLiteral("/data/v/journal.sqlite")),
                 QStringLiteral("/elsewhere/c.sqlite"));
        qunsetenv("VITRINE_CATALOG");
    }
};

QTEST_GUILESS_MAIN(TestCatalogDatabase)
#include "tst_catalogdatabase.moc"
