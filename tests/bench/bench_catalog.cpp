// The catalog's figures (issue 14), against the store simulator on 127.0.0.1 in every dialect:
//  - scan: requests sent ÷ the fewest the dialect needs; time ÷ (requests ÷ rate); 429s the
//    client caused (the simulator enforces the same rate limit as the client's profile);
//  - re-scan with 10 products changed: requests ÷ (product-list pages + 10);
//  - publishing alt edits over many products at once: requests ÷ the sum of what publishing
//    each product alone costs (the per-product minima, measured on a second simulator holding
//    the same store), and time ÷ (requests ÷ rate).
// Ratios use anchors from the same run (the fewest requests are counted from what the simulator
// holds; the time floor is requests ÷ rate; the transfer floor is the same GETs sent by a bare
// QNetworkAccessManager). Nothing is asserted on time; the catalog read is checked to be whole.
//
// Small under CTest (fast); the size by hand:
//   VITRINE_BENCH_PRODUCTS=2000 VITRINE_BENCH_IMAGES=10 VITRINE_BENCH_RATE=4
//   build/dev/tests/bench/bench_catalog   (VITRINE_BENCH_SLOW=1 adds the 2,000 gallery reads)
//   VITRINE_BENCH_PUBLISH_PRODUCTS=100 VITRINE_BENCH_PUBLISH_EDITS=5   (500 edits, 100 products)
#include "tests/catalog/catalogtestsupport.h"

#include "catalog/catalogdatabase.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogpublisher.h"
#include "catalog/catalogscanner.h"
#include "core/catalogaudit.h"
#include "spelling/hunspellchecker.h"
#include "workflow/journal.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

#include <cstdio>

using namespace vitrine;
using namespace vitrine::test;

