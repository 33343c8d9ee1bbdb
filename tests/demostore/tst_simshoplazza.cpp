// The Shoplazza dialect (seeds 002 and 004) over real HTTP: UUID ids and their 422s, "Record not
// found", protocol-relative src, alt through the product update, both error forms and auth.
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QUuid>
#include <QtTest>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;
using namespace Qt::StringLiterals;

namespace {
const SimDialect SZ = SimDialect::Shoplazza;
const Headers auth{{"access-token", "test-token"}};
const QString unknownUuid = u"00000000-0000-4000-8000-000000000000"_s;
} // namespace

class TstSimShoplazza : public QObject {
    Q_OBJECT

    std::unique_ptr<StoreSimulator> m_sim;
    SimHttp m_http;
    QString m_sofa;
    Gallery m_sofaImages;

    QUrl api(const QString &path, const QString &query = {}) const {
        return url(m_sim->apiUrl(SZ), path, query);
    }
    QUrl images(const QString &product) const {
        return api(u"/products/"_s + product + u"/images"_s);
    }
    QUrl image(const QString &product, const QString &id) const {
        return api(u"/products/"_s + product + u"/images/"_s + id);
    }

private Q_SLOTS:
    void init() {
        m_sim = std::make_unique<StoreSimulator>();
        QVERIFY(m_sim->start());
        m_sofa = m_sim->products(SZ).first().id;
        m_sofaImages = m_sim->images(SZ, m_sofa);
    }
    void cleanup() { m_sim.reset(); }

    void idsAreUuids() {
        QVERIFY(!QUuid::fromString(m_sofa).isNull());
        QVERIFY(!QUuid::fromString(m_sofaImages.first().id).isNull());
    }

