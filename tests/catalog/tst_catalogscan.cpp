// Scanning a store into the local catalog, over real HTTP against the store simulator on
// 127.0.0.1, in every built-in dialect: the fewest requests, the whole catalog read right, an
// incremental re-scan, a cancelled or failed scan resumed where it stopped, a store cursor that
// expired, and no 429 of the client's own making.
#include "tests/catalog/catalogtestsupport.h"
#include "tests/catalog/catalogversion1.h"

#include "catalog/catalogdatabase.h"
#include "catalog/catalogscanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace vitrine;
using namespace vitrine::test;

Q_DECLARE_METATYPE(vitrine::RateLimit)

namespace {

// 260 products: two pages of product listing (250 a page) in every dialect that pages.
constexpr int kProducts = 260;
constexpr int kImagesPerProduct = 2;

struct Variant {
    QString dialect;
    bool listingCarriesImages = true;
};

Variant variantOf(const QString &tag) {
    if (tag == QLatin1String("shopline (listing without images)"))
        return {QStringLiteral("shopline"), false};
    return {tag, true};
}

// The fewest requests that read this catalog: generic, its product list and its list of every
// image; the others, their product-list pages (+ one gallery per product listed without images).
int fewestRequests(const Variant &v, int products) {
    if (v.dialect == QLatin1String("generic"))
        return 2;
    const int pages = products / 250 + 1; // a short last page ends the listing
    return pages + (v.listingCarriesImages ? 0 : products);
}

} // namespace

