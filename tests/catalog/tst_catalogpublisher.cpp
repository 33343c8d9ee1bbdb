// Publishing every product with staged edits, over real HTTP against the simulator: each product
// through its own Publisher (check, fewest writes, verify), so the requests are the sum of each
// product's own minimum; a product the store refuses keeps its edits staged and the others are
// published; Cancel and an unreachable store leave what was not started staged.
#include "tests/catalog/catalogtestsupport.h"

#include "catalog/catalogdatabase.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogpublisher.h"
#include "catalog/catalogscanner.h"
#include "workflow/journal.h"

#include <QSignalSpy>

using namespace vitrine;
using namespace vitrine::test;

class TestCatalogPublisher : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<StoreSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<CatalogDatabase> m_db;
    std::unique_ptr<StoreClient> m_client;
    const QString m_store = QStringLiteral("shop");

    // Stages `perProduct` alt texts in each of the first `products` products, as the worklist
    // would.
    void stage(int products, int perProduct) {
        CatalogDatabase *db = m_db.get();
        CatalogEditor editor(m_journal.get(), m_store, m_client->capabilities(),
                             [db, this](const QString &id) { return db->product(m_store, id); });
        const QList<CatalogProduct> catalog = m_db->products(m_store);
        for (int p = 0; p < products; ++p) {
            for (int i = 0; i < perProduct; ++i) {
                const ProductImage &image = catalog.at(p).images.at(i);
                QString why;
                QVERIFY2(editor.setAltText(catalog.at(p).id, image.id,
                                           QStringLiteral("Fixed %1-%2").arg(p).arg(i), &why),
                         qPrintable(why));
            }
        }
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sim->seedLargeCatalog(12, 6);
        m_sim->setRequiredToken(SimDialect::Shopify, testToken());
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_db = std::make_unique<CatalogDatabase>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(m_db->open());
        m_client = catalogClient(*m_sim, catalogStore(QStringLiteral("shopify")));
        CatalogScanner scanner(m_client.get(), m_db.get(), m_store);
        QCOMPARE(await(scanner.scan()).status, ScanOutcome::Status::Completed);
    }
    void cleanup() {
        m_client.reset();
        m_db.reset();
        m_journal.reset();
        m_dir.reset();
        m_sim.reset();
    }

    void publishesEveryProductWithTheSumOfTheirMinima() {
        stage(5, 3);
        CatalogPublisher publisher(m_client.get(), m_journal.get(), m_store);
        const CatalogPublishPlan plan = publisher.plan();
        QCOMPARE(plan.products.size(), 5);
        QCOMPARE(plan.edits(), 15);
        // Shopify: one PUT per alt text, plus each product's check and verify reads.
        QCOMPARE(plan.requests(), 5 * (3 + 2));
        m_sim->clearRecordedRequests();
        QSignalSpy started(&publisher, &CatalogPublisher::productStarted);
        const CatalogPublishResult result = await(publisher.publishAll());
        QVERIFY2(result.allPublished(), qPrintable(result.summary()));
        QCOMPARE(started.size(), 5);
        QCOMPARE(result.requests, qint64(plan.requests()));
        QCOMPARE(apiRequests(*m_sim), plan.requests());
        QVERIFY(m_journal->entries(m_store).isEmpty());
        const QList<ProductSummary> products = m_sim->products(SimDialect::Shopify);
        for (int p = 0; p < 5; ++p) {
            const Gallery g = m_sim->images(SimDialect::Shopify, products.at(p).id);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(g.at(i).alt, QStringLiteral("Fixed %1-%2").arg(p).arg(i));
            // Published most recently edited first (the journal's order): found by product.
            const auto published =
                std::find_if(result.products.cbegin(), result.products.cend(),
                             [&](const auto &r) { return r.productId == products.at(p).id; });
            QVERIFY(published != result.products.cend());
            QVERIFY(published->storeGalleryRead);
            QCOMPARE(comparable(published->storeGallery), comparable(g));
        }
    }

    // The store refuses one product's writes: that product keeps its edits staged with the
    // store's message; the others are published.
    void aFailureInOneProductLeavesTheOthersPublished() {
        stage(3, 2);
        const QString refused = m_sim->products(SimDialect::Shopify).at(1).id;
        m_sim->addFault(fault("PUT", QStringLiteral("/products/%1/images/").arg(refused), 422,
                              R"({"errors":{"alt":["is not allowed"]}})", -1));
        CatalogPublisher publisher(m_client.get(), m_journal.get(), m_store);
        const CatalogPublishResult result = await(publisher.publishAll());
        QCOMPARE(result.products.size(), 3);
        QCOMPARE(result.published(), 2);
        QVERIFY(!result.allPublished());
        const auto entries = m_journal->entries(m_store);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().productId, refused);
        QCOMPARE(entries.first().pendingCount, 2);
        for (const auto &p : result.products) {
            if (p.productId == refused) // every change refused: Failed, all of it staged
                QCOMPARE(p.outcome.status, PublishOutcome::Status::Failed);
            else
                QCOMPARE(p.outcome.status, PublishOutcome::Status::Published);
        }
        QVERIFY(result.summary().contains(QStringLiteral("stay staged")));
    }

    void cancelLeavesTheRestStaged() {
        stage(4, 1);
        CatalogPublisher publisher(m_client.get(), m_journal.get(), m_store);
        connect(&publisher, &CatalogPublisher::productFinished, &publisher,
                [&publisher](const QString &, const PublishOutcome &) { publisher.cancel(); });
        const CatalogPublishResult result = await(publisher.publishAll());
        QCOMPARE(result.products.size(), 1);
        QCOMPARE(result.notStarted, 3);
        QCOMPARE(m_journal->entries(m_store).size(), 3);
    }

    // An unreachable store fails every product the same way: it stops at the first.
    void anUnreachableStoreStopsAtTheFirstProduct() {
        stage(3, 1);
        SimFault drop;
        drop.dropConnection = true;
        drop.times = -1;
        m_sim->addFault(drop);
        CatalogPublisher publisher(m_client.get(), m_journal.get(), m_store);
        const CatalogPublishResult result = await(publisher.publishAll());
        QCOMPARE(result.products.size(), 1);
        QCOMPARE(result.products.first().outcome.status, PublishOutcome::Status::Offline);
        QCOMPARE(result.notStarted, 2);
        QCOMPARE(m_journal->entries(m_store).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCatalogPublisher)
#include "tst_catalogpublisher.moc"
