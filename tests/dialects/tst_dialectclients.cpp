#include "dialecttestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {

// What every dialect carries of an image, to compare with the simulator's catalog.
QStringList summary(const Gallery &gallery) {
    QStringList out;
    for (const ProductImage &i : gallery)
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(i.id, i.productId, i.src, i.alt)
                   .arg(i.position);
    return out;
}

bool looksLikeIdOf(const QString &dialect, const QString &id) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return (dialect == QLatin1String("shoplazza") ? uuid : digits).match(id).hasMatch();
}

} // namespace

// SHOPLINE, Shoplazza and Shopify through StoreClient over real HTTP against the simulator: what
// the three have in common, run once per dialect. Every endpoint, the error shapes each store
// documents, authentication, ids refused before sending, and the capabilities each one reports.
// What differs between them is in tst_shoplineclient / tst_shoplazzaclient / tst_shopifyclient;
// 429s, timeouts, dropped connections and the image host in tst_dialectresilience.
class TstDialectClients : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;

    DialectUnderTest current() const {
        QFETCH(QString, dialect);
        return builtinDialect(dialect);
    }
    // The Grey sofa: six images, a variant on the first (in the dialects that have variants).
    QString sofa(const DialectUnderTest &d) const { return demoProduct(*m_sim, d.sim, 6); }
    int apiRequests() const { return int(requestsOn(*m_sim, SimRequest::Listener::Api).size()); }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        for (const DialectUnderTest &d : builtinDialects())
            QCOMPARE(m_sim->requiredToken(d.sim), testToken());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // --- capabilities ---------------------------------------------------------------------

    void capabilities_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("altOnCreate");
        QTest::addColumn<int>("altOnUpdate");
        QTest::addColumn<bool>("replaceSource");
        QTest::addColumn<bool>("variants");
        QTest::addColumn<bool>("positionOnCreate");
        QTest::addColumn<int>("maxImages");
        QTest::addColumn<double>("requestsPerSecond");
        QTest::addColumn<int>("burst");
        QTest::newRow("shopline") << "shopline" << 255 << 512 << false << true << false << 0 << 4.0
                                  << 40;
        QTest::newRow("shoplazza")
            << "shoplazza" << 0 << 0 << true << false << true << 0 << 2.0 << 1;
        QTest::newRow("shopify") << "shopify" << 512 << 512 << true << true << true << 250 << 2.0
                                 << 40;
    }
    void capabilities() {
        QFETCH(QString, dialect);
        QFETCH(int, altOnCreate);
        QFETCH(int, altOnUpdate);
        QFETCH(bool, replaceSource);
        QFETCH(bool, variants);
        QFETCH(bool, positionOnCreate);
        QFETCH(int, maxImages);
        QFETCH(double, requestsPerSecond);
        QFETCH(int, burst);
        StoreProfile p = simProfile(*m_sim, dialect);
        p.rateLimit.reset(); // the dialect's default
        auto c = makeClient(p, testToken());
        QVERIFY(!c->setupError());
        const StoreCapabilities caps = c->capabilities();
        QCOMPARE(caps.dialectName, dialect);
        QCOMPARE(caps.altMaxOnCreate, altOnCreate);
        QCOMPARE(caps.altMaxOnUpdate, altOnUpdate);
        QCOMPARE(caps.canReplaceSource, replaceSource);
        QCOMPARE(caps.hasVariants, variants);
        QCOMPARE(caps.positionOnCreate, positionOnCreate);
        QCOMPARE(caps.maxImagesPerProduct, maxImages);
        QCOMPARE(caps.canDeleteAll, false); // none of the three has a delete-all request
        QCOMPARE(caps.canListProducts, true);
        QCOMPARE(caps.fullReplaceUpdate, false);
        QCOMPARE(caps.hasTimestamps, true);
        QCOMPARE(caps.firstPosition, 1);
        QCOMPARE(caps.ordering, OrderingSemantics::Shift); // undocumented; see docs/dialects.md
        QCOMPARE(caps.rateLimit, (RateLimit{requestsPerSecond, burst}));
        QCOMPARE(c->dialect()->capabilities().rateLimit, caps.rateLimit);
        // The pipeline runs with the dialect's limit.
        QCOMPARE(c->pipeline().options().rateLimit, caps.rateLimit);
        QCOMPARE(c->pipeline().apiBase(), m_sim->apiUrl(builtinDialect(dialect).sim));
        QCOMPARE(caps.supports(StoreCapabilities::Feature::DeleteAll), false);
        QVERIFY(!caps.whyNot(StoreCapabilities::Feature::DeleteAll).isEmpty());
        QCOMPARE(caps.supports(StoreCapabilities::Feature::ReplaceSource), replaceSource);
        QCOMPARE(caps.supports(StoreCapabilities::Feature::Variants), variants);

        // The profile may override ordering and rate limit.
        p.ordering = OrderingSemantics::Absolute;
        p.rateLimit = RateLimit{1, 5};
        auto overridden = makeClient(p, testToken());
        QCOMPARE(overridden->capabilities().ordering, OrderingSemantics::Absolute);
        QCOMPARE(overridden->capabilities().rateLimit, (RateLimit{1, 5}));
        QCOMPARE(overridden->capabilities().altMaxOnCreate, altOnCreate);
    }

    // The profile's API version replaces the dialect's default in every path.
    void apiVersionFromTheProfile_data() { addDialectRows(); }
    void apiVersionFromTheProfile() {
        const DialectUnderTest d = current();
        StoreProfile p = simProfile(*m_sim, d.dialect);
        QCOMPARE(p.effectiveApiVersion(), StoreProfile::defaultApiVersion(d.dialect));
        p.apiVersion = QStringLiteral("2099-01");
        auto c = makeClient(p, testToken());
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QCOMPARE(g.error().code, StoreError::Code::NotFound); // the simulator speaks one version
        const QString sentPath = requestsOn(*m_sim, SimRequest::Listener::Api).first().path;
        QString expectedPrefix = StoreSimulator::pathPrefix(d.sim);
        expectedPrefix.replace(StoreProfile::defaultApiVersion(d.dialect), p.apiVersion);
        QVERIFY2(sentPath.startsWith(expectedPrefix + QLatin1Char('/')), qPrintable(sentPath));
    }

    // --- every endpoint -------------------------------------------------------------------

    void listProducts_data() { addDialectRows(); }
    void listProducts() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(), why(products).constData());
        const QList<ProductSummary> expected = m_sim->products(d.sim);
        QCOMPARE(products->size(), expected.size());
        for (const ProductSummary &e : expected) {
            const auto it = std::find_if(products->begin(), products->end(),
                                         [&](const ProductSummary &p) { return p.id == e.id; });
            QVERIFY2(it != products->end(), qPrintable(e.id));
            QCOMPARE(it->title, e.title);
            QVERIFY(looksLikeIdOf(d.dialect, it->id));
            QCOMPARE(it->imageCount, int(m_sim->images(d.sim, e.id).size()));
        }
        QCOMPARE(apiRequests(), 1); // four products: one page
    }

    // Shopify's product list gives each product's vendor and product_type (templates' {vendor}
    // and {type}); SHOPLINE's and Shoplazza's documents do not, so nothing is read there even
    // though the simulator's catalog knows them. A vendor changed on the store is read again.
    void listProductsVendorAndType_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("given");
        QTest::newRow("shopify") << QStringLiteral("shopify") << true;
        QTest::newRow("shopline") << QStringLiteral("shopline") << false;
        QTest::newRow("shoplazza") << QStringLiteral("shoplazza") << false;
    }
    void listProductsVendorAndType() {
        QFETCH(bool, given);
        const DialectUnderTest d = current();
        const QString sofaId = sofa(d);
        const QString added = m_sim->addProduct(d.sim, QStringLiteral("Linen shirt")).id;
        QVERIFY(m_sim->setProductVendor(d.sim, added, QStringLiteral("Fjord & Flax"),
                                        QStringLiteral("Shirt")));
        auto c = dialectClient(*m_sim, d);
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(), why(products).constData());
        QHash<QString, QStringList> read; // id -> {vendor, type}
        for (const ProductSummary &p : products.value())
            read.insert(p.id, {p.vendor, p.productType});
        QHash<QString, QStringList> expected;
        for (const ProductSummary &p : m_sim->products(d.sim))
            expected.insert(p.id, given ? QStringList{p.vendor, p.productType}
                                        : QStringList{QString(), QString()});
        QCOMPARE(read, expected);
        if (given) {
            QCOMPARE(read.value(sofaId),
                     (QStringList{QStringLiteral("Nordhaus"), QStringLiteral("Sofa")}));
            QCOMPARE(read.value(added),
                     (QStringList{QStringLiteral("Fjord & Flax"), QStringLiteral("Shirt")}));
        }
    }

    // More products than one page holds (250): every dialect's paging is followed to the end.
    void listProductsAcrossPages_data() { addDialectRows(); }
    void listProductsAcrossPages() {
        const DialectUnderTest d = current();
        for (int i = 0; i < 260; ++i)
            m_sim->addProduct(d.sim, QStringLiteral("Extra %1").arg(i));
        const int total = int(m_sim->products(d.sim).size());
        QCOMPARE(total, 264);
        auto c = dialectClient(*m_sim, d);
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(), why(products).constData());
        QCOMPARE(products->size(), total);
        QStringList ids;
        for (const ProductSummary &p : products.value())
            ids << p.id;
        ids.removeDuplicates();
        QCOMPARE(ids.size(), total);
        const QList<SimRequest> sent = requestsOn(*m_sim, SimRequest::Listener::Api);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).query.queryItemValue(QStringLiteral("limit")), QStringLiteral("250"));
        if (d.dialect == QLatin1String("shoplazza"))
            QCOMPARE(sent.at(1).query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        else
            QVERIFY(!sent.at(1).query.queryItemValue(QStringLiteral("page_info")).isEmpty());
    }

    // A product list that points its next page at another host (here the image host) is not
    // the store's list: a clear error, and the other host is never asked (nor sent a token).
    void nextPageOnAnotherHostIsRefused_data() {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("shopline") << "shopline";
        QTest::newRow("shopify") << "shopify";
    }
    void nextPageOnAnotherHostIsRefused() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("/products\\.json$"), 0, {}, -1);
        const QUrl elsewhere = m_sim->imageUrl(StoreSimulator::demoImageFiles().first());
        f.headers = {{"Link", "<" + elsewhere.toEncoded() + "?page_info=x>; rel=\"next\""}};
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d);
        const Result<QList<ProductSummary>> r = await(c->listProducts());
        QCOMPARE(r.error().code, StoreError::Code::BadResponse);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("another host")));
        QCOMPARE(requestsOn(*m_sim, SimRequest::Listener::Cdn).size(), 0);
        QCOMPARE(apiRequests(), 1);
    }

    // A cursor that leads back to a page already read ends instead of paging for ever.
    void nextPageLoopIsRefused_data() { nextPageOnAnotherHostIsRefused_data(); }
    void nextPageLoopIsRefused() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("/products\\.json$"), 200,
                           "{\"products\":[{\"id\":\"1\",\"title\":\"One\"}]}", -1);
        const QUrl self(m_sim->apiUrl(d.sim).toString() +
                        QStringLiteral("/products.json?page_info=loop"));
        f.headers = {{"Link", "<" + self.toEncoded() + ">; rel=\"next\""}};
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d);
        const Result<QList<ProductSummary>> r = await(c->listProducts());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::BadResponse);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("already read")));
        QCOMPARE(apiRequests(), 2); // the first page, then the looping one once
    }

    // Shoplazza pages by number. A store that ignores `page` (every page the same) is read once.
    void numberedPagesIgnoredByTheStore() {
        const DialectUnderTest d = builtinDialect(QStringLiteral("shoplazza"));
        QByteArray body = "{\"products\":[";
        for (int i = 0; i < 250; ++i) {
            if (i > 0)
                body += ',';
            body += "{\"id\":\"00000000-0000-4000-8000-" +
                    QByteArray::number(i).rightJustified(12, '0') + "\",\"title\":\"P" +
                    QByteArray::number(i) + "\",\"images\":[]}";
        }
        body += "]}";
        m_sim->addFault(fault("GET", QStringLiteral("/products$"), 200, body, -1));
        auto c = dialectClient(*m_sim, d);
        const Result<QList<ProductSummary>> r = await(c->listProducts());
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->size(), 250);
        QCOMPARE(r->first().imageCount, 0);
        QCOMPARE(apiRequests(), 2);
    }

    void listImagesInDisplayOrder_data() { addDialectRows(); }
    void listImagesInDisplayOrder() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        for (const ProductSummary &p : m_sim->products(d.sim)) {
            const Result<Gallery> g = await(c->listImages(p.id));
            QVERIFY2(g.ok(), why(g).constData());
            const Gallery expected = m_sim->images(d.sim, p.id);
            QCOMPARE(summary(g.value()), summary(expected));
            int position = 0;
            for (const ProductImage &i : g.value()) {
                QVERIFY2(looksLikeIdOf(d.dialect, i.id), qPrintable(i.id));
                QCOMPARE(i.productId, p.id);
                QVERIFY2(i.src.startsWith(QLatin1String("http://")), qPrintable(i.src));
                QVERIFY(i.position > position); // display order
                position = i.position;
                QVERIFY(i.updatedAt.isValid());
                QVERIFY(i.width > 0 && i.height > 0); // 600x600, the lamp's tiny one 40x40
            }
        }
    }

    void getImage_data() { addDialectRows(); }
    void getImage() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        for (const ProductImage &expected : m_sim->images(d.sim, product)) {
            const Result<ProductImage> got = await(c->getImage(product, expected.id));
            QVERIFY2(got.ok(), why(got).constData());
            QCOMPARE(summary({got.value()}), summary({expected}));
            // Shoplazza's images carry no variant (the variant holds image_id).
            if (c->capabilities().hasVariants)
                QCOMPARE(got->variantIds, expected.variantIds);
        }
    }

    void getUnknownImage_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("shopline") << "shopline" << 404 << "Image not found";
        QTest::newRow("shoplazza") << "shoplazza" << 422 << "Record not found"; // seed 004
        QTest::newRow("shopify") << "shopify" << 404 << "Not Found";
    }
    void getUnknownImage() {
        const DialectUnderTest d = current();
        QFETCH(int, status);
        QFETCH(QString, message);
        auto c = dialectClient(*m_sim, d);
        const Result<ProductImage> got = await(c->getImage(sofa(d), d.unknownImageId));
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, StoreError::Code::NotFound);
        QCOMPARE(got.error().httpStatus, status);
        QCOMPARE(got.error().storeMessage, message);
        QVERIFY(!got.error().retryable);
        QCOMPARE(apiRequests(), 1);
    }

    void unknownProduct_data() { addDialectRows(); }
    void unknownProduct() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const Result<Gallery> g = await(c->listImages(d.unknownProductId));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::NotFound);
        QVERIFY(!g.error().storeMessage.isEmpty());
        QCOMPARE(apiRequests(), 1);
    }

    void createImage_data() { addDialectRows(); }
    void createImage() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const Gallery before = m_sim->images(d.sim, product);
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().constLast()).toString();
        n.alt = QStringLiteral("A new picture");
        n.position = 2;
        const Result<ProductImage> created = await(c->createImage(product, n));
        QVERIFY2(created.ok(), why(created).constData());
        QVERIFY(looksLikeIdOf(d.dialect, created->id));
        QCOMPARE(created->alt, n.alt);
        QCOMPARE(created->src, n.src);
        QCOMPARE(created->productId, product);
        QCOMPARE(created->width, 600);

        const Gallery after = m_sim->images(d.sim, product);
        QCOMPARE(after.size(), before.size() + 1);
        const QStringList ids = idsOf(after);
        // Where the image lands: at the position asked for where a create may say so; SHOPLINE
        // takes no position on create and appends.
        const int expectedIndex = c->capabilities().positionOnCreate ? 1 : int(before.size());
        QCOMPARE(ids.indexOf(created->id), expectedIndex);
        QCOMPARE(after.at(expectedIndex).alt, n.alt);

        const QList<SimRequest> sent = requestsOn(*m_sim, SimRequest::Listener::Api);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("POST"));
        const QJsonObject image = jsonBody(sent.first()).value(QLatin1String("image")).toObject();
        QCOMPARE(image.value(QLatin1String("src")).toString(), n.src);
        QCOMPARE(image.value(QLatin1String("alt")).toString(), n.alt);
        QCOMPARE(image.contains(QLatin1String("position")), c->capabilities().positionOnCreate);
    }

    void createWithoutPositionGoesLast_data() { addDialectRows(); }
    void createWithoutPositionGoesLast() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        const Result<ProductImage> created = await(c->createImage(product, n));
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(m_sim->images(d.sim, product).constLast().id, created->id);
        QCOMPARE(created->alt, QString());
    }

    void createRefusesNonWebSource_data() { addDialectRows(); }
    void createRefusesNonWebSource() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        NewImage n;
        n.src = QStringLiteral("file:///etc/passwd");
        const Result<ProductImage> r = await(c->createImage(sofa(d), n));
        QCOMPARE(r.error().code, StoreError::Code::InvalidInput);
        QCOMPARE(apiRequests(), 0);
    }

    void updateAlt_data() { addDialectRows(); }
    void updateAlt() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const ProductImage target = m_sim->images(d.sim, product).at(1);
        ImagePatch patch;
        patch.alt = QStringLiteral("Grey sofa, side view — «Ünïcode» ✓");
        const Result<ProductImage> updated = await(c->updateImage(product, target, patch));
        QVERIFY2(updated.ok(), why(updated).constData());
        QCOMPARE(updated->id, target.id);
        QCOMPARE(updated->alt, *patch.alt);
        QCOMPARE(updated->src, target.src);
        QCOMPARE(updated->position, target.position);
        const Gallery after = m_sim->images(d.sim, product);
        QCOMPARE(after.at(1).alt, *patch.alt);
        QVERIFY(after.at(1).updatedAt > target.updatedAt);
        QCOMPARE(idsOf(after), idsOf(m_sim->images(d.sim, product)));
    }

    // Shift ordering (the simulator's default for all three): writing position 4 moves the image
    // to the fourth place and the store renumbers the others.
    void updatePosition_data() { addDialectRows(); }
    void updatePosition() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const Gallery before = m_sim->images(d.sim, product);
        ImagePatch patch;
        patch.position = 4;
        const Result<ProductImage> updated = await(c->updateImage(product, before.first(), patch));
        QVERIFY2(updated.ok(), why(updated).constData());
        QCOMPARE(updated->position, 4);
        QStringList expected = idsOf(before);
        expected.move(0, 3);
        QCOMPARE(idsOf(m_sim->images(d.sim, product)), expected);
        QCOMPARE(apiRequests(), 1);
        const QJsonObject image = jsonBody(requestsOn(*m_sim, SimRequest::Listener::Api).first())
                                      .value(QLatin1String("image"))
                                      .toObject();
        QCOMPARE(image.keys(), QStringList{QStringLiteral("position")}); // only what changes
        QVERIFY(image.value(QLatin1String("position")).isDouble());
    }

    void updateAltAndPosition_data() { addDialectRows(); }
    void updateAltAndPosition() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const Gallery before = m_sim->images(d.sim, product);
        ImagePatch patch;
        patch.position = 1;
        patch.alt = QStringLiteral("Now the main image");
        const Result<ProductImage> updated = await(c->updateImage(product, before.at(2), patch));
        QVERIFY2(updated.ok(), why(updated).constData());
        QCOMPARE(updated->position, 1);
        QCOMPARE(updated->alt, *patch.alt);
        const Gallery after = m_sim->images(d.sim, product);
        QCOMPARE(after.first().id, before.at(2).id);
        QCOMPARE(after.first().alt, *patch.alt);
    }

    void updateUnknownImage_data() { addDialectRows(); }
    void updateUnknownImage() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        ProductImage ghost = m_sim->images(d.sim, product).first();
        ghost.id = d.unknownImageId;
        ImagePatch patch;
        patch.alt = QStringLiteral("x");
        const Result<ProductImage> r = await(c->updateImage(product, ghost, patch));
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QVERIFY(!r.error().storeMessage.isEmpty());
    }

    void deleteImage_data() { addDialectRows(); }
    void deleteImage() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const Gallery before = m_sim->images(d.sim, product);
        const QString id = before.at(2).id;
        const Result<void> r = await(c->deleteImage(product, id));
        QVERIFY2(r.ok(), why(r).constData());
        QStringList expected = idsOf(before);
        expected.removeAll(id);
        QCOMPARE(idsOf(m_sim->images(d.sim, product)), expected);
        QCOMPARE(requestsOn(*m_sim, SimRequest::Listener::Api).first().method,
                 QByteArray("DELETE"));

        const Result<void> again = await(c->deleteImage(product, id));
        QCOMPARE(again.error().code, StoreError::Code::NotFound);
        QVERIFY(!again.error().retryable);
        QCOMPARE(apiRequests(), 2);
    }

    // None of the three stores has a request that deletes every image of a product.
    void deleteAllIsUnsupported_data() { addDialectRows(); }
    void deleteAllIsUnsupported() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const Result<void> r = await(c->deleteAllImages(sofa(d)));
        QCOMPARE(r.error().code, StoreError::Code::Unsupported);
        // Named as people write it: "the SHOPLINE API cannot …".
        QVERIFY2(r.error().storeMessage.contains(dialectTitle(d.dialect)),
                 qPrintable(r.error().storeMessage));
        QCOMPARE(apiRequests(), 0);
        QCOMPARE(m_sim->images(d.sim, sofa(d)).size(), 6);
    }

    void testConnection_data() { addDialectRows(); }
    void testConnection() {
        const DialectUnderTest d = current();
        QVERIFY(await(dialectClient(*m_sim, d)->testConnection()).ok());
        QCOMPARE(
            await(dialectClient(*m_sim, d, QStringLiteral("nope"))->testConnection()).error().code,
            StoreError::Code::Unauthorized);
    }

    // --- authentication -------------------------------------------------------------------

    void authHeaderIsSent_data() { addDialectRows(); }
    void authHeaderIsSent() {
        const DialectUnderTest d = current();
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        QVERIFY(await(c->listProducts()).ok());
        const Result<Gallery> g = await(c->listImages(product));
        QVERIFY(g.ok());
        ImagePatch patch;
        patch.alt = QStringLiteral("alt");
        QVERIFY(await(c->updateImage(product, g->first(), patch)).ok());
        QVERIFY(await(c->deleteImage(product, g->last().id)).ok());
        const QList<SimRequest> sent = requestsOn(*m_sim, SimRequest::Listener::Api);
        QVERIFY(sent.size() >= 4);
        for (const SimRequest &r : sent) {
            QCOMPARE(r.header(d.authHeader), d.authValue());
            for (const QByteArray &other : allAuthHeaders()) {
                if (other.compare(d.authHeader, Qt::CaseInsensitive) != 0)
                    QVERIFY2(!r.hasHeader(other), other.constData());
            }
        }
    }

    void wrongTokenIsUnauthorized_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::newRow("shopline wrong") << "shopline"
                                        << "tok-9f8e7d"
                                        << "Invalid access token";
        QTest::newRow("shopline missing") << "shopline"
                                          << ""
                                          << "Missing access token";
        // Seed 002 documents both shapes: {"error": "..."} and {"errors": [...]}.
        QTest::newRow("shoplazza wrong") << "shoplazza"
                                         << "tok-9f8e7d"
                                         << "store is not active";
        QTest::newRow("shoplazza missing") << "shoplazza"
                                           << ""
                                           << "Unauthorized";
        QTest::newRow("shopify wrong") << "shopify"
                                       << "tok-9f8e7d"
                                       << "[API] Invalid API key or access token";
        QTest::newRow("shopify missing") << "shopify"
                                         << ""
                                         << "[API] Invalid API key or access token";
    }
    void wrongTokenIsUnauthorized() {
        const DialectUnderTest d = current();
        QFETCH(QString, token);
        QFETCH(QString, message);
        auto c = dialectClient(*m_sim, d, token, 3);
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::Unauthorized);
        QCOMPARE(g.error().httpStatus, 401);
        QVERIFY2(g.error().storeMessage.startsWith(message), qPrintable(g.error().storeMessage));
        QVERIFY(!g.error().retryable);
        if (!token.isEmpty()) {
            QVERIFY(!g.error().userMessage().contains(token));
            QVERIFY(!g.error().storeMessage.contains(token));
        }
        QCOMPARE(apiRequests(), 1); // not retried
        const SimRequest sent = requestsOn(*m_sim, SimRequest::Listener::Api).first();
        QCOMPARE(sent.hasHeader(d.authHeader), !token.isEmpty());
    }

    // --- ids refused before sending -------------------------------------------------------

    void malformedIdsAreRefusedBeforeSending_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("badId");
        for (const DialectUnderTest &d : builtinDialects()) {
            QTest::addRow("%s documented", qPrintable(d.dialect)) << d.dialect << d.malformedId;
            QTest::addRow("%s traversal", qPrintable(d.dialect)) << d.dialect << "../../orders";
            QTest::addRow("%s empty", qPrintable(d.dialect)) << d.dialect << "";
            QTest::addRow("%s spaces", qPrintable(d.dialect)) << d.dialect << " 123 ";
        }
        QTest::newRow("shoplazza uuid in braces")
            << "shoplazza" << QStringLiteral("{9fb9f3c6-2300-42c1-8593-d9008d7cfc09}");
        QTest::newRow("shopline negative") << "shopline" << QStringLiteral("-1605785026");
    }
    void malformedIdsAreRefusedBeforeSending() {
        const DialectUnderTest d = current();
        QFETCH(QString, badId);
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        ProductImage good = m_sim->images(d.sim, product).first();
        ProductImage bad = good;
        bad.id = badId;
        ImagePatch altPatch;
        altPatch.alt = QStringLiteral("x");
        ImagePatch movePatch;
        movePatch.position = 2;
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();

        QList<StoreError> errors;
        errors << await(c->listImages(badId)).error();
        errors << await(c->getImage(badId, good.id)).error();
        errors << await(c->getImage(product, badId)).error();
        errors << await(c->createImage(badId, n)).error();
        errors << await(c->updateImage(badId, good, altPatch)).error();
        errors << await(c->updateImage(product, bad, altPatch)).error();
        errors << await(c->updateImage(product, bad, movePatch)).error();
        errors << await(c->deleteImage(badId, good.id)).error();
        errors << await(c->deleteImage(product, badId)).error();
        for (const StoreError &e : std::as_const(errors)) {
            QCOMPARE(StoreError::codeName(e.code),
                     StoreError::codeName(StoreError::Code::InvalidInput));
            QVERIFY(!e.storeMessage.isEmpty());
            QVERIFY(!e.retryable);
        }
        // A malformed (not an empty) id is named with the store as people write it: "is not
        // valid for Shoplazza", never the lower-case dialect key.
        if (!badId.trimmed().isEmpty()) {
            const QString says = errors.first().storeMessage;
            QVERIFY2(says.contains(QStringLiteral("not valid for ") + dialectTitle(d.dialect)),
                     qPrintable(says));
        }
        QCOMPARE(apiRequests(), 0);
        QCOMPARE(m_sim->recordedRequests().size(), 0);
    }

    // --- error shapes ---------------------------------------------------------------------

    // Each store's documented error bodies (STORES.md, seeds 001/002/004, Shopify's reference)
    // become one StoreError: the status, the store's own words, field errors where given.
    void errorShapes_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("operation"); // get, create, move, delete
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<StoreError::Code>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("fieldErrors");
        using C = StoreError::Code;
        const QStringList none;
        // SHOPLINE: {"errors": "<string>"}
        QTest::newRow("shopline 422 position")
            << "shopline"
            << "move" << 422 << QByteArray("{\"errors\":\"position must be a positive integer\"}")
            << C::Validation << "position must be a positive integer" << none;
        QTest::newRow("shopline 404")
            << "shopline"
            << "get" << 404 << QByteArray("{\"errors\":\"Image not found\"}") << C::NotFound
            << "Image not found" << none;
        QTest::newRow("shopline 401")
            << "shopline"
            << "delete" << 401 << QByteArray("{\"errors\":\"Invalid access token\"}")
            << C::Unauthorized << "Invalid access token" << none;
        QTest::newRow("shopline 403")
            << "shopline"
            << "create" << 403 << QByteArray("{\"errors\":\"Access denied: write_products\"}")
            << C::Forbidden << "Access denied: write_products" << none;
        QTest::newRow("shopline 500")
            << "shopline"
            << "create" << 500 << QByteArray("{\"errors\":\"System error\"}") << C::Server
            << "System error" << none;
        // Shoplazza: {"errors": [...]} or {"error": "..."}
        QTest::newRow("shoplazza 404 errors list")
            << "shoplazza"
            << "create" << 404 << QByteArray("{\"errors\":[\"Product not found\"]}") << C::NotFound
            << "Product not found" << none;
        QTest::newRow("shoplazza 422 two uuids")
            << "shoplazza"
            << "get" << 422
            << QByteArray("{\"errors\":[\"ProductId must be a valid UUID\",\"ImageId must be a "
                          "valid UUID\"]}")
            << C::Validation << "ProductId must be a valid UUID; ImageId must be a valid UUID"
            << none;
        QTest::newRow("shoplazza 422 record not found")
            << "shoplazza"
            << "move" << 422 << QByteArray("{\"errors\":[\"Record not found\"]}") << C::NotFound
            << "Record not found" << none;
        QTest::newRow("shoplazza 401 error string")
            << "shoplazza"
            << "delete" << 401 << QByteArray("{\"error\":\"store is not active\"}")
            << C::Unauthorized << "store is not active" << none;
        QTest::newRow("shoplazza 400 plain text") << "shoplazza"
                                                  << "create" << 400 << QByteArray("Bad Request")
                                                  << C::Validation << "Bad Request" << none;
        QTest::newRow("shoplazza 400 errors list")
            << "shoplazza"
            << "create" << 400 << QByteArray("{\"errors\":[\"width must be greater than 0\"]}")
            << C::Validation << "width must be greater than 0" << none;
        // Shopify: {"errors": "..."} or {"errors": {field: [...]}}
        QTest::newRow("shopify 404") << "shopify"
                                     << "get" << 404 << QByteArray("{\"errors\":\"Not Found\"}")
                                     << C::NotFound << "Not Found" << none;
        QTest::newRow("shopify 422 field")
            << "shopify"
            << "move" << 422
            << QByteArray("{\"errors\":{\"position\":[\"must be greater than 0\"]}}")
            << C::Validation << ""
            << QStringList{QStringLiteral("position: must be greater than 0")};
        QTest::newRow("shopify 422 base")
            << "shopify"
            << "create" << 422
            << QByteArray("{\"errors\":{\"base\":[\"Product can't have more than 250 images\"]}}")
            << C::Validation << ""
            << QStringList{QStringLiteral("base: Product can't have more than 250 images")};
        QTest::newRow("shopify 400 missing image")
            << "shopify"
            << "create" << 400
            << QByteArray("{\"errors\":{\"image\":\"Required parameter missing or invalid\"}}")
            << C::Validation << ""
            << QStringList{QStringLiteral("image: Required parameter missing or invalid")};
        QTest::newRow("shopify 403")
            << "shopify"
            << "delete" << 403
            << QByteArray("{\"errors\":\"[API] This action requires merchant approval for "
                          "write_products scope.\"}")
            << C::Forbidden
            << "[API] This action requires merchant approval for write_products scope." << none;
    }
    void errorShapes() {
        const DialectUnderTest d = current();
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(StoreError::Code, code);
        QFETCH(QString, message);
        QFETCH(QStringList, fieldErrors);
        const QString product = sofa(d);
        const ProductImage image = m_sim->images(d.sim, product).at(1);
        const QByteArray method = operation == QLatin1String("get")      ? "GET"
                                  : operation == QLatin1String("create") ? "POST"
                                  : operation == QLatin1String("move")   ? "PUT"
                                                                         : "DELETE";
        SimFault f = fault(method, QStringLiteral("."), status, body, -1);
        if (!body.startsWith('{'))
            f.contentType = "text/plain";
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d, testToken(), 0);

        StoreError e;
        if (operation == QLatin1String("get")) {
            e = await(c->getImage(product, image.id)).error();
        } else if (operation == QLatin1String("create")) {
            NewImage n;
            n.src = image.src;
            e = await(c->createImage(product, n)).error();
        } else if (operation == QLatin1String("move")) {
            ImagePatch patch;
            patch.position = 3;
            e = await(c->updateImage(product, image, patch)).error();
        } else {
            e = await(c->deleteImage(product, image.id)).error();
        }
        QCOMPARE(StoreError::codeName(e.code), StoreError::codeName(code));
        QCOMPARE(e.httpStatus, status);
        // Shopify's field errors ({"errors": {"alt": [...]}}) are the store's words as
        // fieldErrors; no summary message comes with them (an empty `message` here).
        if (!message.isEmpty())
            QCOMPARE(e.storeMessage, message);
        QCOMPARE(e.fieldErrors, fieldErrors);
        QCOMPARE(e.retryable, false);
        // The user sees the store's words in one sentence.
        const QString words = message.isEmpty() ? fieldErrors.first() : message;
        QVERIFY2(e.userMessage().contains(words), qPrintable(e.userMessage()));
        QCOMPARE(apiRequests(), 1);
        QCOMPARE(idsOf(m_sim->images(d.sim, product)).size(), 6); // nothing was applied
    }

    // Answers no store documents: garbage, pages, wrong shapes. A clear error, never a crash.
    void hostileAnswers_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<StoreError::Code>("code");
        using C = StoreError::Code;
        for (const DialectUnderTest &d : builtinDialects()) {
            const QByteArray name = d.dialect.toUtf8();
            const char *n = name.constData();
            QTest::addRow("%s html 200", n)
                << d.dialect << 200 << QByteArray("text/html")
                << QByteArray("<html>maintenance</html>") << C::BadResponse;
            QTest::addRow("%s empty 200", n) << d.dialect << 200 << QByteArray("application/json")
                                             << QByteArray() << C::BadResponse;
            QTest::addRow("%s null", n) << d.dialect << 200 << QByteArray("application/json")
                                        << QByteArray("null") << C::BadResponse;
            QTest::addRow("%s array", n) << d.dialect << 200 << QByteArray("application/json")
                                         << QByteArray("[1,2,3]") << C::BadResponse;
            QTest::addRow("%s image is a string", n)
                << d.dialect << 200 << QByteArray("application/json")
                << QByteArray("{\"image\":\"x\",\"images\":\"y\",\"product\":\"z\"}")
                << C::BadResponse;
            QTest::addRow("%s id is an object", n)
                << d.dialect << 200 << QByteArray("application/json")
                << QByteArray("{\"image\":{\"id\":{\"a\":1},\"src\":\"x.jpg\"},\"product\":{"
                              "\"images\":[{\"id\":{\"a\":1}}]},\"images\":[{\"id\":{\"a\":1}}]}")
                << C::BadResponse;
            QTest::addRow("%s wrong field types", n)
                << d.dialect << 200 << QByteArray("application/json")
                << QByteArray("{\"image\":{\"id\":\"1\",\"src\":[],\"alt\":5,\"position\":"
                              "\"first\"},\"product\":{\"images\":[{\"id\":\"1\",\"src\":[]}]},"
                              "\"images\":[{\"id\":\"1\",\"src\":[]}]}")
                << C::BadResponse;
            QTest::addRow("%s deep nesting", n)
                << d.dialect << 200 << QByteArray("application/json")
                << (QByteArray(5000, '[') + QByteArray(5000, ']')) << C::BadResponse;
            QTest::addRow("%s binary", n)
                << d.dialect << 200 << QByteArray("image/png")
                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << C::BadResponse;
            QTest::addRow("%s html 404", n)
                << d.dialect << 404 << QByteArray("text/html")
                << QByteArray("<html><h1>Not Found</h1></html>") << C::NotFound;
            QTest::addRow("%s errors is a number", n)
                << d.dialect << 422 << QByteArray("application/json")
                << QByteArray("{\"errors\":42,\"error\":{\"deep\":{\"er\":[]}}}") << C::Validation;
            QTest::addRow("%s huge message", n)
                << d.dialect << 400 << QByteArray("application/json")
                << (QByteArray("{\"errors\":\"") + QByteArray(100000, 'x') + QByteArray("\"}"))
                << C::Validation;
            QTest::addRow("%s teapot", n) << d.dialect << 418 << QByteArray("text/plain")
                                          << QByteArray("I'm a teapot") << C::BadResponse;
        }
    }
    void hostileAnswers() {
        const DialectUnderTest d = current();
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(StoreError::Code, code);
        SimFault f = fault("GET", QStringLiteral("."), status, body, -1);
        f.contentType = contentType;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d);
        const QString product = sofa(d);
        const ProductImage image = m_sim->images(d.sim, product).first();
        const Result<Gallery> g = await(c->listImages(product));
        const Result<ProductImage> i = await(c->getImage(product, image.id));
        const Result<QList<ProductSummary>> p = await(c->listProducts());
        for (const StoreError &e : {g.error(), i.error(), p.error()}) {
            QCOMPARE(StoreError::codeName(e.code), StoreError::codeName(code));
            QVERIFY(!e.userMessage().isEmpty());
            QVERIFY(e.storeMessage.size() <= 1000);
            if (code == StoreError::Code::BadResponse)
                QVERIFY2(!e.storeMessage.isEmpty(), qPrintable(e.userMessage()));
        }
    }

    // Positions come as numbers or numeric strings (SHOPLINE's and Shoplazza's seeds show both).
    void positionInAnswersAsNumberOrString_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("position");
        for (const DialectUnderTest &d : builtinDialects()) {
            const QByteArray name = d.dialect.toUtf8();
            QTest::addRow("%s number", name.constData()) << d.dialect << QByteArray("2");
            QTest::addRow("%s string", name.constData()) << d.dialect << QByteArray("\"2\"");
        }
    }
    void positionInAnswersAsNumberOrString() {
        const DialectUnderTest d = current();
        QFETCH(QByteArray, position);
        const QString product = sofa(d);
        const ProductImage target = m_sim->images(d.sim, product).at(1);
        const QByteArray body =
            "{\"image\":{\"id\":\"" + target.id.toUtf8() +
            "\",\"src\":\"https://cdn.example/a.jpg\",\"alt\":\"a\",\"position\":" + position +
            "}}";
        m_sim->addFault(fault("GET", QStringLiteral("/images/"), 200, body, 1));
        auto c = dialectClient(*m_sim, d);
        const Result<ProductImage> r = await(c->getImage(product, target.id));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->position, 2);
        QCOMPARE(r->id, target.id);
    }

    // A body cut in half (the simulator's malformed-body fault on a real answer).
    void truncatedAnswer_data() { addDialectRows(); }
    void truncatedAnswer() {
        const DialectUnderTest d = current();
        SimFault f = fault("GET", QStringLiteral("."), 0, {}, -1);
        f.damage = SimFault::Damage::Cut;
        m_sim->addFault(f);
        auto c = dialectClient(*m_sim, d);
        const Result<Gallery> g = await(c->listImages(sofa(d)));
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY(g.error().storeMessage.contains(QLatin1String("JSON")));
        QCOMPARE(apiRequests(), 1); // a 200 is not retried
    }
};

QTEST_GUILESS_MAIN(TstDialectClients)
#include "tst_dialectclients.moc"