class TestCatalogScan : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<StoreSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogDatabase> m_db;

    ScanOutcome scan(StoreClient &client, const QString &store = QStringLiteral("shop")) {
        CatalogScanner scanner(&client, m_db.get(), store);
        return await(scanner.scan());
    }

    void addVariants() {
        QTest::addColumn<QString>("tag");
        for (const char *tag :
             {"generic", "shopline", "shoplazza", "shopify", "shopline (listing without images)"})
            QTest::newRow(tag) << QString::fromLatin1(tag);
    }

    CatalogStoreUnderTest prepare(const QString &tag) {
        const Variant v = variantOf(tag);
        CatalogStoreUnderTest store = catalogStore(v.dialect);
        m_sim->setListingCarriesImages(store.sim, v.listingCarriesImages);
        return store;
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sim->seedLargeCatalog(kProducts, kImagesPerProduct);
        for (const DialectUnderTest &d : builtinDialects())
            m_sim->setRequiredToken(d.sim, testToken());
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<CatalogDatabase>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(m_db->open(), qPrintable(m_db->lastError()));
        m_sim->clearRecordedRequests();
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
        m_sim.reset();
    }

    void readsTheWholeCatalogWithTheFewestRequests_data() { addVariants(); }
    void readsTheWholeCatalogWithTheFewestRequests() {
        QFETCH(QString, tag);
        const CatalogStoreUnderTest store = prepare(tag);
        const auto client = catalogClient(*m_sim, store);

        CatalogScanner scanner(client.get(), m_db.get(), QStringLiteral("shop"));
        QSignalSpy progress(&scanner, &CatalogScanner::progressed);
        const ScanOutcome outcome = await(scanner.scan());

        QCOMPARE(outcome.status, ScanOutcome::Status::Completed);
        QCOMPARE(outcome.products, kProducts);
        QCOMPARE(outcome.images, kProducts * kImagesPerProduct);
        QCOMPARE(comparable(m_db->products(QStringLiteral("shop"))),
                 simulatorCatalog(*m_sim, store.sim));
        const int fewest = fewestRequests(variantOf(tag), kProducts);
        QCOMPARE(apiRequests(*m_sim), fewest);
        QCOMPARE(outcome.requests, qint64(fewest));
        // Progress ends with every product and image counted.
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().at(0).value<ScanProgress>();
        QCOMPARE(last.productsDone, kProducts);
        QCOMPARE(last.imagesDone, kProducts * kImagesPerProduct);
        QCOMPARE(last.galleriesLeft, 0);
        QCOMPARE(last.secondsLeft, 0.0);
    }

    // Shopify's image lists its variants; Shoplazza's variant names its image (image_id): the
    // catalog keeps the link from the side the store gives it, and both read the same.
    void readsProductVariantsAndStamps_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("variantNamesImage");
        QTest::newRow("shopify") << QStringLiteral("shopify") << false;
        QTest::newRow("shoplazza") << QStringLiteral("shoplazza") << true;
    }
    void readsProductVariantsAndStamps() {
        QFETCH(QString, dialect);
        QFETCH(bool, variantNamesImage);
        const CatalogStoreUnderTest store = catalogStore(dialect);
        const auto client = catalogClient(*m_sim, store);
        QCOMPARE(scan(*client).status, ScanOutcome::Status::Completed);
        const QList<CatalogProduct> products = m_db->products(QStringLiteral("shop"));
        QVERIFY(!products.isEmpty());
        const CatalogProduct &first = products.first();
        // The generated seed gives every fourth product two variants; the first image shows one.
        QCOMPARE(first.variants.size(), 2);
        QCOMPARE(first.variants.at(0).title, QStringLiteral("Small"));
        const ProductImage &shown = first.images.first();
        const QStringList linked{first.variants.at(0).id};
        QCOMPARE(shown.variantIds, variantNamesImage ? QStringList() : linked);
        QCOMPARE(first.variants.at(0).imageId, variantNamesImage ? shown.id : QString());
        QVERIFY(first.variants.at(1).imageId.isEmpty());
        QCOMPARE(first.variantLinks().idsOf(shown), linked);
        QCOMPARE(first.variantLinks().namesOf(shown), QStringList{QStringLiteral("Small")});
        QVERIFY(first.updatedAt.isValid());
        QVERIFY(products.at(1).variants.isEmpty());
    }

    // A catalog written before products had a vendor and a type (version 1) keeps working and
    // gains them on the next scan, where the store gives them (Shopify); elsewhere they stay
    // empty. A product changed on the store is read again with it.
    void olderCatalogGainsVendorAndTypeOnTheNextScan_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("given");
        QTest::newRow("shopify") << QStringLiteral("shopify") << true;
        QTest::newRow("generic") << QStringLiteral("generic") << false;
        QTest::newRow("shopline") << QStringLiteral("shopline") << false;
    }
    void olderCatalogGainsVendorAndTypeOnTheNextScan() {
        QFETCH(QString, dialect);
        QFETCH(bool, given);
        const CatalogStoreUnderTest store = catalogStore(dialect);
        const QList<ProductSummary> listed = m_sim->products(store.sim);
        const QString first = listed.at(0).id;
        const QString second = listed.at(1).id;
        QVERIFY(m_sim->setProductVendor(store.sim, first, QStringLiteral("Nordhaus"),
                                        QStringLiteral("Sofa")));
        QVERIFY(m_sim->setProductVendor(store.sim, second, QString(), QStringLiteral("Lamp")));

        const QString file = m_dir->filePath(QStringLiteral("old-catalog.sqlite"));
        QCOMPARE(writeVersion1Catalog(
                     file, {{QStringLiteral("shop"), first, QStringLiteral("As scanned before"),
                             QString(), QString()}}),
                 QString());
        m_db = std::make_unique<CatalogDatabase>(file);
        QVERIFY2(m_db->open(), qPrintable(m_db->lastError()));
        QVERIFY(m_db->recoveryMessage().isEmpty());
        QCOMPARE(m_db->product(QStringLiteral("shop"), first)->title,
                 QStringLiteral("As scanned before"));

        const auto client = catalogClient(*m_sim, store);
        QCOMPARE(scan(*client).status, ScanOutcome::Status::Completed);
        const std::optional<CatalogProduct> a = m_db->product(QStringLiteral("shop"), first);
        const std::optional<CatalogProduct> b = m_db->product(QStringLiteral("shop"), second);
        QVERIFY(a && b);
        QCOMPARE(a->title, listed.at(0).title);
        QCOMPARE(a->vendor, given ? QStringLiteral("Nordhaus") : QString());
        QCOMPARE(a->productType, given ? QStringLiteral("Sofa") : QString());
        QCOMPARE(b->vendor, QString());
        QCOMPARE(b->productType, given ? QStringLiteral("Lamp") : QString());
        QCOMPARE(m_db->productCount(QStringLiteral("shop")), kProducts);
    }

    // A scan again reads only what the store marks as changed.
    void rescanReadsOnlyChangedGalleries_data() { addVariants(); }
    void rescanReadsOnlyChangedGalleries() {
        QFETCH(QString, tag);
        const CatalogStoreUnderTest store = prepare(tag);
        const auto client = catalogClient(*m_sim, store);
        QCOMPARE(scan(*client).status, ScanOutcome::Status::Completed);

        // Three products change on the store, one is new.
        const QList<ProductSummary> products = m_sim->products(store.sim);
        for (int i : {3, 100, 257}) {
            const QString pid = products.at(i).id;
            const ProductImage image = m_sim->images(store.sim, pid).first();
            ImagePatch patch;
            patch.alt = QStringLiteral("Changed elsewhere %1").arg(i);
            QVERIFY(m_sim->editImageElsewhere(store.sim, pid, image.id, patch));
        }
        const ProductSummary added = m_sim->addProduct(store.sim, QStringLiteral("New chair"));
        NewImage image;
        image.src = m_sim->imageUrl(QStringLiteral("sofa-side.jpg")).toString();
        image.alt = QStringLiteral("New chair, side view");
        QVERIFY(m_sim->addImage(store.sim, added.id, image));
        m_sim->clearRecordedRequests();

        const ScanOutcome again = scan(*client);
        QCOMPARE(again.status, ScanOutcome::Status::Completed);
        QCOMPARE(comparable(m_db->products(QStringLiteral("shop"))),
                 simulatorCatalog(*m_sim, store.sim));
        const Variant v = variantOf(tag);
        // The listing again, plus the galleries of the four products that changed.
        const int listing = fewestRequests(Variant{v.dialect, true}, kProducts + 1);
        const int expected = listing + (v.listingCarriesImages ? 0 : 4);
        QCOMPARE(apiRequests(*m_sim), expected);
        if (!v.listingCarriesImages) {
            QCOMPARE(again.galleriesRead, 4);
            QCOMPARE(again.unchanged, kProducts - 3);
        }
    }

    // Cancel during the listing, or during the gallery reads: the next scan resumes there and
    // the two runs together read no more than one scan would, plus the request cancelled.
    void cancelledScanResumesWhereItStopped_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("cancelAfterProducts");
        QTest::addColumn<int>("cancelAfterGalleries");
        QTest::newRow("shopline, after the first page") << "shopline" << 1 << -1;
        QTest::newRow("shoplazza, after the first page") << "shoplazza" << 1 << -1;
        QTest::newRow("shopify, after the first page") << "shopify" << 1 << -1;
        QTest::newRow("shopline without images, after 40 galleries")
            << "shopline (listing without images)" << -1 << 40;
    }
    void cancelledScanResumesWhereItStopped() {
        QFETCH(QString, tag);
        QFETCH(int, cancelAfterProducts);
        QFETCH(int, cancelAfterGalleries);
        const CatalogStoreUnderTest store = prepare(tag);
        const auto client = catalogClient(*m_sim, store);

        CatalogScanner first(client.get(), m_db.get(), QStringLiteral("shop"));
        connect(&first, &CatalogScanner::progressed, &first, [&](const ScanProgress &p) {
            const bool listingDone =
                cancelAfterProducts >= 0 && p.productsDone >= cancelAfterProducts;
            const bool galleriesDone = cancelAfterGalleries >= 0 &&
                                       p.phase == ScanProgress::Phase::Galleries &&
                                       p.productsTotal - p.galleriesLeft >= cancelAfterGalleries;
            if (listingDone || galleriesDone)
                first.cancel();
        });
        const ScanOutcome stopped = await(first.scan());
        QCOMPARE(stopped.status, ScanOutcome::Status::Cancelled);
        QVERIFY(m_db->scanState(QStringLiteral("shop")).running);
        const int firstRun = apiRequests(*m_sim);

        const ScanOutcome resumed = scan(*client);
        QCOMPARE(resumed.status, ScanOutcome::Status::Completed);
        QVERIFY(resumed.resumed);
        QCOMPARE(comparable(m_db->products(QStringLiteral("shop"))),
                 simulatorCatalog(*m_sim, store.sim));
        const int fewest = fewestRequests(variantOf(tag), kProducts);
        QVERIFY2(firstRun < fewest, qPrintable(QString::number(firstRun)));
        QVERIFY2(apiRequests(*m_sim) <= fewest + 1,
                 qPrintable(QStringLiteral("%1 requests in all, %2 for one scan")
                                .arg(apiRequests(*m_sim))
                                .arg(fewest)));
    }

    // A store's page cursor that no longer works (expired) starts the listing again; what was
    // saved is kept and the scan completes.
    void expiredCursorStartsTheListingAgain() {
        const CatalogStoreUnderTest store = catalogStore(QStringLiteral("shopify"));
        const auto client = catalogClient(*m_sim, store);
        CatalogScanner first(client.get(), m_db.get(), QStringLiteral("shop"));
        connect(&first, &CatalogScanner::progressed, &first, [&](const ScanProgress &p) {
            if (p.productsDone > 0)
                first.cancel();
        });
        QCOMPARE(await(first.scan()).status, ScanOutcome::Status::Cancelled);
        QCOMPARE(m_db->scanState(QStringLiteral("shop")).cursor.kind, CatalogCursor::Kind::NextUrl);
        // The second page was asked for before the cancel (while the first was saved); if its
        // request reached the store, let it arrive before the fault is set for the next scan.
        [[maybe_unused]] const bool arrived =
            QTest::qWaitFor([&] { return apiRequests(*m_sim) >= 2; }, 500);

        m_sim->addFault(fault("GET", QStringLiteral("/products\\.json$"), 400,
                              R"({"errors":"page_info is invalid or expired"})"));
        m_sim->clearRecordedRequests();
        const ScanOutcome resumed = scan(*client);
        QCOMPARE(resumed.status, ScanOutcome::Status::Completed);
        QCOMPARE(comparable(m_db->products(QStringLiteral("shop"))),
                 simulatorCatalog(*m_sim, store.sim));
        // The refused cursor, then both pages from the start.
        QCOMPARE(apiRequests(*m_sim), 3);
    }

    // A scan the store stops (it keeps failing) keeps what was read; the next one goes on.
    void failedScanKeepsWhatWasRead() {
        const CatalogStoreUnderTest store = catalogStore(QStringLiteral("shoplazza"));
        const auto client = catalogClient(*m_sim, store);
        SimFault f = fault("GET", QStringLiteral("/products$"), 503,
                           R"({"errors":["Service unavailable"]})", -1);
        m_sim->addFault(f);
        // Let the first page through: the fault applies from the second request on.
        m_sim->clearFaults();
        CatalogScanner scanner(client.get(), m_db.get(), QStringLiteral("shop"));
        connect(&scanner, &CatalogScanner::progressed, &scanner, [&](const ScanProgress &p) {
            if (p.productsDone > 0)
                m_sim->addFault(f);
        });
        const ScanOutcome failed = await(scanner.scan());
        QCOMPARE(failed.status, ScanOutcome::Status::Failed);
        QVERIFY(failed.error);
        QCOMPARE(failed.error->httpStatus, 503);
        QCOMPARE(m_db->productCount(QStringLiteral("shop")), 250);

        m_sim->clearFaults();
        m_sim->clearRecordedRequests();
        const ScanOutcome resumed = scan(*client);
        QCOMPARE(resumed.status, ScanOutcome::Status::Completed);
        QVERIFY(resumed.resumed);
        QCOMPARE(apiRequests(*m_sim), 1); // the second page only
        QCOMPARE(comparable(m_db->products(QStringLiteral("shop"))),
                 simulatorCatalog(*m_sim, store.sim));
    }

    // At the store's rate limit the client's throttle keeps every request under it: the store
    // never answers 429 (each request reaches it once: no retries).
    void staysUnderTheStoresRateLimit_data() {
        QTest::addColumn<RateLimit>("limit");
        // One slot of slack (100 ms) covers any scheduling delay of a loaded test machine.
        QTest::newRow("10/s, burst 3") << RateLimit{10, 3};
    }
    void staysUnderTheStoresRateLimit() {
        QFETCH(RateLimit, limit);
        const CatalogStoreUnderTest store = catalogStore(QStringLiteral("shopline"));
        m_sim->setListingCarriesImages(store.sim, false);
        m_sim->seedLargeCatalog(20, 1);
        m_sim->setRateLimit(store.sim, limit);
        m_sim->clearRecordedRequests();
        const auto client = catalogClient(*m_sim, store, limit);
        const ScanOutcome outcome = scan(*client);
        QCOMPARE(outcome.status, ScanOutcome::Status::Completed);
        QCOMPARE(apiRequests(*m_sim), 21);
        QCOMPARE(qint64(apiRequests(*m_sim)), client->requestsSent());
    }

    // Stores file their catalogs apart: a scan of one leaves the other alone.
    void storesAreKeptApart() {
        const auto shopify = catalogClient(*m_sim, catalogStore(QStringLiteral("shopify")));
        const auto generic = catalogClient(*m_sim, catalogStore(QStringLiteral("generic")));
        QCOMPARE(scan(*shopify, QStringLiteral("a")).status, ScanOutcome::Status::Completed);
        QCOMPARE(scan(*generic, QStringLiteral("b")).status, ScanOutcome::Status::Completed);
        QCOMPARE(comparable(m_db->products(QStringLiteral("a"))),
                 simulatorCatalog(*m_sim, SimDialect::Shopify));
        QCOMPARE(comparable(m_db->products(QStringLiteral("b"))),
                 simulatorCatalog(*m_sim, SimDialect::Generic));
    }

    // The generic store without a list of every image: its pages are read instead.
    void genericWithoutWholeListReadsItsPages() {
        const auto client = catalogClient(*m_sim, catalogStore(QStringLiteral("generic")));
        m_sim->addFault(fault("GET", QStringLiteral("/api/v1/product-images/?$"), 404,
                              R"({"status":404,"error":"Not Found"})"));
        const ScanOutcome outcome = scan(*client);
        QCOMPARE(outcome.status, ScanOutcome::Status::Completed);
        QCOMPARE(comparable(m_db->products(QStringLiteral("shop"))),
                 simulatorCatalog(*m_sim, SimDialect::Generic));
        // Titles, the refused whole list, then 520 images in pages of 100 (the store counts its
        // pages, so the last full page ends it).
        QCOMPARE(apiRequests(*m_sim), 2 + 6);
    }
};

QTEST_GUILESS_MAIN(TestCatalogScan)
#include "tst_catalogscan.moc"
