#include "dialecttestsupport.h"

#include "net/dialects/dialectforprofile.h"
#include "net/dialects/shoplazzadialect.h"

#include <QJsonArray>

#include <QtTest>
#include <algorithm>

using namespace vitrine;
using namespace vitrine::test;

// What only Shoplazza (seeds 002, 004) does, through StoreClient against the simulator: the
// access-token header, UUID ids, protocol-relative sources made absolute, alt text of an existing
// image through the product update (title read first), position on create, the two error
// shapes, and 422 "Record not found" meaning the image is gone.
class TstShoplazzaClient : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;
    const DialectUnderTest m_d = builtinDialect(QStringLiteral("shoplazza"));
    QString m_product; // the Grey sofa

    std::unique_ptr<StoreClient> client() { return dialectClient(*m_sim, m_d); }
    Gallery gallery() const { return m_sim->images(SimDialect::Shoplazza, m_product); }
    QList<SimRequest> sent() const { return requestsOn(*m_sim, SimRequest::Listener::Api); }
    QString path(const QString &rest) const {
        return StoreSimulator::pathPrefix(SimDialect::Shoplazza) + rest;
    }
    QString productTitle() const {
        for (const ProductSummary &p : m_sim->products(SimDialect::Shoplazza))
            if (p.id == m_product)
                return p.title;
        return {};
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
        m_product = demoProduct(*m_sim, SimDialect::Shoplazza, 6);
        QVERIFY(!m_product.isEmpty());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // The store answers "//host/x.jpg"; Vitrine hands out an absolute URL with the store's scheme.
    void protocolRelativeSourcesBecomeAbsolute() {
        auto c = client();
        const Result<HttpResponse> raw = await(c->pipeline().send(HttpRequestSpec::get(
            QStringLiteral("/products/") + m_product + QStringLiteral("/images"))));
        QVERIFY(raw.ok());
        const QJsonArray images =
            QJsonDocument::fromJson(raw->body).object().value(QLatin1String("images")).toArray();
        QVERIFY(!images.isEmpty());
        for (const QJsonValue i : images)
            QVERIFY(i.toObject()
                        .value(QLatin1String("src"))
                        .toString()
                        .startsWith(QLatin1String("//localhost:")));

        const Result<Gallery> g = await(c->listImages(m_product));
        QVERIFY(g.ok());
        for (const ProductImage &i : g.value())
            QVERIFY2(i.src.startsWith(QStringLiteral("http://localhost:")), qPrintable(i.src));
        const Result<ProductImage> one = await(c->getImage(m_product, g->first().id));
        QVERIFY(one.ok());
        QCOMPARE(one->src, g->first().src);
    }

    // The scheme is the profile's: an https store gives https sources (no server needed: the
    // dialect's parser is pure).
    void protocolRelativeFollowsTheStoresScheme() {
        StoreProfile p = simProfile(*m_sim, m_d.dialect);
        p.baseUrl = QUrl(QStringLiteral("https://demo.myshoplaza.com"));
        const ShoplazzaDialect https(
            describedForProfile(ShoplazzaDialect::standardDescription(), p));
        HttpResponse r;
        r.status = 200;
        r.body = "{\"image\":{\"id\":\"91d032e7-bbc8-47e4-8668-9ba6fe714de6\",\"product_id\":"
                 "\"636a07da-39eb-4829-bde9-b65fae1c28b0\",\"position\":1,\"src\":"
                 "\"//cdn.shoplazza.com/efd33b921cacd5311a32dd03a9bc8740.png\",\"width\":1588,"
                 "\"height\":2246,\"alt\":\"\",\"created_at\":\"2024-04-08T07:13:28Z\","
                 "\"updated_at\":\"2024-04-08T07:13:28Z\"}}"; // seed 002's example answer
        const Result<ProductImage> image =
            https.parseImage(r, QStringLiteral("636a07da-39eb-4829-bde9-b65fae1c28b0"));
        QVERIFY2(image.ok(), why(image).constData());
        QCOMPARE(image->src,
                 QStringLiteral("https://cdn.shoplazza.com/efd33b921cacd5311a32dd03a9bc8740.png"));
        QCOMPARE(image->width, 1588);
        QCOMPARE(image->updatedAt.isValid(), true);
    }

    // A protocol-relative source is accepted on create, and sent with the store's scheme.
    void createWithProtocolRelativeSource() {
        auto c = client();
        NewImage n;
        n.src = QStringLiteral("//") + m_sim->cdnBaseUrl().authority() +
                QStringLiteral("/images/") + StoreSimulator::demoImageFiles().first();
        const Result<ProductImage> r = await(c->createImage(m_product, n));
        QVERIFY2(r.ok(), why(r).constData());
        QVERIFY(r->src.startsWith(QLatin1String("http://localhost:")));
        QCOMPARE(r->width, 600);
    }

    // Position, width and height on create (> 0): the image is inserted there.
    void createAtAPositionWithSize() {
        auto c = client();
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.alt = QStringLiteral("third");
        n.position = 3;
        n.width = 300;
        n.height = 200;
        const Result<ProductImage> r = await(c->createImage(m_product, n));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(gallery().at(2).id, r->id);
        QCOMPARE(r->position, 3);
        QCOMPARE(r->width, 300);
        QCOMPARE(r->height, 200);
        const QJsonObject image = jsonBody(sent().last()).value(QLatin1String("image")).toObject();
        QCOMPARE(image.value(QLatin1String("width")).toInt(), 300);
        QCOMPARE(image.value(QLatin1String("height")).toInt(), 200);
        QCOMPARE(image.value(QLatin1String("position")).toInt(), 3);
    }

    void positionBelowOneIsRefusedBeforeSending() {
        auto c = client();
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.position = 0;
        QCOMPARE(await(c->createImage(m_product, n)).error().code, StoreError::Code::InvalidInput);
        ImagePatch patch;
        patch.position = 0;
        QCOMPARE(await(c->updateImage(m_product, gallery().first(), patch)).error().code,
                 StoreError::Code::InvalidInput);
        QCOMPARE(sent().size(), 0);
    }

    // Alt text of an existing image: GET the product (its title is required), then PUT the
    // product with the title and images:[{id, alt}]. The image endpoint is not used.
    void altGoesThroughTheProductUpdate() {
        auto c = client();
        const QString title = productTitle();
        QVERIFY(!title.isEmpty());
        const ProductImage target = gallery().at(1);
        ImagePatch patch;
        patch.alt = QStringLiteral("Grey sofa — side");
        const Result<ProductImage> r = await(c->updateImage(m_product, target, patch));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->alt, *patch.alt);
        QCOMPARE(r->id, target.id);
        QCOMPARE(r->src, target.src);
        QCOMPARE(gallery().at(1).alt, *patch.alt);
        QCOMPARE(productTitle(), title); // the title sent back is the one read

        QCOMPARE(apiCalls(*m_sim),
                 (QStringList{
                     QStringLiteral("GET ") + path(QStringLiteral("/products/") + m_product),
                     QStringLiteral("PUT ") + path(QStringLiteral("/products/") + m_product),
                 }));
        const QJsonObject product =
            jsonBody(sent().last()).value(QLatin1String("product")).toObject();
        QCOMPARE(product.value(QLatin1String("title")).toString(), title);
        const QJsonArray images = product.value(QLatin1String("images")).toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().toObject().value(QLatin1String("id")).toString(), target.id);
        QCOMPARE(images.first().toObject().value(QLatin1String("alt")).toString(), *patch.alt);
        // Other images' alt text is untouched.
        QCOMPARE(gallery().at(0).alt, m_sim->images(SimDialect::Shoplazza, m_product).at(0).alt);
    }

    // Alt plus a move: the image request carries only position (alt there is not documented).
    void altAndMoveTakeThreeRequests() {
        auto c = client();
        const ProductImage target = gallery().at(4);
        ImagePatch patch;
        patch.alt = QStringLiteral("moved and described");
        patch.position = 1;
        const Result<ProductImage> r = await(c->updateImage(m_product, target, patch));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->position, 1);
        QCOMPARE(r->alt, *patch.alt);
        QCOMPARE(gallery().first().id, target.id);
        QCOMPARE(gallery().first().alt, *patch.alt);
        const QStringList calls = apiCalls(*m_sim);
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(1),
                 QStringLiteral("PUT ") + path(QStringLiteral("/products/") + m_product +
                                               QStringLiteral("/images/") + target.id));
        const QJsonObject image = jsonBody(sent().at(1)).value(QLatin1String("image")).toObject();
        QCOMPARE(image.keys(), QStringList{QStringLiteral("position")});
    }

    // A move alone is one request to the image endpoint.
    void moveAloneIsOneRequest() {
        auto c = client();
        ImagePatch patch;
        patch.position = 6;
        QVERIFY(await(c->updateImage(m_product, gallery().first(), patch)).ok());
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().method, QByteArray("PUT"));
        QVERIFY(sent().first().path.contains(QLatin1String("/images/")));
    }

    // src is a documented field of the image update.
    void replaceSource() {
        auto c = client();
        const ProductImage target = gallery().at(1);
        ImagePatch patch;
        patch.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().last()).toString();
        const Result<ProductImage> r = await(c->updateImage(m_product, target, patch));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->src, *patch.src);
        QCOMPARE(gallery().at(1).src, *patch.src);
    }

    // The product update is documented to answer the product, but not that the answer lists its
    // images. A 2xx that does not show the image (an empty 204, a product without "images") is
    // still success: the image is what was sent, as for any store answering an update with 204.
    void productUpdateAnswerWithoutTheImage_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("204 empty") << 204 << QByteArray();
        QTest::newRow("200 {}") << 200 << QByteArray("{}");
        QTest::newRow("200 product without images")
            << 200 << QByteArray(R"({"product":{"title":"Grey sofa"}})");
    }
    void productUpdateAnswerWithoutTheImage() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_sim->addFault(fault("PUT", QStringLiteral("/products/[^/]+$"), status, body, 1));
        auto c = client();
        const ProductImage target = gallery().at(1);
        ImagePatch patch;
        patch.alt = QStringLiteral("written");
        patch.position = 3;
        const Result<ProductImage> r = await(c->updateImage(m_product, target, patch));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->id, target.id);
        QCOMPARE(r->alt, *patch.alt);
        QCOMPARE(r->position, 3);
        QCOMPARE(r->src, target.src);
    }

    // An answer that is not JSON at all, or lists the product's images without this one, is
    // still a bad answer.
    void productUpdateAnswerContradicts_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>ok</html>");
        QTest::newRow("images without this one")
            << QByteArray(R"({"product":{"title":"Grey sofa","images":[]}})");
        QTest::newRow("images not a list")
            << QByteArray(R"({"product":{"title":"Grey sofa","images":7}})");
    }
    void productUpdateAnswerContradicts() {
        QFETCH(QByteArray, body);
        m_sim->addFault(fault("PUT", QStringLiteral("/products/[^/]+$"), 200, body, 1));
        auto c = client();
        ImagePatch patch;
        patch.alt = QStringLiteral("written");
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().at(1), patch));
        QCOMPARE(r.error().code, StoreError::Code::BadResponse);
    }

    // The image was deleted elsewhere before the alt change: the product read shows it is gone;
    // nothing is written.
    void altForAnImageDeletedElsewhere() {
        auto c = client();
        const ProductImage target = gallery().at(2);
        QVERIFY(m_sim->removeImageElsewhere(SimDialect::Shoplazza, m_product, target.id));
        ImagePatch patch;
        patch.alt = QStringLiteral("too late");
        const Result<ProductImage> r = await(c->updateImage(m_product, target, patch));
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().method, QByteArray("GET"));
    }

    // A product answer without a title cannot be written back: a clear error, nothing written.
    void productWithoutTitle() {
        m_sim->addFault(fault("GET", QStringLiteral("/products/[^/]+$"), 200,
                              R"({"product":{"id":")" + m_product.toUtf8() + R"(","images":[]}})",
                              1));
        auto c = client();
        ImagePatch patch;
        patch.alt = QStringLiteral("x");
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().first(), patch));
        QCOMPARE(r.error().code, StoreError::Code::BadResponse);
        QVERIFY(r.error().storeMessage.contains(QLatin1String("title")));
        QCOMPARE(countRequests(*m_sim, "PUT", QStringLiteral(".")), 0);
    }

    // The product update refused (e.g. the store's own validation): its words come back.
    void productUpdateRefused() {
        m_sim->addFault(fault("PUT", QStringLiteral("/products/[^/]+$"), 400,
                              R"({"errors":["title is required"]})", 1));
        auto c = client();
        ImagePatch patch;
        patch.alt = QStringLiteral("x");
        const Result<ProductImage> r = await(c->updateImage(m_product, gallery().first(), patch));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 400);
        QCOMPARE(r.error().storeMessage, QStringLiteral("title is required"));
    }

    // Seed 004: an unknown image is 422 {"errors":["Record not found"]} — it is NotFound, so the
    // app treats it as "deleted elsewhere", not as a validation problem.
    void recordNotFoundIsNotFound() {
        auto c = client();
        const QString gone = gallery().first().id;
        QVERIFY(await(c->deleteImage(m_product, gone)).ok());
        const Result<void> again = await(c->deleteImage(m_product, gone));
        QCOMPARE(again.error().code, StoreError::Code::NotFound);
        QCOMPARE(again.error().httpStatus, 422);
        QCOMPARE(again.error().storeMessage, QStringLiteral("Record not found"));
    }

    // The store's own UUID check (what Vitrine refuses before sending), seen by going around it.
    void storeRejectsMalformedUuidsWith422() {
        auto c = client();
        const Result<HttpResponse> r = await(c->pipeline().send(
            HttpRequestSpec::get(QStringLiteral("/products/not-a-uuid/images/also-not"))));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 422);
        const StoreError e = c->dialect()->parseError(r.value());
        QCOMPARE(e.code, StoreError::Code::Validation);
        QCOMPARE(e.storeMessage,
                 QStringLiteral("ProductId must be a valid UUID; ImageId must be a valid UUID"));
        // Through the client the same ids never leave.
        m_sim->clearRecordedRequests();
        QCOMPARE(await(c->getImage(QStringLiteral("not-a-uuid"), QStringLiteral("also-not")))
                     .error()
                     .code,
                 StoreError::Code::InvalidInput);
        QCOMPARE(sent().size(), 0);
    }

    void uppercaseUuidsAreWellFormed() {
        auto c = client();
        const Result<Gallery> g = await(c->listImages(m_product.toUpper()));
        // Sent (the id is well-formed); what the store makes of the case is its business.
        QCOMPARE(sent().size(), 1);
        QVERIFY(g.ok() || g.error().code == StoreError::Code::NotFound);
    }

    void accessTokenHeaderWithoutPrefix() {
        auto c = client();
        QVERIFY(await(c->listImages(m_product)).ok());
        QCOMPARE(sent().first().header("access-token"), QByteArray("test-token"));
        QVERIFY(!sent().first().hasHeader("Authorization"));
    }

    // The variant names the image it shows (image_id in the product list; null for a variant
    // without one). The listing carries those links; the images themselves stay without variants,
    // so nothing a publish compares or writes changes.
    void productListLinksVariantsToTheirImages() {
        const ProductSummary added = m_sim->addProduct(
            SimDialect::Shoplazza, QStringLiteral("Wool Scarf"),
            {QStringLiteral("Rust"), QStringLiteral("Moss"), QStringLiteral("Ink")});
        const QStringList variants = m_sim->variantIds(SimDialect::Shoplazza, added.id);
        QCOMPARE(variants.size(), 3);
        NewImage front;
        front.src = m_sim->imageUrl(QStringLiteral("scarf-front.jpg")).toString();
        front.variantIds = {variants.at(0), variants.at(2)};
        NewImage plain;
        plain.src = m_sim->imageUrl(QStringLiteral("scarf-plain.jpg")).toString();
        const auto frontImage = m_sim->addImage(SimDialect::Shoplazza, added.id, front);
        const auto plainImage = m_sim->addImage(SimDialect::Shoplazza, added.id, plain);
        QVERIFY(frontImage && plainImage);

        auto c = client();
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(),
                 qPrintable(products.ok() ? QString() : products.error().storeMessage));
        const auto listed = std::find_if(products->cbegin(), products->cend(),
                                         [&](const ProductSummary &p) { return p.id == added.id; });
        QVERIFY(listed != products->cend());
        const VariantLinks &links = listed->variants;
        QCOMPARE(links.images.size(), 2); // Moss shows no image of its own: null on the store
        QCOMPARE(links.images.value(variants.at(0)), frontImage->id);
        QCOMPARE(links.images.value(variants.at(2)), frontImage->id);
        QCOMPARE(links.names.value(variants.at(1)), QStringLiteral("Moss"));

        const Result<Gallery> gallery = await(c->listImages(added.id));
        QVERIFY(gallery.ok());
        QCOMPARE(gallery->size(), 2);
        for (const ProductImage &image : gallery.value())
            QVERIFY(image.variantIds.isEmpty());
        QStringList expected{variants.at(0), variants.at(2)};
        expected.sort();
        QCOMPARE(links.idsOf(gallery->at(0)), expected);
        QCOMPARE(links.namesOf(gallery->at(0)).size(), 2);
        QVERIFY(links.idsOf(gallery->at(1)).isEmpty());
    }

    // Shoplazza images carry no variant (the variant holds image_id): linking is unsupported.
    void variantsAreUnsupported() {
        auto c = client();
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.variantIds = {QStringLiteral("00000000-0000-4000-8000-00000000000a")};
        QCOMPARE(await(c->createImage(m_product, n)).error().code, StoreError::Code::Unsupported);
        ImagePatch patch;
        patch.variantIds = QStringList();
        QCOMPARE(await(c->updateImage(m_product, gallery().first(), patch)).error().code,
                 StoreError::Code::Unsupported);
        QCOMPARE(sent().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstShoplazzaClient)
#include "tst_shoplazzaclient.moc"