namespace {

int envInt(const char *name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Case {
    QString label;
    QString dialect;
    bool listingCarriesImages = true;
};

// The fewest requests a client that knows nothing beforehand needs: generic, its product list
// (titles) and its list of every image; the others, their product pages (a short page ends the
// listing; Link paging ends without one more request, but the page count is the same: P/250 + 1
// for numbered pages only when P is a multiple of 250), plus one gallery per product when the
// listing does not carry images.
int fewest(const Case &c, int products, bool linkPaging) {
    if (c.dialect == QLatin1String("generic"))
        return 2;
    const int full = products / 250;
    const int rest = products % 250;
    const int pages = linkPaging ? full + (rest > 0 ? 1 : 0) : full + 1;
    return std::max(1, pages) + (c.listingCarriesImages ? 0 : products);
}

// The same GET requests by a QNetworkAccessManager with nothing else (no throttle, no parsing):
// what the transfer alone costs.
qint64 transferFloorMs(const QList<SimRequest> &requests, const QUrl &base, const QString &token,
                       const QByteArray &authHeader, const QByteArray &authPrefix) {
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QElapsedTimer clock;
    clock.start();
    for (const SimRequest &r : requests) {
        QUrl url = base;
        url.setPath(r.path);
        url.setQuery(r.query);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader(authHeader, authPrefix + token.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->readAll();
        reply->deleteLater();
    }
    return clock.elapsed();
}

// The catalog with image addresses relative to their simulator (each listens on its own port).
QList<ComparableProduct> withoutHost(QList<ComparableProduct> products) {
    for (ComparableProduct &p : products) {
        for (ComparableImage &i : p.images) {
            const QUrl url(i.src);
            i.src = url.path() + QLatin1Char('?') + url.query();
        }
    }
    return products;
}

// One simulator holding a scanned store, its catalog and journal: the publish figure uses two
// (all products at once; each product alone) so both start from the same store.
struct PublishRig {
    StoreSimulator sim;
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<CatalogDatabase> db;
    std::unique_ptr<StoreClient> client;
    const QString store = QStringLiteral("bench");

    bool open(const CatalogStoreUnderTest &target, int products, int perProduct, RateLimit rate) {
        if (!sim.start())
            return false;
        sim.seedLargeCatalog(products, perProduct);
        sim.setRequiredToken(target.sim, target.token);
        journal = std::make_unique<Journal>(dir.filePath(QStringLiteral("journal.sqlite")));
        db = std::make_unique<CatalogDatabase>(dir.filePath(QStringLiteral("catalog.sqlite")));
        if (!journal->open() || !db->open())
            return false;
        client = catalogClient(sim, target, rate);
        CatalogScanner scanner(client.get(), db.get(), store);
        const bool scanned = await(scanner.scan()).status == ScanOutcome::Status::Completed;
        sim.setRateLimit(target.sim, rate);
        return scanned;
    }
    // Stages `edits` alt texts in product `index` of the catalog, as the worklist would.
    bool stage(int index, int edits) {
        CatalogDatabase *catalog = db.get();
        const QString key = store;
        CatalogEditor editor(
            journal.get(), store, client->capabilities(),
            [catalog, key](const QString &id) { return catalog->product(key, id); });
        const CatalogProduct product = db->products(store).at(index);
        for (int i = 0; i < edits; ++i) {
            QString why;
            if (!editor.setAltText(product.id, product.images.at(i).id,
                                   QStringLiteral("Published by the bench %1-%2").arg(index).arg(i),
                                   &why))
                return false;
        }
        return true;
    }
};

} // namespace

class BenchCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scanFigures() {
        const int products = envInt("VITRINE_BENCH_PRODUCTS", 300);
        const int perProduct = envInt("VITRINE_BENCH_IMAGES", 10);
        const double rate = envInt("VITRINE_BENCH_RATE", 40);
        const RateLimit limit{rate, 40};
        std::printf("\nCatalog scan: %d products, %d images, %.0f requests/s (burst 40) on "
                    "both sides\n",
                    products, products * perProduct, rate);
        std::printf("%-36s %8s %7s %6s %8s %9s %7s %9s %7s %5s %13s\n", "store", "requests",
                    "fewest", "ratio", "time ms", "req/rate", "t/(r/r)", "transfer", "t/floor",
                    "429s", "re-scan/limit");

        StoreSimulator sim;
        QVERIFY(sim.start());
        QElapsedTimer seeding;
        seeding.start();
        sim.seedLargeCatalog(products, perProduct);
        std::printf("(seeding the simulator: %lld ms)\n", seeding.elapsed());
        for (const DialectUnderTest &d : builtinDialects())
            sim.setRequiredToken(d.sim, testToken());

        const QList<Case> cases{
            {QStringLiteral("generic"), QStringLiteral("generic"), true},
            {QStringLiteral("shopline"), QStringLiteral("shopline"), true},
            {QStringLiteral("shoplazza"), QStringLiteral("shoplazza"), true},
            {QStringLiteral("shopify"), QStringLiteral("shopify"), true},
            {QStringLiteral("shopline (listing without images)"), QStringLiteral("shopline"),
             false},
        };
        for (const Case &c : cases) {
            if (!c.listingCarriesImages && products * 1.0 / rate > 120 &&
                qEnvironmentVariableIsEmpty("VITRINE_BENCH_SLOW")) {
                std::printf("%-36s (skipped: %d gallery reads at %.0f/s; VITRINE_BENCH_SLOW=1 "
                            "runs it)\n",
                            qPrintable(c.label), products, rate);
                continue;
            }
            const CatalogStoreUnderTest store = catalogStore(c.dialect);
            sim.setListingCarriesImages(store.sim, c.listingCarriesImages);
            sim.setRateLimit(store.sim, limit);
            sim.clearRecordedRequests();
            QTemporaryDir dir;
            CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
            QVERIFY(db.open());
            const auto client = catalogClient(sim, store, limit);
            CatalogScanner scanner(client.get(), &db, QStringLiteral("bench"));
            QElapsedTimer clock;
            clock.start();
            const ScanOutcome outcome = await(scanner.scan());
            const qint64 ms = clock.elapsed();
            QCOMPARE(outcome.status, ScanOutcome::Status::Completed);
            QCOMPARE(outcome.images, products * perProduct);
            const QList<SimRequest> sent = sim.recordedRequests();
            const int received = apiRequests(sim);
            const int tooMany = received - int(client->requestsSent());
            const bool link = c.dialect != QLatin1String("shoplazza");
            const int least = fewest(c, products, link);
            const double floorMs = 1000.0 * received / rate;
            const DialectUnderTest auth = c.dialect == QLatin1String("generic")
                                              ? DialectUnderTest{}
                                              : builtinDialect(c.dialect);
            const qint64 transfer =
                transferFloorMs(sent, sim.baseUrl(), store.token, auth.authHeader, auth.authPrefix);
            const double timeFloor = std::max(floorMs, double(transfer));

            // Re-scan with 10 products changed on the store.
            const QList<ProductSummary> listed = sim.products(store.sim);
            for (int i = 0; i < 10; ++i) {
                const QString pid = listed.at((qsizetype(i) * 37) % listed.size()).id;
                ImagePatch patch;
                patch.alt = QStringLiteral("Changed for the re-scan %1").arg(i);
                sim.editImageElsewhere(store.sim, pid, sim.images(store.sim, pid).first().id,
                                       patch);
            }
            sim.setRateLimit(store.sim, limit);
            sim.clearRecordedRequests();
            const ScanOutcome again = await(scanner.scan());
            QCOMPARE(again.status, ScanOutcome::Status::Completed);
            const int pages = fewest(Case{c.label, c.dialect, true}, products, link);
            const int rescanLimit = pages + 10;
            QCOMPARE(comparable(db.products(QStringLiteral("bench"))),
                     simulatorCatalog(sim, store.sim));

            std::printf("%-36s %8d %7d %6.2f %8lld %9.0f %7.2f %9lld %7.2f %5d %6d/%-6d\n",
                        qPrintable(c.label), received, least, double(received) / least, ms, floorMs,
                        double(ms) / floorMs, transfer, double(ms) / timeFloor, tooMany,
                        apiRequests(sim), rescanLimit);
            sim.setRateLimit(store.sim, RateLimit{});
            sim.setListingCarriesImages(store.sim, true);
        }
        std::printf("ratio = requests ÷ fewest; t/(r/r) = time ÷ (requests ÷ rate); t/floor = time "
                    "÷ max(requests ÷ rate, transfer floor); 429s = requests the store received "
                    "minus requests the client sent "
                    "(each retry of a 429 counts once more); re-scan: requests ÷ (product-list "
                    "pages + 10)\n");
    }

    // What the alt-spelling rule costs the catalog audit (the Catalog window audits on its
    // thread): the audit of the generated catalog with the en_US dictionary, first with a cold
    // word cache (a new checker), then again; anchor: the same audit without a dictionary.
    void auditFigures() {
        const int products = envInt("VITRINE_BENCH_PRODUCTS", 300);
        const int perProduct = envInt("VITRINE_BENCH_IMAGES", 10);
        StoreSimulator sim;
        sim.seedLargeCatalog(products, perProduct);
        QList<CatalogProduct> catalog;
        for (const ProductSummary &p : sim.products(SimDialect::Shopify)) {
            CatalogProduct product{p.id, p.title, {}, {}, {}};
            product.images = sim.images(SimDialect::Shopify, p.id);
            catalog << product;
        }
        // scripts/debian-packages.txt installs hunspell-en-us: without it this fails, as
        // tst_ctlcatalog does, rather than measure nothing.
        std::unique_ptr<HunspellChecker> cold = HunspellChecker::open(QStringLiteral("en_US"));
        QVERIFY2(cold, "no en_US dictionary: install hunspell-en-us (scripts/dev.sh does)");
        const ReviewOptions plain = CatalogAudit::optionsFor(512, 512);
        ReviewOptions spelled = plain;
        const auto timed = [&](const ReviewOptions &options, int *findings) {
            QElapsedTimer t;
            t.start();
            *findings = CatalogAudit::run(catalog, {}, {}, options)
                            .problemCounts()
                            .value(ReviewFinding::Kind::AltSpelling);
            return double(t.nsecsElapsed()) / 1e6;
        };
        int none = 0;
        int first = 0;
        int again = 0;
        const double anchor = timed(plain, &none);
        spelled.spelling = cold.get();
        const double coldMs = timed(spelled, &first);
        const double warmMs = timed(spelled, &again);
        QCOMPARE(none, 0);
        QCOMPARE(again, first);
        std::printf("\nCatalog audit with alt-spelling: %d products, %lld images\n", products,
                    qlonglong(products) * perProduct);
        std::printf(
            "without a dictionary %.0f ms; en_US, cold cache %.0f ms (%.2f×); again %.0f ms "
            "(%.2f×); %d alt-spelling findings\n",
            anchor, coldMs, coldMs / anchor, warmMs, warmMs / anchor, first);
    }

    // Issue 14's figure: publishing 500 alt edits over 100 products costs the sum of the
    // per-product minima. Anchor: the same edits published product by product (one publish
    // each) on a second simulator holding the same store, in the same run.
    void publishFigures() {
        const int products = envInt("VITRINE_BENCH_PUBLISH_PRODUCTS", 20);
        const int edits = envInt("VITRINE_BENCH_PUBLISH_EDITS", 5);
        const int perProduct = std::max(edits, 6);
        const double rate = envInt("VITRINE_BENCH_RATE", 40);
        const RateLimit limit{rate, 40};
        std::printf("\nCatalog publish: %d alt edits over %d products, %.0f requests/s (burst "
                    "40) on both sides\n",
                    products * edits, products, rate);
        std::printf("%-10s %8s %8s %9s %6s %8s %9s %7s %5s\n", "store", "planned", "sent",
                    "each alone", "ratio", "time ms", "floor ms", "t/floor", "429s");
        for (const QString &dialect : {QStringLiteral("generic"), QStringLiteral("shopline"),
                                       QStringLiteral("shoplazza"), QStringLiteral("shopify")}) {
            const CatalogStoreUnderTest target = catalogStore(dialect);
            PublishRig all;
            PublishRig alone;
            QVERIFY(all.open(target, products, perProduct, limit));
            QVERIFY(alone.open(target, products, perProduct, limit));

            for (int p = 0; p < products; ++p)
                QVERIFY(all.stage(p, edits));
            CatalogPublisher publisher(all.client.get(), all.journal.get(), all.store);
            const int planned = publisher.plan().requests();
            all.sim.clearRecordedRequests();
            QElapsedTimer clock;
            clock.start();
            const CatalogPublishResult result = await(publisher.publishAll());
            const qint64 ms = clock.elapsed();
            QVERIFY2(result.allPublished(), qPrintable(result.summary()));
            const int sent = apiRequests(all.sim);
            const int tooMany = sent - int(result.requests);

            int eachAlone = 0;
            for (int p = 0; p < products; ++p) {
                QVERIFY(alone.stage(p, edits));
                CatalogPublisher one(alone.client.get(), alone.journal.get(), alone.store);
                alone.sim.clearRecordedRequests();
                const CatalogPublishResult r = await(one.publishAll());
                QVERIFY2(r.allPublished(), qPrintable(r.summary()));
                eachAlone += apiRequests(alone.sim);
            }
            // Both stores end the same: every edit arrived once, nothing else changed.
            QCOMPARE(withoutHost(simulatorCatalog(all.sim, target.sim)),
                     withoutHost(simulatorCatalog(alone.sim, target.sim)));

            // The token bucket's floor: the burst goes at once, the rest at the rate.
            const double floorMs = 1000.0 * std::max(0.0, double(sent - limit.burst)) / rate;
            std::printf("%-10s %8d %8d %9d %6.2f %8lld %9.0f %7.2f %5d\n", qPrintable(dialect),
                        planned, sent, eachAlone, double(sent) / eachAlone, ms, floorMs,
                        double(ms) / floorMs, tooMany);
        }
        std::printf("planned = the summary's request count; sent = requests the store received; "
                    "each alone = the same edits published one product at a time (the sum of the "
                    "per-product minima); ratio = sent ÷ each alone; t/floor = time ÷ ((requests - "
                    "burst) ÷ rate); 429s = requests received minus requests the client sent\n");
    }
};

int main(int argc, char *argv[]) {
    // The size runs for minutes at 4 requests/s: longer than Qt Test's default limit.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    // The publishes' per-product info lines would bury the table; QT_LOGGING_RULES still opens
    // them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "vitrine.*.info=false");
    QCoreApplication app(argc, argv);
    BenchCatalog bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_catalog.moc"
