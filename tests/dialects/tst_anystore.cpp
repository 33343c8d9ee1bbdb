// Issue 13, "any store API, safely": stores described only by a dialect file, served by the
// simulator from the same kind of file, edited and published to over real HTTP. A filter-query
// store with PATCH-merge updates and bulk delete by filter, a {data:[…]} page-number store with
// string ids and a replacing PUT, Link paging that needs a first page, a replacing store whose
// records carry fields Vitrine does not model, a list path that is too broad, every typo class,
// and the sentences a user reads when a path is wrong.
#include "tests/publish/publishtestsupport.h"

#include "net/dialectdescription.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const SimDialect G = SimDialect::Generic;

// How a test reads a store's image records raw, exactly as the store writes them.
struct RawList {
    QString path;      // with {p} for the product id
    QString envelope;  // the list's key (or path, "product.images"), empty for a bare list
    QByteArray header; // the token's header
    QByteArray value;  // its value
};

QHash<QString, QJsonObject> rawRecords(const StoreSimulator &sim, const RawList &how,
                                       const QString &productId, const QString &idKey) {
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QString path = how.path;
    path.replace(QLatin1String("{p}"), productId);
    QNetworkRequest request(sim.baseUrl().resolved(QUrl(path)));
    if (!how.header.isEmpty())
        request.setRawHeader(how.header, how.value);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    // The envelope may be a path into the answer ("product.images").
    QJsonValue list = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const QString &key : how.envelope.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        list = list.toObject().value(key);
    QHash<QString, QJsonObject> out;
    for (const QJsonValue v : list.toArray()) {
        const QJsonValue id = v.toObject().value(idKey);
        out.insert(id.isString() ? id.toString() : QString::number(id.toInteger()), v.toObject());
    }
    return out;
}

QJsonObject extrasFor(const QString &imageId) {
    return QJsonObject{{QStringLiteral("barcode"), QString(QStringLiteral("BC-") + imageId)},
                       {QStringLiteral("tags"), QJsonArray{QStringLiteral("demo"), 1.5}},
                       {QStringLiteral("price"), QStringLiteral("19.90")}};
}

} // namespace

class TstAnyStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fixture(const QString &name) const {
        return QFINDTESTDATA(QStringLiteral("../net/fixtures/") + name);
    }
    // A copy of a fixture with `from` replaced by `to` (one typo), in the test's directory.
    QString variant(const QString &name, const QByteArray &from, const QByteArray &to) const {
        QByteArray text = readAll(fixture(name));
        if (!text.contains(from))
            qFatal("%s does not contain %s", qPrintable(name), from.constData());
        text.replace(from, to);
        QString path = m_dir.filePath(QStringLiteral("variant-") + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }
    static StoreProfile profileFor(const StoreSimulator &sim, const QString &file) {
        StoreProfile p = storeProfile(sim, G);
        p.dialect = QStringLiteral("custom");
        p.customDialectFile = file;
        return p;
    }
    // A rig on product 101 of the generic catalog, read through the described store `file`
    // (served from `served`, which is `file` unless a test gives the client another file).
    bool startRig(PublishRig &rig, const QString &file, const QString &served = {},
                  const SimStoreBehaviour &behaviour = {}) {
        rig.dialect = G;
        rig.sim = std::make_unique<StoreSimulator>();
        if (!rig.sim->start())
            return false;
        const QString storeFile = served.isEmpty() ? file : served;
        const QString why =
            rig.sim->serveDescribedStore(QJsonDocument::fromJson(readAll(storeFile)).object(),
                                         QStringLiteral("test-token"), behaviour);
        if (!why.isEmpty()) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        rig.productId = QStringLiteral("101");
        for (const ProductImage &i : rig.server())
            rig.sim->setExtraFields(G, i.id, extrasFor(i.id));
        rig.session = std::make_unique<EditSession>();
        rig.connect(profileFor(*rig.sim, file), QStringLiteral("test-token"));
        rig.sim->clearRecordedRequests();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The worked examples of docs/net.md are these very files, and they read as they are.
    void theDocumentedExamplesAreTheseFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("filter queries") << QStringLiteral("filter-store.json");
        QTest::newRow("data pages") << QStringLiteral("data-pages.json");
    }
    void theDocumentedExamplesAreTheseFiles() {
        QFETCH(QString, file);
        const QByteArray text = readAll(fixture(file));
        QVERIFY(!text.isEmpty());
        const QByteArray doc = readAll(QStringLiteral(VITRINE_SOURCE_DIR "/docs/net.md"));
        QVERIFY2(doc.contains(QByteArray("```json\n" + text + "```")), qPrintable(file));
        const Result<DialectDescription> d = DialectDescription::fromText(text, file);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().storeMessage));
    }

    // A store that filters by query and updates by PATCH: the filters go out encoded once, an
    // alt edit is a PATCH of that one field, a move a PATCH of the position, and "delete all"
    // one DELETE by filter. Fields Vitrine does not model are never sent nor lost.
    void filterStorePublishes() {
        PublishRig rig;
        QVERIFY(startRig(rig, fixture(QStringLiteral("filter-store.json"))));
        QVERIFY(rig.load());
        QCOMPARE(rig.loaded.size(), rig.server().size());
        const SimRequest list = rig.sim->recordedRequests().last();
        QCOMPARE(list.path, QStringLiteral("/rest/v1/product_images"));
        QCOMPARE(list.query.query(QUrl::FullyEncoded),
                 QStringLiteral("product_id=eq.101&order=sort_order"));
        QCOMPARE(list.header("apikey"), QByteArray("test-token"));

        rig.sim->clearRecordedRequests();
        QVERIFY(rig.session->setAltText({0}, QStringLiteral("Filtered & patched")));
        QVERIFY(rig.session->moveToLast({1}));
        const PublishOutcome outcome = rig.publish();
        VERIFY_STATUS(outcome, PublishOutcome::Status::Published);
        QVERIFY(rig.writeCount() >= 2);
        QCOMPARE(rig.writeCount(), rig.writeCount("PATCH"));
        for (const SimRequest &w : rig.writes()) {
            QCOMPARE(w.path, QStringLiteral("/rest/v1/product_images"));
            QVERIFY(w.query.queryItemValue(QStringLiteral("id")).startsWith(QLatin1String("eq.")));
            const QJsonObject body = QJsonDocument::fromJson(w.body).object();
            QVERIFY2(!body.contains(QLatin1String("barcode")) &&
                         !body.contains(QLatin1String("url")),
                     w.body.constData());
        }
        QCOMPARE(describe(rig.server()), describe(rig.session->model()->rows()));
        for (const ProductImage &i : rig.server())
            QCOMPARE(rig.sim->extraFields(G, i.id), extrasFor(i.id));

        rig.sim->clearRecordedRequests();
        QList<int> all;
        for (int row = 0; row < rig.session->model()->rowCount(); ++row)
            all << row;
        QVERIFY(rig.session->deleteRows(all));
        VERIFY_STATUS(rig.publish(), PublishOutcome::Status::Published);
        QCOMPARE(rig.writeCount(), 1);
        QCOMPARE(rig.writes().first().method, QByteArray("DELETE"));
        QCOMPARE(rig.writes().first().query.query(QUrl::FullyEncoded),
                 QStringLiteral("product_id=eq.101"));
        QVERIFY(rig.server().isEmpty());
        QVERIFY(!rig.sim->images(G, QStringLiteral("102")).isEmpty()); // only this product's
    }

    // {data:[…]} envelopes, ids as JSON strings, numbered pages where a page past the end repeats
    // the last, and a PUT that replaces: the record goes back whole, extra fields and all.
    void dataPagesStorePublishes() {
        PublishRig rig;
        SimStoreBehaviour behaviour;
        behaviour.pastEndRepeatsLast = true;
        QVERIFY(startRig(rig, fixture(QStringLiteral("data-pages.json")), {}, behaviour));
        const Result<QList<ProductSummary>> products = await(rig.client->listProducts());
        QVERIFY2(products.ok(), products.ok() ? "" : qPrintable(products.error().userMessage()));
        QCOMPARE(products->size(), rig.sim->products(G).size());
        // Pages 1 and 2 are full; page 3 repeats page 2, which is the end.
        QCOMPARE(countRequests(*rig.sim, "GET", QStringLiteral("^/v2/products$")), 3);

        QVERIFY(rig.load());
        rig.sim->clearRecordedRequests();
        QVERIFY(rig.session->setAltText({2}, QStringLiteral("Data page alt")));
        VERIFY_STATUS(rig.publish(), PublishOutcome::Status::Published);
        QCOMPARE(rig.writeCount("PUT"), 1);
        const QJsonObject sent = QJsonDocument::fromJson(rig.writes().first().body)
                                     .object()
                                     .value(QLatin1String("data"))
                                     .toObject();
        QVERIFY(sent.value(QLatin1String("id")).isString()); // as the store wrote it
        QCOMPARE(sent.value(QLatin1String("barcode")).toString(),
                 QStringLiteral("BC-") + sent.value(QLatin1String("id")).toString());
        QCOMPARE(describe(rig.server()), describe(rig.session->model()->rows()));
        for (const ProductImage &i : rig.server())
            QCOMPARE(rig.sim->extraFields(G, i.id), extrasFor(i.id));
    }

    // A store that sends a Link header only once the first request names a page: its products
    // are all listed, and a gallery of it is published.
    void linkPagingNeedsAFirstPage() {
        QJsonObject shape =
            QJsonDocument::fromJson(readAll(fixture(QStringLiteral("generic-renamed.json"))))
                .object();
        QJsonObject paging = shape.value(QLatin1String("productPaging")).toObject();
        paging.insert(QStringLiteral("firstPageParam"), QStringLiteral("page"));
        shape.insert(QStringLiteral("productPaging"), paging);
        const QString withFirstPage = m_dir.filePath(QStringLiteral("first-page.json"));
        QFile f(withFirstPage);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(shape).toJson());
        f.close();

        StoreSimulator sim;
        QVERIFY(sim.start());
        SimStoreBehaviour behaviour;
        behaviour.linkNeedsParam = QStringLiteral("page");
        QCOMPARE(sim.serveDescribedStore(shape, QStringLiteral("s3cret"), behaviour), QString());
        auto client = makeClient(profileFor(sim, withFirstPage), QStringLiteral("s3cret"));
        const Result<QList<ProductSummary>> products = await(client->listProducts());
        QVERIFY2(products.ok(), products.ok() ? "" : qPrintable(products.error().userMessage()));
        QCOMPARE(products->size(), sim.products(G).size());
        QCOMPARE(sim.recordedRequests().first().query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("1"));

        // And a gallery of that store is edited and published like any other.
        PublishRig rig;
        QVERIFY(startRig(rig, withFirstPage, {}, behaviour));
        QVERIFY(rig.load());
        QCOMPARE(rig.loaded.size(), rig.server().size());
        QVERIFY(rig.session->setAltText({0}, QStringLiteral("Paged by Link")));
        QVERIFY(rig.session->moveToLast({1}));
        VERIFY_STATUS(rig.publish(), PublishOutcome::Status::Published);
        QVERIFY(rig.writeCount() >= 2);
        QCOMPARE(describe(rig.server()), describe(rig.session->model()->rows()));
        for (const ProductImage &i : rig.server())
            QCOMPARE(rig.sim->extraFields(G, i.id), extrasFor(i.id));
    }

    // A replacing PUT (acme, the generic-shaped renamed store, and the built-in generic store)
    // keeps fields Vitrine does not model: the record goes back as the store returned it.
    void replacingStoresKeepUnmodelledFields_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("acme") << QStringLiteral("acme.json");
        QTest::newRow("generic-renamed") << QStringLiteral("generic-renamed.json");
        QTest::newRow("built-in generic") << QString();
    }
    void replacingStoresKeepUnmodelledFields() {
        QFETCH(QString, file);
        PublishRig rig;
        if (file.isEmpty()) {
            QVERIFY(rig.start(G, std::nullopt, 4));
            for (const ProductImage &i : rig.server())
                rig.sim->setExtraFields(G, i.id, extrasFor(i.id));
            QVERIFY(rig.load());
        } else {
            QVERIFY(startRig(rig, fixture(file)));
            const QString token = file == QLatin1String("generic-renamed.json")
                                      ? QStringLiteral("s3cret")
                                      : QStringLiteral("test-token");
            QCOMPARE(rig.sim->serveDescribedStore(
                         QJsonDocument::fromJson(readAll(fixture(file))).object(), token),
                     QString());
            rig.connect(profileFor(*rig.sim, fixture(file)), token);
            QVERIFY(rig.load());
        }
        rig.sim->clearRecordedRequests();
        QVERIFY(rig.session->setAltText({0, 1}, QStringLiteral("Replaced, not lost")));
        QVERIFY(rig.session->moveToFirst({2}));
        VERIFY_STATUS(rig.publish(), PublishOutcome::Status::Published);
        QVERIFY(rig.writeCount("PUT") >= 2);
        QCOMPARE(describe(rig.server()), describe(rig.session->model()->rows()));
        for (const ProductImage &i : rig.server())
            QCOMPARE(rig.sim->extraFields(G, i.id), extrasFor(i.id));
    }

    // The property of issue 13 over every built-in and example dialect: an edit round trip (alt
    // texts of two images, published) leaves every field of every image record the store had
    // that Vitrine did not edit byte for byte as it was. Only the edited alt key and the store's
    // own change time may differ.
    void editRoundTripChangesOnlyTheEdit_data() {
        QTest::addColumn<QString>("dialect"); // a built-in name or a fixture file
        QTest::addColumn<QString>("listPath");
        QTest::addColumn<QString>("envelope");
        QTest::addColumn<QString>("idKey");
        QTest::addColumn<QString>("altKey");
        QTest::addColumn<QString>("token"); // "header: value"
        QTest::newRow("generic") << QStringLiteral("generic")
                                 << QStringLiteral("/api/v1/product-images/product/{p}")
                                 << QString() << QStringLiteral("id") << QStringLiteral("altText")
                                 << QString();
        QTest::newRow("shopline") << QStringLiteral("shopline")
                                  << QStringLiteral("/admin/openapi/v20250601/products/{p}.json")
                                  << QStringLiteral("product.images") << QStringLiteral("id")
                                  << QStringLiteral("alt")
                                  << QStringLiteral("Authorization: Bearer test-token");
        QTest::newRow("shoplazza")
            << QStringLiteral("shoplazza") << QStringLiteral("/openapi/2022-01/products/{p}/images")
            << QStringLiteral("images") << QStringLiteral("id") << QStringLiteral("alt")
            << QStringLiteral("access-token: test-token");
        QTest::newRow("shopify") << QStringLiteral("shopify")
                                 << QStringLiteral("/admin/api/2024-01/products/{p}/images.json")
                                 << QStringLiteral("images") << QStringLiteral("id")
                                 << QStringLiteral("alt")
                                 << QStringLiteral("X-Shopify-Access-Token: test-token");
        QTest::newRow("shopify-like file")
            << QStringLiteral("shopify-like-dialect.json")
            << QStringLiteral("/admin/api/2024-01/products/{p}/images.json")
            << QStringLiteral("images") << QStringLiteral("id") << QStringLiteral("alt")
            << QStringLiteral("X-Shopify-Access-Token: test-token");
        QTest::newRow("acme") << QStringLiteral("acme.json")
                              << QStringLiteral("/acme/v2/items/{p}/pictures")
                              << QStringLiteral("pictures") << QStringLiteral("pictureId")
                              << QStringLiteral("caption")
                              << QStringLiteral("X-Acme-Token: test-token");
        QTest::newRow("generic-renamed")
            << QStringLiteral("generic-renamed.json") << QStringLiteral("/store/v3/media/of/{p}")
            << QString() << QStringLiteral("mediaId") << QStringLiteral("description")
            << QStringLiteral("Authorization: Bearer test-token");
        QTest::newRow("filter-store")
            << QStringLiteral("filter-store.json")
            << QStringLiteral("/rest/v1/product_images?product_id=eq.{p}") << QString()
            << QStringLiteral("id") << QStringLiteral("alt_text")
            << QStringLiteral("apikey: test-token");
        QTest::newRow("data-pages")
            << QStringLiteral("data-pages.json") << QStringLiteral("/v2/products/{p}/images")
            << QStringLiteral("data") << QStringLiteral("id") << QStringLiteral("alt")
            << QStringLiteral("Authorization: Bearer test-token");
    }
    void editRoundTripChangesOnlyTheEdit() {
        QFETCH(QString, dialect);
        QFETCH(QString, listPath);
        QFETCH(QString, envelope);
        QFETCH(QString, idKey);
        QFETCH(QString, altKey);
        QFETCH(QString, token);
        PublishRig rig;
        const bool file = dialect.endsWith(QLatin1String(".json"));
        if (!file) {
            QVERIFY(rig.start(simDialect(dialect), std::nullopt, 3));
        } else if (dialect.startsWith(QLatin1String("shopify"))) {
            QVERIFY(rig.start(SimDialect::Shopify, std::nullopt, 3));
            rig.connect(profileFor(*rig.sim, fixture(dialect)), QStringLiteral("test-token"));
            QVERIFY(rig.load());
        } else {
            QVERIFY(startRig(rig, fixture(dialect)));
            QVERIFY(rig.load());
        }
        if (rig.dialect == G) {
            for (const ProductImage &i : rig.server())
                rig.sim->setExtraFields(G, i.id, extrasFor(i.id));
        }
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const RawList how{listPath, envelope, token.left(colon).toUtf8(),
                          token.mid(colon + 1).trimmed().toUtf8()};
        const QHash<QString, QJsonObject> before = rawRecords(*rig.sim, how, rig.productId, idKey);
        QVERIFY(before.size() >= 3);
        QVERIFY(rig.load()); // what the store has now, extra fields included

        const QString first = rig.session->model()->rows().at(0).image.id;
        const QString second = rig.session->model()->rows().at(2).image.id;
        QVERIFY(rig.session->setAltText({0}, QStringLiteral("Round trip one")));
        QVERIFY(rig.session->setAltText({2}, QStringLiteral("Round trip two")));
        VERIFY_STATUS(rig.publish(), PublishOutcome::Status::Published);

        const QHash<QString, QJsonObject> after = rawRecords(*rig.sim, how, rig.productId, idKey);
        QCOMPARE(after.keys().size(), before.keys().size());
        const QStringList changeTimes{QStringLiteral("updated_at"), QStringLiteral("update_time"),
                                      QStringLiteral("changedAt"), QStringLiteral("updatedAt")};
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const bool edited = it.key() == first || it.key() == second;
            const QJsonObject now = after.value(it.key());
            QStringList keys = it.value().keys() + now.keys();
            keys.removeDuplicates();
            for (const QString &key : std::as_const(keys)) {
                if ((edited && key == altKey) || changeTimes.contains(key))
                    continue;
                const QByteArray was =
                    QJsonDocument(QJsonArray{it.value().value(key)}).toJson(QJsonDocument::Compact);
                const QByteArray is =
                    QJsonDocument(QJsonArray{now.value(key)}).toJson(QJsonDocument::Compact);
                QVERIFY2(was == is, qPrintable(QStringLiteral("image %1, \"%2\": %3 became %4")
                                                   .arg(it.key(), key, QString::fromUtf8(was),
                                                        QString::fromUtf8(is))));
            }
        }
        QCOMPARE(after.value(first).value(altKey).toString(), QStringLiteral("Round trip one"));
    }

    // The store really replaces: a PUT without the extra fields drops them (what the old
    // client's bodies did), so the test above proves something.
    void theSimulatedReplaceDropsWhatIsNotSent() {
        PublishRig rig;
        QVERIFY(rig.start(G, std::nullopt, 4));
        const ProductImage image = rig.server().first();
        rig.sim->setExtraFields(G, image.id, extrasFor(image.id));
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest put(rig.sim->baseUrl().resolved(
            QUrl(QStringLiteral("/api/v1/product-images/") + image.id)));
        put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QJsonObject body{{QStringLiteral("productId"), rig.productId.toInt()},
                               {QStringLiteral("imageUrl"), image.src},
                               {QStringLiteral("altText"), image.alt}};
        QNetworkReply *reply = nam.put(put, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(rig.sim->extraFields(G, image.id), QJsonObject());
    }

    // A list path whose filter the store does not know answers every image of the store: an
    // error naming the path as too broad, nothing staged, nothing sent.
    void aTooBroadListPathIsRefused() {
        PublishRig rig;
        const QString wrongFilter =
            variant(QStringLiteral("filter-store.json"), "product_id=eq.{productId}&order",
                    "productId={productId}&order");
        QVERIFY(startRig(rig, wrongFilter, fixture(QStringLiteral("filter-store.json"))));
        const Result<Gallery> g = await(rig.client->listImages(rig.productId));
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, StoreError::Code::BadResponse);
        QVERIFY2(g.error().userMessage().contains(QLatin1String("too broad")),
                 qPrintable(g.error().userMessage()));
        QVERIFY(g.error().userMessage().contains(QLatin1String("productId={productId}")));
        QVERIFY(!rig.load());
        QCOMPARE(rig.writeCount(), 0);
    }

    // Every typo class of the issue: refused when the file is read (key, section, placeholder,
    // value of a choice) or before the first write (a mapped field name the store does not use);
    // no request, or no write, reaches the store.
    void typosNeverReachTheStore_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("refusedOnRead");
        QTest::addColumn<QString>("says");
        QTest::newRow("key") << QByteArray("\"src\": \"url\"") << QByteArray("\"scr\": \"url\"")
                             << true << QStringLiteral("did you mean \"src\"?");
        QTest::newRow("section") << QByteArray("\"fields\":") << QByteArray("\"feilds\":") << true
                                 << QStringLiteral("did you mean \"fields\"?");
        QTest::newRow("placeholder") << QByteArray("product_id=eq.{productId}&order")
                                     << QByteArray("product_id=eq.{productID}&order") << true
                                     << QStringLiteral("did you mean {productId}?");
        QTest::newRow("choice") << QByteArray("\"PATCH\"") << QByteArray("\"Patch\"") << true
                                << QStringLiteral("did you mean \"PATCH\"?");
        QTest::newRow("value of alt")
            << QByteArray("\"alt\": \"alt_text\"") << QByteArray("\"alt\": \"Alt_text\"") << false
            << QStringLiteral("did you mean \"alt_text\"?");
        QTest::newRow("value of src")
            << QByteArray("\"src\": \"url\"") << QByteArray("\"src\": \"image_url\"") << false
            << QStringLiteral("\"fields.src\" to \"image_url\"");
        QTest::newRow("value of position") << QByteArray("\"position\": \"sort_order\"")
                                           << QByteArray("\"position\": \"sortorder\"") << false
                                           << QStringLiteral("did you mean \"sort_order\"?");
    }
    void typosNeverReachTheStore() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, refusedOnRead);
        QFETCH(QString, says);
        PublishRig rig;
        const QString file = variant(QStringLiteral("filter-store.json"), from, to);
        QVERIFY(startRig(rig, file, fixture(QStringLiteral("filter-store.json"))));
        if (refusedOnRead) {
            QVERIFY(rig.client->setupError());
            const QString message = rig.client->setupError()->storeMessage;
            QVERIFY2(message.contains(says), qPrintable(message));
            QVERIFY2(message.startsWith(file + QLatin1Char(':')), qPrintable(message));
            QVERIFY(!rig.load());
            QVERIFY(rig.sim->recordedRequests().isEmpty());
            return;
        }
        QVERIFY(rig.load());
        const Gallery before = rig.server();
        QVERIFY(rig.session->setAltText({0}, QStringLiteral("never sent")));
        QVERIFY(rig.session->moveToLast({0}));
        const PublishOutcome outcome = rig.publish();
        QVERIFY(outcome.status != PublishOutcome::Status::Published);
        QVERIFY2(outcome.message.contains(says), qPrintable(outcome.message));
        QVERIFY2(
            outcome.message.contains(QLatin1String("alt_text, barcode, id, price, product_id")),
            qPrintable(outcome.message));
        QCOMPARE(rig.writeCount(), 0);
        QCOMPARE(rig.server(), before);
    }

    // The Stores dialog's Test connection (StoreClient::testConnection) holds the mapping against
    // the first listed product's images, as `vitrinectl dialect check` does.
    void testConnectionChecksTheMapping() {
        PublishRig rig;
        QVERIFY(startRig(rig, fixture(QStringLiteral("filter-store.json"))));
        const auto good = await(rig.client->testConnection());
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().userMessage()));

        const QString typo =
            variant(QStringLiteral("filter-store.json"), "\"src\": \"url\"", "\"src\": \"Url\"");
        rig.connect(profileFor(*rig.sim, typo), QStringLiteral("test-token"));
        const auto bad = await(rig.client->testConnection());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().userMessage().contains(QLatin1String("did you mean \"url\"?")),
                 qPrintable(bad.error().userMessage()));
        for (const SimRequest &r : rig.sim->recordedRequests())
            QCOMPARE(r.method, QByteArray("GET"));
    }

    // A 404 on a described path names the address asked for and says the path may be wrong;
    // "deleted elsewhere" is only for an image that was listed before and is gone now.
    void notFoundSentences() {
        PublishRig rig;
        const QString wrongList = variant(QStringLiteral("data-pages.json"),
                                          "\"/products/{productId}/images\",\n    \"getImage\"",
                                          "\"/product/{productId}/images\",\n    \"getImage\"");
        QVERIFY(startRig(rig, wrongList, fixture(QStringLiteral("data-pages.json"))));
        const Result<Gallery> g = await(rig.client->listImages(rig.productId));
        QVERIFY(!g.ok());
        const QString listSentence = g.error().userMessage();
        QVERIFY2(listSentence.contains(rig.sim->baseUrl().toString() +
                                       QStringLiteral("/v2/product/101/images")),
                 qPrintable(listSentence));
        QVERIFY2(listSentence.contains(QLatin1String("path for this request may be wrong")),
                 qPrintable(listSentence));
        QVERIFY(!listSentence.contains(QLatin1String("deleted elsewhere")));

        // Listed, then deleted in the store's admin: deleted elsewhere.
        rig.connect(profileFor(*rig.sim, fixture(QStringLiteral("data-pages.json"))),
                    QStringLiteral("test-token"));
        const Result<Gallery> listed = await(rig.client->listImages(rig.productId));
        QVERIFY(listed.ok());
        const ProductImage gone = listed->first();
        QVERIFY(rig.sim->removeImageElsewhere(G, rig.productId, gone.id));
        ImagePatch alt;
        alt.alt = QStringLiteral("x");
        const Result<ProductImage> deleted =
            await(rig.client->updateImage(rig.productId, gone, alt));
        QVERIFY(!deleted.ok());
        QVERIFY2(deleted.error().userMessage().contains(QLatin1String("deleted elsewhere")),
                 qPrintable(deleted.error().userMessage()));

        // Listed, still there, but the update path reaches nothing: the path may be wrong.
        const QString wrongUpdate =
            variant(QStringLiteral("data-pages.json"), "\"updateImage\": \"/images/{imageId}\"",
                    "\"updateImage\": \"/image/{imageId}\"");
        rig.connect(profileFor(*rig.sim, wrongUpdate), QStringLiteral("test-token"));
        const Result<Gallery> again = await(rig.client->listImages(rig.productId));
        QVERIFY(again.ok());
        const Result<ProductImage> wrongPath =
            await(rig.client->updateImage(rig.productId, again->first(), alt));
        QVERIFY(!wrongPath.ok());
        const QString updateSentence = wrongPath.error().userMessage();
        QVERIFY2(updateSentence.contains(QLatin1String("/v2/image/")), qPrintable(updateSentence));
        QVERIFY2(updateSentence.contains(QLatin1String("may be wrong")),
                 qPrintable(updateSentence));
        QVERIFY(!updateSentence.contains(QLatin1String("deleted elsewhere")));
    }
};

QTEST_GUILESS_MAIN(TstAnyStore)
#include "tst_anystore.moc"
