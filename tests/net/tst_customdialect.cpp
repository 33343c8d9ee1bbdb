#include "nettestsupport.h"

#include "net/storeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

// A dialect described only in a JSON file (fixtures/shopify-like-dialect.json), no code, run
// against the simulator's Shopify-shaped store: the "any configured store API" promise.
class TstCustomDialect : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    QString m_product;

    std::unique_ptr<StoreClient> client(const QString &token = QStringLiteral("test-token")) {
        StoreProfile p;
        p.name = QStringLiteral("Custom");
        p.dialect = QStringLiteral("custom");
        p.customDialectFile = QFINDTESTDATA("fixtures/shopify-like-dialect.json");
        p.baseUrl = m_sim->baseUrl();
        p.rateLimit = RateLimit{0, 1}; // the simulator's own limiter is off
        return makeClient(p, token);
    }
    static QStringList ids(const Gallery &g) {
        QStringList out;
        for (const ProductImage &i : g)
            out << i.id;
        return out;
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY(m_sim->start());
        m_sim->setRequiredToken(SimDialect::Shopify, QStringLiteral("test-token"));
        for (const ProductSummary &p : m_sim->products(SimDialect::Shopify)) {
            if (m_sim->images(SimDialect::Shopify, p.id).size() >= 3 &&
                !m_sim->variantIds(SimDialect::Shopify, p.id).isEmpty()) {
                m_product = p.id;
                break;
            }
        }
        QVERIFY(!m_product.isEmpty());
    }
    void cleanup() { delete m_sim; }

    void describedCapabilities() {
        auto c = client();
        QVERIFY(!c->setupError());
        QCOMPARE(c->capabilities().dialectName, QStringLiteral("shopify-like"));
        QCOMPARE(c->capabilities().ordering, OrderingSemantics::Shift);
        QVERIFY(!c->capabilities().canDeleteAll);
        QVERIFY(c->capabilities().canListProducts);
    }

    void listsWithItsOwnAuthHeader() {
        auto c = client();
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(),
                 qPrintable(products.ok() ? QString() : products.error().userMessage()));
        QVERIFY(!products->isEmpty());
        QCOMPARE(products->first().id, m_sim->products(SimDialect::Shopify).first().id);
        QCOMPARE(products->first().title, m_sim->products(SimDialect::Shopify).first().title);

        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(ids(g.value()), ids(m_sim->images(SimDialect::Shopify, m_product)));
        for (const SimRequest &r : m_sim->recordedRequests()) {
            QCOMPARE(r.header("X-Shopify-Access-Token"), QByteArray("test-token"));
            QVERIFY(!r.hasHeader("Authorization"));
        }
        QCOMPARE(await(client(QStringLiteral("wrong"))->listImages(m_product)).error().code,
                 StoreError::Code::Unauthorized);
    }

    // The file's productPaging (link-header, 25 a page): every product, not just the first page
    // the store gives (50 by default).
    void listsEveryPage() {
        for (int i = 0; i < 60; ++i)
            m_sim->addProduct(SimDialect::Shopify, QStringLiteral("Extra %1").arg(i));
        const QList<ProductSummary> expected = m_sim->products(SimDialect::Shopify);
        QCOMPARE(expected.size(), 64);
        m_sim->clearRecordedRequests();
        const Result<QList<ProductSummary>> products = await(client()->listProducts());
        QVERIFY2(products.ok(),
                 qPrintable(products.ok() ? QString() : products.error().userMessage()));
        QCOMPARE(products->size(), expected.size());
        QCOMPARE(products->last().id, expected.last().id);
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("/products\\.json$")), 3);
        QCOMPARE(m_sim->recordedRequests().first().query.queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("25"));
    }

    void editsThroughTheDescription() {
        auto c = client();
        const Gallery before = m_sim->images(SimDialect::Shopify, m_product);

        // Partial update: only the alt text is sent.
        ImagePatch alt;
        alt.alt = QStringLiteral("described, not coded");
        const Result<ProductImage> updated = await(c->updateImage(m_product, before.at(1), alt));
        QVERIFY2(updated.ok(),
                 qPrintable(updated.ok() ? QString() : updated.error().userMessage()));
        QCOMPARE(m_sim->images(SimDialect::Shopify, m_product).at(1).alt, *alt.alt);
        const QJsonObject sent =
            QJsonDocument::fromJson(m_sim->recordedRequests().last().body).object();
        QCOMPARE(sent, (QJsonObject{{QStringLiteral("image"),
                                     QJsonObject{{QStringLiteral("alt"), *alt.alt}}}}));

        // Shift ordering: moving the last image to position 1 renumbers the others.
        ImagePatch move;
        move.position = 1;
        QVERIFY(await(c->updateImage(m_product, before.last(), move)).ok());
        QCOMPARE(m_sim->images(SimDialect::Shopify, m_product).first().id, before.last().id);

        NewImage image;
        image.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        image.alt = QStringLiteral("new");
        image.position = 2;
        const Result<ProductImage> created = await(c->createImage(m_product, image));
        QVERIFY2(created.ok(),
                 qPrintable(created.ok() ? QString() : created.error().userMessage()));
        QCOMPARE(m_sim->images(SimDialect::Shopify, m_product).at(1).id, created->id);

        const QStringList variants = m_sim->variantIds(SimDialect::Shopify, m_product);
        ImagePatch v;
        v.variantIds = QStringList{variants.first()};
        const Result<ProductImage> linked = await(c->updateImage(m_product, created.value(), v));
        QVERIFY(linked.ok());
        QCOMPARE(linked->variantIds, QStringList{variants.first()});

        QVERIFY(await(c->deleteImage(m_product, created->id)).ok());
        QCOMPARE(m_sim->images(SimDialect::Shopify, m_product).size(), before.size());
        QCOMPARE(await(c->deleteAllImages(m_product)).error().code, StoreError::Code::Unsupported);
    }

    void idsAreCheckedBeforeSending() {
        auto c = client();
        QCOMPARE(await(c->getImage(m_product, QStringLiteral("abc"))).error().code,
                 StoreError::Code::InvalidInput);
        QVERIFY(m_sim->recordedRequests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCustomDialect)
#include "tst_customdialect.moc"