    void authentication_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorKey");
        QTest::newRow("missing") << QByteArray() << 401 << u"errors"_s;
        QTest::newRow("wrong") << QByteArray("nope") << 401 << u"error"_s;
        QTest::newRow("right") << QByteArray("test-token") << 200 << QString();
    }
    void authentication() {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        QFETCH(QString, errorKey);
        Headers h;
        if (!token.isEmpty())
            h.append({"access-token", token});
        const HttpResult r = m_http.get(api(u"/products"_s), h);
        QCOMPARE(r.status, status);
        if (errorKey == u"error"_s)
            QCOMPARE(r.object(), (QJsonObject{{u"error"_s, u"store is not active"_s}}));
        else if (errorKey == u"errors"_s)
            QVERIFY(r.object().value(u"errors"_s).isArray());
        // Shoplazza ignores the Authorization header.
        QCOMPARE(m_http.get(api(u"/products"_s), {{"Authorization", "Bearer test-token"}}).status,
                 401);
    }

    void products() {
        const HttpResult r = m_http.get(api(u"/products"_s), auth);
        QCOMPARE(r.status, 200);
        const QJsonArray products = r.object().value(u"products"_s).toArray();
        QCOMPARE(products.size(), 4);
        QCOMPARE(m_http.get(api(u"/products"_s, u"limit=1&page=2"_s), auth)
                     .object()
                     .value(u"products"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"title"_s)
                     .toString(),
                 u"Oak table"_s);
        QCOMPARE(m_http.get(api(u"/products"_s, u"limit=0"_s), auth).status, 400);
        const HttpResult one = m_http.get(api(u"/products/"_s + m_sofa), auth);
        QCOMPARE(one.status, 200);
        const QJsonObject product = one.object().value(u"product"_s).toObject();
        QCOMPARE(product.value(u"images"_s).toArray().size(), 6);
        // The variant holds image_id.
        const QJsonObject variant = product.value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"image_id"_s).toString(), m_sofaImages.first().id);
    }

    void listAndGetImagesWithProtocolRelativeSrc() {
        const HttpResult r = m_http.get(images(m_sofa), auth);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.object().value(u"images"_s).toArray();
        QCOMPARE(list.size(), 6);
        const QJsonObject first = list.first().toObject();
        const QString cdn = m_sim->cdnBaseUrl().toString().mid(5); // "//localhost:PORT"
        QCOMPARE(first.value(u"src"_s).toString(), cdn + u"/images/sofa-front.jpg"_s);
        for (const QString &field : {u"id"_s, u"product_id"_s, u"position"_s, u"src"_s, u"width"_s,
                                     u"height"_s, u"alt"_s, u"created_at"_s, u"updated_at"_s})
            QVERIFY2(first.contains(field), qPrintable(field));
        QVERIFY(first.value(u"created_at"_s).toString().endsWith(u'Z'));
        const HttpResult one = m_http.get(image(m_sofa, m_sofaImages.at(2).id), auth);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"image"_s).toObject().value(u"alt"_s).toString(),
                 u"Sofa detail view"_s);
        const HttpResult count =
            m_http.get(api(u"/products/"_s + m_sofa + u"/images/count"_s), auth);
        QCOMPARE(count.object(), (QJsonObject{{u"count"_s, 6}}));
    }

    void idErrors_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("errors");
        const QString pid = u"{sofa}"_s;
        const QString iid = u"{img}"_s;
        QTest::newRow("get image: bad image id")
            << QByteArray("GET") << u"/products/%1/images/12"_s.arg(pid) << 422
            << QStringList{u"ImageId must be a valid UUID"_s};
        QTest::newRow("get image: both ids bad")
            << QByteArray("GET") << u"/products/x/images/y"_s << 422
            << QStringList{u"ProductId must be a valid UUID"_s, u"ImageId must be a valid UUID"_s};
        QTest::newRow("get image: unknown image")
            << QByteArray("GET") << u"/products/%1/images/%2"_s.arg(pid, unknownUuid) << 422
            << QStringList{u"Record not found"_s};
        QTest::newRow("get image: unknown product")
            << QByteArray("GET") << u"/products/%1/images/%2"_s.arg(unknownUuid, iid) << 422
            << QStringList{u"Record not found"_s};
        QTest::newRow("delete: unknown image")
            << QByteArray("DELETE") << u"/products/%1/images/%2"_s.arg(pid, unknownUuid) << 422
            << QStringList{u"Record not found"_s};
        QTest::newRow("list: bad product id")
            << QByteArray("GET") << u"/products/101/images"_s << 422
            << QStringList{u"ProductId must be a valid UUID"_s};
        QTest::newRow("list: unknown product")
            << QByteArray("GET") << u"/products/%1/images"_s.arg(unknownUuid) << 404
            << QStringList{u"Product not found"_s};
        QTest::newRow("product: unknown") << QByteArray("GET") << u"/products/%1"_s.arg(unknownUuid)
                                          << 404 << QStringList{u"Product not found"_s};
        QTest::newRow("count: unknown product")
            << QByteArray("GET") << u"/products/%1/images/count"_s.arg(unknownUuid) << 404
            << QStringList{u"Product not found"_s};
    }
    void idErrors() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QStringList, errors);
        path.replace(u"{sofa}"_s, m_sofa).replace(u"{img}"_s, m_sofaImages.first().id);
        const HttpResult r = m_http.send(method, api(path), {}, auth);
        QCOMPARE(r.status, status);
        QStringList got;
        for (const QJsonValue e : r.object().value(u"errors"_s).toArray())
            got.append(e.toString());
        QCOMPARE(got, errors);
    }

    void createAtAPositionShiftsTheOthers() {
        const QJsonObject body{
            {u"image"_s, QJsonObject{{u"src"_s, u"http://cdn.example.com/1.jpg"_s},
                                     {u"position"_s, u"2"_s},
                                     {u"alt"_s, u"Product image alt text"_s},
                                     {u"width"_s, 300},
                                     {u"height"_s, 300}}}};
        const HttpResult r = m_http.post(images(m_sofa), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QVERIFY(!QUuid::fromString(o.value(u"id"_s).toString()).isNull());
        QCOMPARE(o.value(u"product_id"_s).toString(), m_sofa);
        QCOMPARE(o.value(u"position"_s).toInt(), 2);
        QCOMPARE(o.value(u"src"_s).toString(), u"//cdn.example.com/1.jpg"_s);
        QCOMPARE(o.value(u"width"_s).toInt(), 300);
        const Gallery after = m_sim->images(SZ, m_sofa);
        QCOMPARE(after.size(), 7);
        QCOMPARE(after.at(1).id, o.value(u"id"_s).toString());
        QCOMPARE(after.at(2).id, m_sofaImages.at(1).id);
        QCOMPARE(after.at(2).position, 3);
    }

    void createAcceptsProtocolRelativeAndMeasuresOurPictures() {
        const QString src = m_sim->cdnBaseUrl().toString().mid(5) + u"/images/lamp-tiny.jpg"_s;
        const HttpResult r =
            m_http.post(images(m_sofa), {{u"image"_s, QJsonObject{{u"src"_s, src}}}}, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"position"_s).toInt(), 7); // appended
        QCOMPARE(o.value(u"width"_s).toInt(), 40);
        QCOMPARE(o.value(u"src"_s).toString(), src);
    }

    void createValidation_data() {
        QTest::addColumn<QJsonObject>("image");
        QTest::addColumn<int>("status");
        const QString src = u"https://example.com/a.jpg"_s;
        QTest::newRow("no src") << QJsonObject{{u"alt"_s, u"x"_s}} << 400;
        QTest::newRow("bad src") << QJsonObject{{u"src"_s, u"not a url"_s}} << 400;
        QTest::newRow("position 0") << QJsonObject{{u"src"_s, src}, {u"position"_s, 0}} << 400;
        QTest::newRow("position -1 string")
            << QJsonObject{{u"src"_s, src}, {u"position"_s, u"-1"_s}} << 400;
        QTest::newRow("width 0") << QJsonObject{{u"src"_s, src}, {u"width"_s, 0}} << 400;
        QTest::newRow("height negative") << QJsonObject{{u"src"_s, src}, {u"height"_s, -5}} << 400;
        QTest::newRow("valid") << QJsonObject{{u"src"_s, src}, {u"width"_s, 10}, {u"height"_s, 20}}
                               << 200;
    }
    void createValidation() {
        QFETCH(QJsonObject, image);
        QFETCH(int, status);
        const HttpResult r = m_http.post(images(m_sofa), {{u"image"_s, image}}, auth);
        QCOMPARE(r.status, status);
        if (status == 400)
            QVERIFY(!r.object().value(u"errors"_s).toArray().isEmpty());
        QCOMPARE(m_sim->images(SZ, m_sofa).size(), status == 200 ? 7 : 6);
    }

    void updateSrcAndPositionButNotAlt() {
        const QString id = m_sofaImages.at(0).id;
        const QJsonObject body{
            {u"image"_s, QJsonObject{{u"src"_s, u"https://example.com/new.jpg"_s},
                                     {u"position"_s, 3},
                                     {u"alt"_s, u"ignored here"_s}}}};
        const HttpResult r = m_http.put(image(m_sofa, id), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object().value(u"image"_s).toObject();
        QCOMPARE(o.value(u"src"_s).toString(), u"//example.com/new.jpg"_s);
        QCOMPARE(o.value(u"position"_s).toInt(), 3);
        QCOMPARE(o.value(u"alt"_s).toString(), m_sofaImages.at(0).alt);
        QCOMPARE(o.value(u"width"_s).toInt(), 0); // not one of our pictures: size unknown
        QCOMPARE(m_sim->images(SZ, m_sofa).at(2).id, id);
        QCOMPARE(m_sim->images(SZ, m_sofa).at(0).id, m_sofaImages.at(1).id);
        QCOMPARE(
            m_http.put(image(m_sofa, id), {{u"image"_s, QJsonObject{{u"position"_s, 0}}}}, auth)
                .status,
            400);
    }

    void altThroughTheProductUpdate() {
        const QJsonArray alts{
            QJsonObject{{u"id"_s, m_sofaImages.at(1).id}, {u"alt"_s, u"Side view"_s}},
            QJsonObject{{u"id"_s, m_sofaImages.at(4).id}, {u"alt"_s, u"Back view"_s}}};
        const QJsonObject body{
            {u"product"_s, QJsonObject{{u"title"_s, u"Grey sofa"_s}, {u"images"_s, alts}}}};
        const HttpResult r = m_http.put(api(u"/products/"_s + m_sofa), body, auth);
        QCOMPARE(r.status, 200);
        const QJsonArray returned =
            r.object().value(u"product"_s).toObject().value(u"images"_s).toArray();
        QCOMPARE(returned.at(1).toObject().value(u"alt"_s).toString(), u"Side view"_s);
        const Gallery after = m_sim->images(SZ, m_sofa);
        QCOMPARE(after.at(1).alt, u"Side view"_s);
        QCOMPARE(after.at(4).alt, u"Back view"_s);
        QVERIFY(after.at(1).updatedAt > m_sofaImages.at(1).updatedAt);
        QCOMPARE(after.at(0), m_sofaImages.at(0)); // not listed, not touched
    }

    void productUpdateValidation_data() {
        QTest::addColumn<QJsonObject>("product");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("no title") << QJsonObject{{u"images"_s, QJsonArray()}} << 400
                                  << u"title is required"_s;
        QTest::newRow("image id not a UUID")
            << QJsonObject{{u"title"_s, u"T"_s},
                           {u"images"_s,
                            QJsonArray{QJsonObject{{u"id"_s, u"5"_s}, {u"alt"_s, u"a"_s}}}}}
            << 422 << u"ImageId must be a valid UUID"_s;
        QTest::newRow("image of nobody")
            << QJsonObject{{u"title"_s, u"T"_s},
                           {u"images"_s,
                            QJsonArray{QJsonObject{{u"id"_s, unknownUuid}, {u"alt"_s, u"a"_s}}}}}
            << 422 << u"Record not found"_s;
    }
    void productUpdateValidation() {
        QFETCH(QJsonObject, product);
        QFETCH(int, status);
        QFETCH(QString, error);
        const HttpResult r =
            m_http.put(api(u"/products/"_s + m_sofa), {{u"product"_s, product}}, auth);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(u"errors"_s).toArray().first().toString(), error);
        QCOMPARE(m_sim->products(SZ).first().title, u"Grey sofa"_s);
    }

    void productTitleChanges() {
        const HttpResult r =
            m_http.put(api(u"/products/"_s + m_sofa),
                       {{u"product"_s, QJsonObject{{u"title"_s, u"Grey sofa XL"_s}}}}, auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sim->products(SZ).first().title, u"Grey sofa XL"_s);
    }

    void deleteAnswersEmptyObject() {
        const HttpResult r = m_http.del(image(m_sofa, m_sofaImages.at(0).id), auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject());
        QVERIFY(r.isJson());
        QCOMPARE(m_sim->images(SZ, m_sofa).first().position, 1);
        QCOMPARE(m_http.del(image(m_sofa, m_sofaImages.at(0).id), auth).status, 422);
    }

    void unknownRoute() {
        const HttpResult r = m_http.get(api(u"/orders"_s), auth);
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(u"errors"_s).isArray());
    }

    void rateLimit() {
        m_sim->setRateLimit(SZ, RateLimit{0.01, 1});
        QCOMPARE(m_http.get(api(u"/products"_s), auth).status, 200);
        const HttpResult r = m_http.get(api(u"/products"_s), auth);
        QCOMPARE(r.status, 429);
        QVERIFY(r.object().value(u"errors"_s).isArray());
        QVERIFY(!r.hasHeader("Retry-After"));
        m_sim->setRetryAfter(SZ, "1");
        QCOMPARE(m_http.get(api(u"/products"_s), auth).header("Retry-After"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TstSimShoplazza)
#include "tst_simshoplazza.moc"
