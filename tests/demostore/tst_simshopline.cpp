// The SHOPLINE dialect (seed 001) over real HTTP: envelope, long digit-string ids, alt limits,
// position as number or string, ids-required listing, cursor paging, errors and auth.
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QtTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;
using namespace Qt::StringLiterals;

namespace {
const SimDialect SL = SimDialect::Shopline;
const Headers auth{{"Authorization", "Bearer test-token"}};
} // namespace

class TstSimShopline : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    SimHttp m_http;
    QString m_sofa; // product id
    Gallery m_sofaImages;

    QUrl api(const QString &path, const QString &query = {}) const {
        return url(m_sim->apiUrl(SL), path, query);
    }
    QUrl image(const QString &imageId) const {
        return api(u"/products/"_s + m_sofa + u"/images/"_s + imageId + u".json"_s);
    }
    QStringList galleryIds() const {
        QStringList ids;
        for (const ProductImage &i : m_sim->images(SL, m_sofa))
            ids.append(i.id);
        return ids;
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sofa = m_sim->products(SL).first().id;
        m_sofaImages = m_sim->images(SL, m_sofa);
    }
    void cleanup() { m_sim.reset(); }

    void idsAreLongDigitStrings() {
        QCOMPARE(m_sofa.size(), 26);
        bool fits = true;
        m_sofaImages.first().id.toLongLong(&fits);
        QVERIFY(!fits); // does not fit int64: clients must keep ids as strings
        const QJsonObject product = m_http.get(api(u"/products/"_s + m_sofa + u".json"_s), auth)
                                        .object()
                                        .value(u"product"_s)
                                        .toObject();
        QVERIFY(product.value(u"id"_s).isString());
        const QJsonObject first = product.value(u"images"_s).toArray().first().toObject();
        QVERIFY(first.value(u"id"_s).isString());
        QCOMPARE(first.value(u"id"_s).toString(), m_sofaImages.first().id);
        QVERIFY(first.value(u"product_id"_s).isString());
    }

    void authentication_data() {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << 401;
        QTest::newRow("wrong token") << QByteArray("Bearer other") << 401;
        QTest::newRow("token without scheme") << QByteArray("test-token") << 401;
        QTest::newRow("right") << QByteArray("Bearer test-token") << 200;
    }
    void authentication() {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        Headers h;
        if (!authorization.isEmpty())
            h.append({"Authorization", authorization});
        const HttpResult r = m_http.get(api(u"/products.json"_s), h);
        QCOMPARE(r.status, status);
        if (status == 401)
            QVERIFY(r.object().value(u"errors"_s).isString());
    }

    void tokenIsConfigurable() {
        m_sim->setRequiredToken(SL, u"abc"_s);
        QCOMPARE(m_http.get(api(u"/products.json"_s), auth).status, 401);
        QCOMPARE(m_http.get(api(u"/products.json"_s), {{"Authorization", "Bearer abc"}}).status,
                 200);
        m_sim->setRequiredToken(SL, QString());
        QCOMPARE(m_http.get(api(u"/products.json"_s)).status, 200);
    }

    void productsWithCursorPaging() {
        const HttpResult all = m_http.get(api(u"/products.json"_s), auth);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.object().value(u"products"_s).toArray().size(), 4);
        QVERIFY(all.header("link").isEmpty());

        const HttpResult first = m_http.get(api(u"/products.json"_s, u"limit=3"_s), auth);
        const QJsonArray page1 = first.object().value(u"products"_s).toArray();
        QCOMPARE(page1.size(), 3);
        QCOMPARE(page1.first().toObject().value(u"title"_s).toString(), u"Grey sofa"_s);
        const QByteArray link = first.header("link");
        QVERIFY(link.contains("rel=\"next\""));
        QVERIFY(!link.contains("rel=\"previous\""));
        const QRegularExpression next(u"<([^>]+)>; rel=\"next\""_s);
        const QUrl nextUrl(next.match(QString::fromUtf8(link)).captured(1));
        QVERIFY(nextUrl.query().contains(u"page_info="_s));
        QCOMPARE(nextUrl.host(), u"127.0.0.1"_s);
        const HttpResult second = m_http.get(nextUrl, auth);
        QCOMPARE(second.status, 200);
        const QJsonArray page2 = second.object().value(u"products"_s).toArray();
        QCOMPARE(page2.size(), 1);
        QCOMPARE(page2.first().toObject().value(u"title"_s).toString(), u"Linen cushion"_s);
        QVERIFY(second.header("link").contains("rel=\"previous\""));
        QVERIFY(!second.header("link").contains("rel=\"next\""));
    }

    void pagingErrors_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << u"limit=0"_s;
        QTest::newRow("limit too big") << u"limit=251"_s;
        QTest::newRow("foreign page_info") << u"page_info=abc"_s;
    }
    void pagingErrors() {
        QFETCH(QString, query);
        const HttpResult r = m_http.get(api(u"/products.json"_s, query), auth);
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(u"errors"_s).isString());
    }

    void productCarriesTheWholeGallery() {
        const HttpResult r = m_http.get(api(u"/products/"_s + m_sofa + u".json"_s), auth);
        QCOMPARE(r.status, 200);
        const QJsonObject product = r.object().value(u"product"_s).toObject();
        QCOMPARE(product.value(u"title"_s).toString(), u"Grey sofa"_s);
        const QJsonArray images = product.value(u"images"_s).toArray();
        QCOMPARE(images.size(), 6);
        for (int i = 0; i < images.size(); ++i)
            QCOMPARE(images.at(i).toObject().value(u"position"_s).toInt(), i + 1);
        const QJsonObject first = images.first().toObject();
        for (const QString &field :
             {u"id"_s, u"product_id"_s, u"src"_s, u"alt"_s, u"position"_s, u"width"_s, u"height"_s,
              u"create_time"_s, u"update_time"_s, u"sku_id"_s})
            QVERIFY2(first.contains(field), qPrintable(field));
        QVERIFY(first.value(u"create_time"_s).toString().endsWith(u"+08:00"_s));
        QCOMPARE(first.value(u"sku_id"_s).toString(), m_sim->variantIds(SL, m_sofa).first());
        QCOMPARE(first.value(u"width"_s).toInt(), 600);
        QCOMPARE(product.value(u"variants"_s).toArray().size(), 2);
    }

    void unknownThingsAreNotFound_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("product") << u"/products/123.json"_s;
        QTest::newRow("non-digit product") << u"/products/abc.json"_s;
        QTest::newRow("image") << u"/products/{sofa}/images/999.json"_s;
        QTest::newRow("count of unknown product") << u"/products/123/images/count.json"_s;
        QTest::newRow("no such route") << u"/orders.json"_s;
    }
    void unknownThingsAreNotFound() {
        QFETCH(QString, path);
        const HttpResult r = m_http.get(api(path.replace(u"{sofa}"_s, m_sofa)), auth);
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(u"errors"_s).isString());
    }

    void imageOfAnotherProductIsNotFound() {
        const QString table = m_sim->products(SL).at(1).id;
        const HttpResult r = m_http.get(
            api(u"/products/"_s + table + u"/images/"_s + m_sofaImages.first().id + u".json"_s),
            auth);
        QCOMPARE(r.status, 404);
    }

    void listingRequiresIds() {
        const QUrl list = api(u"/products/"_s + m_sofa + u"/images.json"_s);
        const HttpResult none = m_http.get(list, auth);
        QCOMPARE(none.status, 400);
        QVERIFY(none.object().value(u"errors"_s).isString());
        QStringList many;
        for (int i = 0; i < 101; ++i)
            many.append(QString::number(i + 1));
        const HttpResult tooMany = m_http.get(url(list, {}, u"ids="_s + many.join(u',')), auth);
        QCOMPARE(tooMany.status, 422);
        QVERIFY(tooMany.object().value(u"errors"_s).isString());
        // In display order, whatever order the ids were asked in; unknown ids are left out.
        const QString ids = m_sofaImages.at(3).id + u","_s + m_sofaImages.at(1).id + u",42"_s;
        const HttpResult some = m_http.get(url(list, {}, u"ids="_s + ids), auth);
        QCOMPARE(some.status, 200);
        const QJsonArray images = some.object().value(u"images"_s).toArray();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).toObject().value(u"id"_s).toString(), m_sofaImages.at(1).id);
        QCOMPARE(images.at(1).toObject().value(u"id"_s).toString(), m_sofaImages.at(3).id);
    }

    void count() {
        const HttpResult r =
            m_http.get(api(u"/products/"_s + m_sofa + u"/images/count.json"_s), auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"count"_s, 6}}));
    }

    void getOne() {
        const HttpResult r = m_http.get(image(m_sofaImages.at(2).id), auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"id"_s).toString(), m_sofaImages.at(2).id);
        QCOMPARE(o.value(u"product_id"_s).toString(), m_sofa);
        QCOMPARE(o.value(u"alt"_s).toString(), u"Sofa detail view"_s);
        QCOMPARE(o.value(u"position"_s).toInt(), 3);
        QVERIFY(!o.contains(u"sku_id"_s)); // no variant
    }

    void updatePositionAsStringShiftsTheOthers() {
        const QString moved = m_sofaImages.at(4).id;
        const QByteArray body = "{\"image\":{\"alt\":\"This is a image alt\",\"position\":\"1\"}}";
        const HttpResult r = m_http.send("PUT", image(moved), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"position"_s).toInt(), 1);
        QVERIFY(o.value(u"position"_s).isDouble());
        QCOMPARE(o.value(u"alt"_s).toString(), u"This is a image alt"_s);
        QVERIFY(o.value(u"update_time"_s).toString() != o.value(u"create_time"_s).toString());
        QStringList expected{moved};
        for (const ProductImage &i : m_sofaImages) {
            if (i.id != moved)
                expected.append(i.id);
        }
        QCOMPARE(galleryIds(), expected);
        QList<int> positions;
        for (const ProductImage &i : m_sim->images(SL, m_sofa))
            positions.append(i.position);
        QCOMPARE(positions, (QList<int>{1, 2, 3, 4, 5, 6}));
    }

    void updatePositionAsNumber() {
        const QString moved = m_sofaImages.at(0).id;
        const HttpResult r =
            m_http.put(image(moved), {{u"image"_s, QJsonObject{{u"position"_s, 6}}}}, auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(galleryIds().last(), moved);
        QCOMPARE(m_sim->images(SL, m_sofa).first().alt, m_sofaImages.at(1).alt); // alt untouched
    }

    void updateValidation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray alt512 = "\"" + QByteArray(512, 'a') + "\"";
        const QByteArray alt513 = "\"" + QByteArray(513, 'a') + "\"";
        QTest::newRow("alt of 512 is fine") << ("{\"image\":{\"alt\":" + alt512 + "}}") << 200;
        QTest::newRow("alt of 513") << ("{\"image\":{\"alt\":" + alt513 + "}}") << 422;
        QTest::newRow("alt not a string") << QByteArray("{\"image\":{\"alt\":5}}") << 422;
        QTest::newRow("position zero") << QByteArray("{\"image\":{\"position\":0}}") << 422;
        QTest::newRow("position word") << QByteArray("{\"image\":{\"position\":\"first\"}}") << 422;
        QTest::newRow("unknown sku") << QByteArray("{\"image\":{\"sku_id\":\"123\"}}") << 422;
        QTest::newRow("no envelope") << QByteArray("{\"alt\":\"x\"}") << 400;
        QTest::newRow("not JSON") << QByteArray("alt=x") << 400;
    }
    void updateValidation() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResult r = m_http.send("PUT", image(m_sofaImages.at(1).id), body, auth);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QVERIFY(r.object().value(u"errors"_s).isString());
            QCOMPARE(m_sim->images(SL, m_sofa), m_sofaImages); // nothing changed
        }
    }

    void updateSkuAndIgnoreReadOnlySrc() {
        const QString variant = m_sim->variantIds(SL, m_sofa).last();
        const QJsonObject body{
            {u"image"_s,
             QJsonObject{{u"sku_id"_s, variant}, {u"src"_s, u"https://example.com/other.jpg"_s}}}};
        const HttpResult r = m_http.put(image(m_sofaImages.at(1).id), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"sku_id"_s).toString(), variant);
        QCOMPARE(o.value(u"src"_s).toString(), m_sofaImages.at(1).src);
        // An empty sku_id removes the variant.
        const HttpResult cleared = m_http.put(
            image(m_sofaImages.at(1).id), {{u"image"_s, QJsonObject{{u"sku_id"_s, u""_s}}}}, auth);
        QVERIFY(!cleared.object().value(u"image"_s).toObject().contains(u"sku_id"_s));
    }

    void updateUnknownImage() {
        const HttpResult r = m_http.put(image(u"12345678901234567890"_s),
                                        {{u"image"_s, QJsonObject{{u"alt"_s, u"x"_s}}}}, auth);
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(u"errors"_s).isString());
    }

    void createAppendsWhateverPositionIsSent() {
        const QString src = m_sim->imageUrl(u"lamp-tiny.jpg"_s).toString();
        const QJsonObject body{
            {u"image"_s, QJsonObject{{u"src"_s, src},
                                     {u"alt"_s, u"New"_s},
                                     {u"position"_s, 1},
                                     {u"sku_id"_s, m_sim->variantIds(SL, m_sofa).first()}}}};
        const HttpResult r =
            m_http.post(api(u"/products/"_s + m_sofa + u"/images.json"_s), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"position"_s).toInt(), 7);
        QCOMPARE(o.value(u"src"_s).toString(), src);
        QCOMPARE(o.value(u"width"_s).toInt(), 40); // measured from the picture
        QCOMPARE(o.value(u"id"_s).toString().size(), 24);
        QCOMPARE(galleryIds().last(), o.value(u"id"_s).toString());
    }

    void createValidation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray src = "\"src\":\"https://example.com/a.jpg\"";
        QTest::newRow("alt of 255 is fine")
            << ("{\"image\":{" + src + ",\"alt\":\"" + QByteArray(255, 'b') + "\"}}") << 200;
        QTest::newRow("alt of 256")
            << ("{\"image\":{" + src + ",\"alt\":\"" + QByteArray(256, 'b') + "\"}}") << 422;
        QTest::newRow("no src") << QByteArray("{\"image\":{\"alt\":\"x\"}}") << 422;
        QTest::newRow("bad src") << QByteArray("{\"image\":{\"src\":\"ftp://x/y.jpg\"}}") << 422;
        QTest::newRow("unknown sku") << ("{\"image\":{" + src + ",\"sku_id\":\"9\"}}") << 422;
        QTest::newRow("no envelope") << ("{" + src + "}") << 400;
    }
    void createValidation() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResult r =
            m_http.send("POST", api(u"/products/"_s + m_sofa + u"/images.json"_s), body, auth);
        QCOMPARE(r.status, status);
        QCOMPARE(m_sim->images(SL, m_sofa).size(), status == 200 ? 7 : 6);
        if (status != 200)
            QVERIFY(r.object().value(u"errors"_s).isString());
    }

    void deleteRenumbers() {
        const HttpResult r = m_http.del(image(m_sofaImages.at(0).id), auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject());
        const Gallery after = m_sim->images(SL, m_sofa);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.first().id, m_sofaImages.at(1).id);
        QCOMPARE(after.first().position, 1);
        QCOMPARE(m_http.del(image(m_sofaImages.at(0).id), auth).status, 404);
    }

    void rateLimitAnswersWithoutRetryAfter() {
        m_sim->setRateLimit(SL, RateLimit{0.01, 2});
        QCOMPARE(m_http.get(api(u"/products.json"_s), auth).status, 200);
        QCOMPARE(m_http.get(api(u"/products.json"_s), auth).status, 200);
        const HttpResult r = m_http.get(api(u"/products.json"_s), auth);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.object(), (QJsonObject{{u"errors"_s, u"Too many request"_s}}));
        QVERIFY(!r.hasHeader("Retry-After"));
        m_sim->setRateLimit(SL, RateLimit{});
        QCOMPARE(m_http.get(api(u"/products.json"_s), auth).status, 200);
    }
};

QTEST_GUILESS_MAIN(TstSimShopline)
#include "tst_simshopline.moc"
