#include "nettestsupport.h"

#include "net/dialectdescription.h"
#include "net/storeclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const SimDialect G = SimDialect::Generic;

QJsonObject jsonFile(const QString &path) {
    return QJsonDocument::fromJson(readAll(path)).object();
}

QStringList idsOf(const Gallery &gallery) {
    QStringList out;
    for (const ProductImage &i : gallery)
        out << i.id;
    return out;
}

QByteArray why(const StoreError &e) {
    return e.userMessage().toUtf8();
}

} // namespace

// Custom dialect files shaped like the generic store but with other paths and field names, run
// end to end over HTTP against the simulator serving the very same file
// (StoreSimulator::serveDescribedStore): "a store shaped like the generic one but with other paths
// or field names must work without recompiling". Also the worked example of docs/net.md
// (fixtures/acme.json, which every simulator and the demo store serve) and a file's own baseUrl.
class TstDescribedStore : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;

    QString fixture(const char *name) const {
        return QFINDTESTDATA(QStringLiteral("fixtures/") + QLatin1String(name));
    }
    StoreProfile profile(const QString &file) const {
        StoreProfile p;
        p.name = QStringLiteral("Described");
        p.dialect = QStringLiteral("custom");
        p.customDialectFile = file;
        p.baseUrl = m_sim->baseUrl();
        p.rateLimit = RateLimit{0, 1};
        p.timeoutMs = 10000;
        p.maxRetries = 1;
        return p;
    }
    std::unique_ptr<StoreClient> renamedClient() {
        return makeClient(profile(fixture("generic-renamed.json")), QStringLiteral("s3cret"));
    }
    std::unique_ptr<StoreClient> acmeClient() {
        return makeClient(profile(fixture("acme.json")), QStringLiteral("test-token"));
    }
    QJsonObject lastBody() const {
        return QJsonDocument::fromJson(m_sim->recordedRequests().last().body).object();
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY(m_sim->start());
        QCOMPARE(m_sim->serveDescribedStore(jsonFile(fixture("generic-renamed.json")),
                                            QStringLiteral("s3cret")),
                 QString());
    }
    void cleanup() { delete m_sim; }

    // --- a generic-shaped store under other paths and field names ------------------------

    void renamedListsEveryProductPage() {
        m_sim->clearRecordedRequests();
        const Result<QList<ProductSummary>> products = await(renamedClient()->listProducts());
        QVERIFY2(products.ok(), products.ok() ? "" : why(products.error()).constData());
        QCOMPARE(products->size(), m_sim->products(G).size());
        QCOMPARE(products->first().title, QStringLiteral("Grey sofa"));
        QCOMPARE(products->first().imageCount, 6);
        // Two products a page (the file's pageSize), following the Link header.
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("^/store/v3/catalog$")), 2);
        for (const SimRequest &r : m_sim->recordedRequests())
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer s3cret"));
    }

    void renamedReadsAGalleryAndAnImage() {
        auto c = renamedClient();
        const Result<Gallery> g = await(c->listImages(QStringLiteral("101")));
        QVERIFY2(g.ok(), g.ok() ? "" : why(g.error()).constData());
        QCOMPARE(idsOf(g.value()), idsOf(m_sim->images(G, QStringLiteral("101"))));
        const ProductImage first = g->first();
        QCOMPARE(first.src, m_sim->images(G, QStringLiteral("101")).first().src);
        const Result<ProductImage> one = await(c->getImage(QStringLiteral("101"), first.id));
        QVERIFY(one.ok());
        QCOMPARE(one->alt, first.alt);
        QCOMPARE(m_sim->recordedRequests().last().path,
                 QStringLiteral("/store/v3/media/") + first.id);
        QCOMPARE(await(c->getImage(QStringLiteral("101"), QStringLiteral("999"))).error().code,
                 StoreError::Code::NotFound);
    }

    void renamedCreatesUpdatesAndDeletes() {
        auto c = renamedClient();
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.alt = QStringLiteral("described");
        n.position = 15;
        const Result<ProductImage> created = await(c->createImage(QStringLiteral("102"), n));
        QVERIFY2(created.ok(), created.ok() ? "" : why(created.error()).constData());
        QCOMPARE(lastBody(), (QJsonObject{{QStringLiteral("sku"), 102},
                                          {QStringLiteral("href"), n.src},
                                          {QStringLiteral("description"), n.alt},
                                          {QStringLiteral("sortKey"), 15}}));
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).at(1).id, created->id);

        // Full replace: the record as the store returned it on create goes out, under the file's
        // names, with the alt text changed.
        ImagePatch alt;
        alt.alt = QStringLiteral("changed");
        const Result<ProductImage> updated =
            await(c->updateImage(QStringLiteral("102"), created.value(), alt));
        QVERIFY2(updated.ok(), updated.ok() ? "" : why(updated.error()).constData());
        QCOMPARE(m_sim->recordedRequests().last().method, QByteArray("PUT"));
        QCOMPARE(lastBody(), (QJsonObject{{QStringLiteral("mediaId"), created->id.toInt()},
                                          {QStringLiteral("sku"), 102},
                                          {QStringLiteral("href"), n.src},
                                          {QStringLiteral("description"), *alt.alt},
                                          {QStringLiteral("sortKey"), 15}}));
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).at(1).alt, *alt.alt);

        QVERIFY(await(c->deleteImage(QStringLiteral("102"), created->id)).ok());
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).size(), 4);
        QVERIFY(c->capabilities().canDeleteAll);
        QVERIFY(await(c->deleteAllImages(QStringLiteral("102"))).ok());
        QVERIFY(m_sim->images(G, QStringLiteral("102")).isEmpty());
        QCOMPARE(m_sim->recordedRequests().last().path, QStringLiteral("/store/v3/media/of/102"));
    }

    // docs/dialects.md: a protocol-relative source is accepted on create. This store takes only
    // absolute URLs, so it goes out with the store's scheme.
    void protocolRelativeSourceOnCreate() {
        NewImage n;
        n.src = QStringLiteral("//") + m_sim->cdnBaseUrl().authority() +
                QStringLiteral("/images/") + StoreSimulator::demoImageFiles().first();
        const Result<ProductImage> created =
            await(renamedClient()->createImage(QStringLiteral("103"), n));
        QVERIFY2(created.ok(), created.ok() ? "" : why(created.error()).constData());
        QCOMPARE(lastBody().value(QStringLiteral("href")).toString(),
                 QStringLiteral("http:") + n.src);
    }

    void renamedRefusesAWrongToken() {
        auto c = makeClient(profile(fixture("generic-renamed.json")), QStringLiteral("wrong"));
        QCOMPARE(await(c->listImages(QStringLiteral("101"))).error().code,
                 StoreError::Code::Unauthorized);
    }

    // --- the worked example of docs/net.md ------------------------------------------------

    // The example in the documentation, the fixture and the file the demo store serves are one.
    void acmeIsTheDocumentedExample() {
        const QByteArray fixtureBytes = readAll(fixture("acme.json"));
        QVERIFY(!fixtureBytes.isEmpty());
        QCOMPARE(fixtureBytes, StoreSimulator::acmeDescriptionFile());
        const QString doc =
            QString::fromUtf8(readAll(QStringLiteral(VITRINE_SOURCE_DIR "/docs/net.md")));
        const qsizetype at = doc.indexOf(QStringLiteral("```json\n{\n  \"name\": \"acme\""));
        QVERIFY2(at >= 0, "docs/net.md has no acme example");
        const qsizetype start = doc.indexOf(QLatin1Char('{'), at);
        const qsizetype end = doc.indexOf(QStringLiteral("```"), start);
        QCOMPARE(QJsonDocument::fromJson(doc.mid(start, end - start).toUtf8()).object(),
                 QJsonDocument::fromJson(fixtureBytes).object());
    }

    // The walkthrough of docs/net.md, step by step, as vitrinectl runs it.
    void acmeWalkthrough() {
        auto c = acmeClient();
        QVERIFY(!c->setupError());
        // products: numbered pages of 100 (page=1, 2, … &per_page=100) until a short one.
        for (int i = 0; i < 120; ++i)
            m_sim->addProduct(G, QStringLiteral("Extra %1").arg(i));
        m_sim->clearRecordedRequests();
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(), products.ok() ? "" : why(products.error()).constData());
        QCOMPARE(products->size(), 124);
        QCOMPARE(products->first().title, QStringLiteral("Grey sofa"));
        QCOMPARE(products->first().imageCount, 6);
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("^/acme/v2/items$")), 2);
        QCOMPARE(m_sim->recordedRequests().last().query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("2"));
        QCOMPARE(m_sim->recordedRequests().first().header("X-Acme-Token"),
                 QByteArray("test-token"));

        // list 102
        const Result<Gallery> table = await(c->listImages(QStringLiteral("102")));
        QVERIFY(table.ok());
        QCOMPARE(idsOf(table.value()), idsOf(m_sim->images(G, QStringLiteral("102"))));
        QVERIFY(table->first().updatedAt.isValid());

        // add 102 URL --alt … --position 1
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.alt = QStringLiteral("Oak table, front");
        n.position = 1;
        const Result<ProductImage> added = await(c->createImage(QStringLiteral("102"), n));
        QVERIFY2(added.ok(), added.ok() ? "" : why(added.error()).constData());
        QCOMPARE(lastBody(), (QJsonObject{{QStringLiteral("picture"),
                                           QJsonObject{{QStringLiteral("url"), n.src},
                                                       {QStringLiteral("caption"), n.alt},
                                                       {QStringLiteral("rank"), 1}}}}));
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).first().id, added->id);

        // set-alt 102 ID TEXT: a full replace under acme's names.
        ImagePatch alt;
        alt.alt = QStringLiteral("Oak table seen from the front");
        QVERIFY(await(c->updateImage(QStringLiteral("102"), added.value(), alt)).ok());
        QCOMPARE(lastBody()
                     .value(QStringLiteral("picture"))
                     .toObject()
                     .value(QStringLiteral("caption"))
                     .toString(),
                 *alt.alt);
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).first().alt, *alt.alt);

        // delete 102 ID
        QVERIFY(await(c->deleteImage(QStringLiteral("102"), added->id)).ok());
        QCOMPARE(m_sim->images(G, QStringLiteral("102")).size(), 4);
        QCOMPARE(m_sim->recordedRequests().last().path,
                 QStringLiteral("/acme/v2/items/102/pictures/") + added->id);
    }

    // A described store's product list gives each product's vendor and type where the file
    // maps them (acme: "maker" and "kind"), served by the simulator from the same file; a file
    // that does not map them reads none, as the generic store gives none.
    void vendorAndTypeWhereTheFileMapsThem_data() {
        QTest::addColumn<QString>("file"); // a fixture; empty: the built-in generic dialect
        QTest::addColumn<bool>("mapped");
        QTest::newRow("acme") << QStringLiteral("acme.json") << true;
        QTest::newRow("generic-renamed") << QStringLiteral("generic-renamed.json") << false;
        QTest::newRow("generic") << QString() << false;
    }
    void vendorAndTypeWhereTheFileMapsThem() {
        QFETCH(QString, file);
        QFETCH(bool, mapped);
        const QString added = m_sim->addProduct(G, QStringLiteral("Linen shirt")).id;
        QVERIFY(m_sim->setProductVendor(G, added, QStringLiteral("Fjord & Flax"),
                                        QStringLiteral("Shirt")));
        std::unique_ptr<StoreClient> c;
        if (file.isEmpty()) {
            StoreProfile p = profile(QString());
            p.dialect = QStringLiteral("generic");
            p.customDialectFile.clear();
            c = makeClient(p, QString());
        } else {
            c = file == QLatin1String("acme.json") ? acmeClient() : renamedClient();
        }
        QVERIFY(!c->setupError());
        const Result<QList<ProductSummary>> products = await(c->listProducts());
        QVERIFY2(products.ok(), products.ok() ? "" : why(products.error()).constData());
        QHash<QString, QStringList> read; // id -> {title, vendor, type}
        for (const ProductSummary &p : products.value())
            read.insert(p.id, {p.title, p.vendor, p.productType});
        QHash<QString, QStringList> expected;
        for (const ProductSummary &p : m_sim->products(G))
            expected.insert(
                p.id, {p.title, mapped ? p.vendor : QString(), mapped ? p.productType : QString()});
        QCOMPARE(read, expected);
        QCOMPARE(read.value(QStringLiteral("101")),
                 (QStringList{QStringLiteral("Grey sofa"),
                              mapped ? QStringLiteral("Nordhaus") : QString(),
                              mapped ? QStringLiteral("Sofa") : QString()}));
        QCOMPARE(read.value(added).value(1), mapped ? QStringLiteral("Fjord & Flax") : QString());
    }

    // --- baseUrl in the file ---------------------------------------------------------------

    // A file may say where its store is; a profile (or command line) without an address uses it,
    // one with an address wins.
    void baseUrlFromTheFile() {
        QTemporaryDir dir;
        QJsonObject description = jsonFile(fixture("generic-renamed.json"));
        description.insert(QStringLiteral("baseUrl"), m_sim->baseUrl().toString());
        const QString file = dir.filePath(QStringLiteral("with-address.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(description).toJson());
        out.close();

        StoreProfile p = profile(file);
        p.baseUrl = QUrl();
        QCOMPARE(p.validate(), QStringList());
        QCOMPARE(p.effectiveBaseUrl(), m_sim->baseUrl());
        const Result<Gallery> g =
            await(makeClient(p, QStringLiteral("s3cret"))->listImages(QStringLiteral("101")));
        QVERIFY2(g.ok(), g.ok() ? "" : why(g.error()).constData());
        QCOMPARE(g->size(), 6);

        // The profile's address wins: the file's points nowhere this time.
        description.insert(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(description).toJson());
        out.close();
        StoreProfile withAddress = profile(file);
        QCOMPARE(withAddress.effectiveBaseUrl(), m_sim->baseUrl());
        QVERIFY(await(makeClient(withAddress, QStringLiteral("s3cret"))
                          ->listImages(QStringLiteral("101")))
                    .ok());

        // The https rule holds for the file's address as for a profile's.
        description.insert(QStringLiteral("baseUrl"), QStringLiteral("http://shop.example.com"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(description).toJson());
        out.close();
        const QStringList problems = p.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("https://")),
                 qPrintable(problems.first()));
        const Result<Gallery> refused =
            await(makeClient(p, QStringLiteral("s3cret"))->listImages(QStringLiteral("101")));
        QCOMPARE(refused.error().code, StoreError::Code::InvalidInput);
        QCOMPARE(m_sim->recordedRequests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstDescribedStore)
#include "tst_describedstore.moc"
