// Opening one product of a store costs that product's requests, not a whole-store read (issue 17
// item 4): the gallery is shown before the product list is asked for; the chooser fills after it
// where the store has a product list, and where it has none (the products are known only from
// every image record) the list is read when the user asks the chooser for it. Over real HTTP on
// 127.0.0.1 against the simulator, which records every request it receives.
#include "windowharness.h"

#include "demostore/simrequest.h"
#include "models/productlistmodel.h"
#include "ui/productchooser.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace vitrine;
using vitrine::test::WindowHarness;

namespace {

constexpr int kProducts = 60;
constexpr int kImagesPerProduct = 3;

// "GET /api/v1/product-images/product/7" for each API request (the image host's are left out).
QStringList apiRequests(const QList<SimRequest> &requests) {
    QStringList out;
    for (const SimRequest &r : requests) {
        if (r.listener != SimRequest::Listener::Api)
            continue;
        QString line = QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
        if (!r.query.isEmpty())
            line += QLatin1Char('?') + r.query.toString();
        out << line;
    }
    return out;
}

// Whether a request reads the images of more than one product.
bool readsEveryImage(const QString &request) {
    return request == QLatin1String("GET /api/v1/product-images") ||
           request.startsWith(QLatin1String("GET /api/v1/product-images/pagination"));
}

} // namespace

class TestOpenProduct : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void opensOneProductBeforeTheList_data() {
        QTest::addColumn<bool>("storeListsProducts");
        QTest::addColumn<int>("productRow");
        // The generic seeds have no product list: the client reads every image record instead.
        QTest::newRow("no product list, a late product") << false << kProducts - 7;
        QTest::newRow("no product list, the first product") << false << 0;
        QTest::newRow("product list, a late product") << true << kProducts - 7;
    }
    void opensOneProductBeforeTheList() {
        QFETCH(bool, storeListsProducts);
        QFETCH(int, productRow);
        StoreSimulator sim;
        QVERIFY(sim.start());
        sim.seedLargeCatalog(kProducts, kImagesPerProduct);
        if (!storeListsProducts) {
            SimFault noList;
            noList.method = "GET";
            noList.path = QRegularExpression(QStringLiteral("^/api/v1/products$"));
            noList.status = 404;
            noList.body = R"({"status":404,"error":"Not Found","message":"No static resource"})";
            noList.times = -1;
            sim.addFault(noList);
        }
        const QList<ProductSummary> products = sim.products(SimDialect::Generic);
        QCOMPARE(products.size(), kProducts);
        const QString productId = products.at(productRow).id;
        sim.clearRecordedRequests();

        WindowHarness h(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(h.journal.isOpen());
        QStringList beforeGallery;
        bool loadedOk = false;
        connect(&h.controller, &GalleryController::productLoaded, &h.controller,
                [&](const QString &id, bool ok) {
                    if (id != productId)
                        return;
                    loadedOk = ok;
                    beforeGallery = apiRequests(sim.recordedRequests());
                });
        QVERIFY(h.openDirect(sim.baseUrl(), productId));
        QVERIFY(loadedOk);
        QCOMPARE(h.session.productId(), productId);

        // Until the gallery was shown: that product's images and nothing of the rest.
        const QStringList expected{QStringLiteral("GET /api/v1/product-images/product/") +
                                   productId};
        QCOMPARE(beforeGallery, expected);

        // Then the product list where the store has one. Where it has none, nothing more: the
        // chooser offers to read every image record, and does when asked.
        const QStringList afterGallery = apiRequests(sim.recordedRequests());
        QCOMPARE(afterGallery, QStringList(expected) << QStringLiteral("GET /api/v1/products"));
        ProductChooser *chooser = h.window.productChooser();
        QCOMPARE(chooser->isListOnRequest(), !storeListsProducts);
        if (!storeListsProducts) {
            QCOMPARE(h.controller.products()->rowCount(), 0);
            QCOMPARE(chooser->idField()->text(), productId);
            chooser->listButton()->click();
            QVERIFY(!chooser->listButton()->isEnabled()); // once, until the list is in
            QTRY_COMPARE_WITH_TIMEOUT(h.controller.products()->rowCount(), kProducts, 10000);
            QVERIFY(!chooser->isListOnRequest());
            // The images do not name their product: still "Product <id>", not the bare id.
            QCOMPARE(chooser->comboBox()->currentText(), QStringLiteral("Product ") + productId);
            const QStringList all = apiRequests(sim.recordedRequests());
            QVERIFY2(std::any_of(all.cbegin(), all.cend(), readsEveryImage),
                     qPrintable(all.join(QLatin1Char('\n'))));
        }
        QCOMPARE(h.controller.products()->rowCount(), kProducts);
        const QComboBox *combo = h.window.productChooser()->comboBox();
        QCOMPARE(combo->currentData(ProductListModel::ProductIdRole).toString(), productId);
        QCOMPARE(h.window.productChooser()->currentProductId(), productId);
    }

    // Without a product asked for, the list still comes first: it names the product to open.
    void withoutAProductTheListNamesTheFirst() {
        StoreSimulator sim;
        QVERIFY(sim.start());
        sim.seedLargeCatalog(5, 1);
        sim.clearRecordedRequests();
        WindowHarness h(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(h.journal.isOpen());
        QVERIFY(h.openDirect(sim.baseUrl(), QString()));
        const QString first = sim.products(SimDialect::Generic).constFirst().id;
        QCOMPARE(h.session.productId(), first);
        const QStringList expected{
            QStringLiteral("GET /api/v1/products"),
            QStringLiteral("GET /api/v1/product-images/product/") + first,
        };
        QCOMPARE(apiRequests(sim.recordedRequests()), expected);
    }
};

QTEST_MAIN(TestOpenProduct)
#include "tst_openproduct.moc"
