#include "nettestsupport.h"

#include "net/storeclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {
// What the generic dialect carries of an image (it has no sizes, variants or timestamps).
QStringList summary(const Gallery &gallery) {
    QStringList out;
    for (const ProductImage &i : gallery)
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(i.id, i.productId, i.src, i.alt)
                   .arg(i.position);
    return out;
}
} // namespace

// The generic dialect end to end: StoreClient -> RequestPipeline -> real HTTP -> the simulator,
// every endpoint of seeds 000/003 and STORES.md and every documented error.
class TstGenericClient : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    QString m_product; // a demo product with at least three images

    std::unique_ptr<StoreClient> client(const QString &token = {}) {
        return makeClient(genericProfile(*m_sim), token);
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        m_product.clear();
        for (const ProductSummary &p : m_sim->products(SimDialect::Generic)) {
            if (m_sim->images(SimDialect::Generic, p.id).size() >= 3) {
                m_product = p.id;
                break;
            }
        }
        QVERIFY(!m_product.isEmpty());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    void capabilities() {
        auto c = client();
        QVERIFY(!c->setupError());
        QCOMPARE(c->capabilities().dialectName, QStringLiteral("generic"));
        QCOMPARE(c->capabilities().ordering, OrderingSemantics::Absolute);
        QCOMPARE(c->pipeline().apiBase(), m_sim->apiUrl(SimDialect::Generic));
    }

    void listProducts() {
        auto c = client();
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(),
                 qPrintable(products.ok() ? QString() : products.error().userMessage()));
        // The simulator's products have a vendor and a type, which the generic store does not
        // serve (its documents know neither).
        QList<ProductSummary> expected = m_sim->products(SimDialect::Generic);
        for (ProductSummary &p : expected) {
            QVERIFY(!p.productType.isEmpty());
            p.vendor.clear();
            p.productType.clear();
        }
        QCOMPARE(products.value(), expected);
    }

    // A generic store without the /products extension: products come from the images.
    void listProductsFallsBackWhenNotFound() {
        m_sim->addFault(fault("GET", QStringLiteral("^/api/v1/products$"), 404,
                              "{\"status\":404,\"error\":\"Not Found\"}", -1));
        auto c = client();
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY(products.ok());
        QStringList expected;
        for (const ProductSummary &p : m_sim->products(SimDialect::Generic)) {
            if (!m_sim->images(SimDialect::Generic, p.id).isEmpty())
                expected << p.id;
        }
        QStringList got;
        for (const ProductSummary &p : products.value()) {
            got << p.id;
            QCOMPARE(p.imageCount, int(m_sim->images(SimDialect::Generic, p.id).size()));
        }
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    // Asked cheaply (a window opening one product), a store without /products says so instead of
    // reading every image record; with it, the list is the same.
    void listProductsCheaplyNeverReadsTheWholeStore() {
        auto c = client();
        const Result<QList<ProductSummary>> listed = await(c->listProductsCheaply());
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), m_sim->products(SimDialect::Generic).size());

        m_sim->addFault(fault("GET", QStringLiteral("^/api/v1/products$"), 404,
                              "{\"status\":404,\"error\":\"Not Found\"}", -1));
        const int before = countRequests(*m_sim, "GET", QStringLiteral("/product-images"));
        const Result<QList<ProductSummary>> missing = await(c->listProductsCheaply());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, StoreError::Code::Unsupported);
        QVERIFY2(missing.error().userMessage().contains(QStringLiteral("every image record")),
                 qPrintable(missing.error().userMessage()));
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("/product-images")), before);
    }

    // ... and without GET /product-images either: the zero-based pages.
    void listProductsFallsBackToPages() {
        m_sim->addFault(fault("GET", QStringLiteral("^/api/v1/products$"), 404, {}, -1));
        m_sim->addFault(fault("GET", QStringLiteral("^/api/v1/product-images/?$"), 404, {}, -1));
        auto c = client();
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY(products.ok());
        int total = 0;
        for (const ProductSummary &p : products.value())
            total += p.imageCount;
        int expected = 0;
        for (const ProductSummary &p : m_sim->products(SimDialect::Generic))
            expected += int(m_sim->images(SimDialect::Generic, p.id).size());
        QCOMPARE(total, expected);
        QVERIFY(countRequests(*m_sim, "GET", QStringLiteral("/pagination")) >= 1);
    }

    void listImagesInDisplayOrder() {
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        QCOMPARE(summary(g.value()), summary(m_sim->images(SimDialect::Generic, m_product)));
    }

    void getImage() {
        auto c = client();
        const ProductImage expected = m_sim->images(SimDialect::Generic, m_product).at(1);
        const Result<ProductImage> got = await(c->getImage(m_product, expected.id));
        QVERIFY(got.ok());
        QCOMPARE(summary({got.value()}), summary({expected}));
    }

    // seeds/000 "Not Found Error"
    void getMissingImage() {
        auto c = client();
        const Result<ProductImage> got = await(c->getImage(m_product, QStringLiteral("999")));
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, StoreError::Code::NotFound);
        QCOMPARE(got.error().httpStatus, 404);
        QCOMPARE(got.error().storeMessage, QStringLiteral("Product image not found with id: 999"));
        QVERIFY(!got.error().retryable);
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("/999$")), 1); // 404 is not retried
    }

    void createWithPositionAndAtTheEnd() {
        auto c = client();
        NewImage first;
        first.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        first.alt = QStringLiteral("front");
        const int lowest = m_sim->images(SimDialect::Generic, m_product).first().position;
        QVERIFY(lowest > 0);
        first.position = 0; // before everything
        const Result<ProductImage> a = await(c->createImage(m_product, first));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().userMessage()));
        QVERIFY(!a->id.isEmpty());
        QCOMPARE(a->alt, QStringLiteral("front"));
        QCOMPARE(m_sim->images(SimDialect::Generic, m_product).first().id, a->id);

        NewImage last = first;
        last.position.reset();
        last.alt = QString();
        const Result<ProductImage> b = await(c->createImage(m_product, last));
        QVERIFY(b.ok());
        QCOMPARE(m_sim->images(SimDialect::Generic, m_product).last().id, b->id);

        // The body of the POST is what seeds/003 shows.
        const SimRequest post = [&] {
            for (const SimRequest &r : m_sim->recordedRequests())
                if (r.method == "POST")
                    return r;
            return SimRequest();
        }();
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QVERIFY(body.value(QLatin1String("productId")).isDouble());
        QCOMPARE(body.value(QLatin1String("displayOrder")).toInt(), 0);
        QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
    }

    void updateIsAFullReplace() {
        auto c = client();
        const ProductImage current = m_sim->images(SimDialect::Generic, m_product).at(0);
        ImagePatch patch;
        patch.alt = QStringLiteral("Luxurious modern grey sofa with chrome legs - front view");
        const Result<ProductImage> updated = await(c->updateImage(m_product, current, patch));
        QVERIFY(updated.ok());
        QCOMPARE(updated->alt, *patch.alt);
        QCOMPARE(updated->src, current.src);
        QCOMPARE(m_sim->images(SimDialect::Generic, m_product).at(0).alt, *patch.alt);

        const QList<SimRequest> requests = m_sim->recordedRequests();
        const QJsonObject body = QJsonDocument::fromJson(requests.last().body).object();
        QCOMPARE(requests.last().method, QByteArray("PUT"));
        // The record as the store returned it (read first: this client had not listed the
        // product), with only the alt text changed.
        QCOMPARE(body.keys(),
                 (QStringList{QStringLiteral("altText"), QStringLiteral("displayOrder"),
                              QStringLiteral("id"), QStringLiteral("imageUrl"),
                              QStringLiteral("productId")}));
        QCOMPARE(requests.at(requests.size() - 2).method, QByteArray("GET"));
    }

    void reorderByDisplayOrder() {
        auto c = client();
        const Gallery before = m_sim->images(SimDialect::Generic, m_product);
        ImagePatch patch;
        patch.position = before.last().position + 10;
        QVERIFY(await(c->updateImage(m_product, before.first(), patch)).ok());
        QCOMPARE(m_sim->images(SimDialect::Generic, m_product).last().id, before.first().id);
    }

    // seeds/000 "Validation Error"
    void updateValidationError() {
        auto c = client();
        const ProductImage current = m_sim->images(SimDialect::Generic, m_product).at(0);
        ImagePatch patch;
        patch.src = QString();
        const Result<ProductImage> r = await(c->updateImage(m_product, current, patch));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 400);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Validation failed"));
        QCOMPARE(r.error().fieldErrors,
                 QStringList{QStringLiteral("imageUrl: Image URL is required")});
        QVERIFY(r.error().userMessage().contains(QLatin1String("Image URL is required")));
    }

    void updateMissingImage() {
        auto c = client();
        ProductImage ghost = m_sim->images(SimDialect::Generic, m_product).at(0);
        ghost.id = QStringLiteral("999");
        ImagePatch patch;
        patch.alt = QStringLiteral("x");
        const Result<ProductImage> r = await(c->updateImage(m_product, ghost, patch));
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Product image not found with id: 999"));
    }

    // An image without an address is refused before anything is sent.
    void createWithoutAddressIsRefusedBeforeSending() {
        auto c = client();
        const int before = int(m_sim->images(SimDialect::Generic, m_product).size());
        NewImage image;
        image.alt = QStringLiteral("no address");
        const Result<ProductImage> r = await(c->createImage(m_product, image));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::InvalidInput);
        QCOMPARE(countRequests(*m_sim, "POST", QStringLiteral("/product-images")), 0);
        QCOMPARE(int(m_sim->images(SimDialect::Generic, m_product).size()), before);
    }

    // A create the store refuses (here an address its own rules reject) carries the store's 400
    // body the way an update does, and POST is not retried.
    void createValidationError() {
        auto c = client();
        m_sim->addFault(
            fault("POST", QStringLiteral("^/api/v1/product-images$"), 400,
                  R"({"status":400,"error":"Bad Request","message":"Validation failed",)"
                  R"("errors":[{"field":"imageUrl","message":"Image URL must be a valid URL"}]})"));
        NewImage image;
        image.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        const Result<ProductImage> r = await(c->createImage(m_product, image));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(!r.error().retryable);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Validation failed"));
        QCOMPARE(r.error().fieldErrors,
                 QStringList{QStringLiteral("imageUrl: Image URL must be a valid URL")});
        QCOMPARE(countRequests(*m_sim, "POST", QStringLiteral("/product-images")), 1);
    }

    // seeds/003
    void deleteOneThenAgain() {
        auto c = client();
        const QString id = m_sim->images(SimDialect::Generic, m_product).at(0).id;
        QVERIFY(await(c->deleteImage(m_product, id)).ok());
        for (const ProductImage &i : m_sim->images(SimDialect::Generic, m_product))
            QVERIFY(i.id != id);
        const Result<void> again = await(c->deleteImage(m_product, id));
        QCOMPARE(again.error().code, StoreError::Code::NotFound);
        QCOMPARE(again.error().httpStatus, 404);
        QCOMPARE(again.error().storeMessage,
                 QStringLiteral("Product image not found with id: %1").arg(id));
    }

    void deleteAll() {
        auto c = client();
        QVERIFY(await(c->deleteAllImages(m_product)).ok());
        QVERIFY(m_sim->images(SimDialect::Generic, m_product).isEmpty());
        // "the operation will succeed even if the product has no images"
        QVERIFY(await(c->deleteAllImages(m_product)).ok());
        QCOMPARE(countRequests(*m_sim, "DELETE", QStringLiteral("/product-images/product/")), 2);
    }

    void storeRefusesBadIdFormat() {
        auto c = client();
        const Result<Gallery> r = await(c->listImages(QStringLiteral("not-a-number")));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 400);
    }

    void tokenIsSentAsBearer() {
        m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("s3cret"));
        auto anonymous = client();
        const Result<Gallery> refused = await(anonymous->listImages(m_product));
        QCOMPARE(refused.error().code, StoreError::Code::Unauthorized);
        QCOMPARE(refused.error().httpStatus, 401);
        QVERIFY(!refused.error().retryable);

        auto wrong = client(QStringLiteral("wrong"));
        QCOMPARE(await(wrong->listImages(m_product)).error().code, StoreError::Code::Unauthorized);

        m_sim->clearRecordedRequests();
        auto right = client(QStringLiteral("s3cret"));
        QVERIFY(await(right->listImages(m_product)).ok());
        QCOMPARE(m_sim->recordedRequests().last().header("Authorization"),
                 QByteArray("Bearer s3cret"));
    }

    void testConnection() {
        m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("s3cret"));
        QVERIFY(await(client(QStringLiteral("s3cret"))->testConnection()).ok());
        QCOMPARE(await(client(QStringLiteral("nope"))->testConnection()).error().code,
                 StoreError::Code::Unauthorized);
    }

    void activitySignals() {
        auto c = client();
        QSignalSpy activity(c.get(), &StoreClient::activityChanged);
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(activity.count(), 2);
        QCOMPARE(activity.at(0).at(0).toInt(), 1);
        QCOMPARE(activity.at(1).at(0).toInt(), 0);
    }

    void unknownDialectFailsEveryOperation() {
        StoreProfile p = genericProfile(*m_sim);
        p.dialect = QStringLiteral("magento");
        auto c = makeClient(p);
        QVERIFY(c->setupError().has_value());
        QCOMPARE(await(c->listImages(m_product)).error().code, StoreError::Code::InvalidInput);
        QVERIFY(m_sim->recordedRequests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstGenericClient)
#include "tst_genericclient.moc"
