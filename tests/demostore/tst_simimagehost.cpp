// The simulator's image host serves renditions as the stores' CDNs do (width/height, w/h, a
// file-name suffix), never enlarged, and generated pictures of any size.
#include "demostore/simimagehost.h"
#include "demostore/storesimulator.h"
#include "simhttp.h"

#include <QImage>
#include <QTest>

using namespace vitrine;
using namespace vitrine::test;

class TstSimImageHost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.start()); }

    void servesRenditions_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QByteArray>("type");
        const QByteArray jpeg("image/jpeg");
        const QByteArray png("image/png");
        QTest::newRow("original") << "sofa-front.jpg"
                                  << "" << QSize(600, 600) << jpeg;
        QTest::newRow("Shopify width") << "sofa-front.jpg"
                                       << "v=17&width=160" << QSize(160, 160) << jpeg;
        QTest::newRow("Shopify height") << "sofa-front.jpg"
                                        << "height=100" << QSize(100, 100) << jpeg;
        QTest::newRow("SHOPLINE w and h, fitted") << "sofa-front.jpg"
                                                  << "w=300&h=150" << QSize(150, 150) << jpeg;
        QTest::newRow("Shoplazza suffix") << "sofa-front_120x.jpg"
                                          << "" << QSize(120, 120) << jpeg;
        QTest::newRow("suffix with both sides") << "sofa-front_90x45.jpg"
                                                << "" << QSize(45, 45) << jpeg;
        QTest::newRow("never enlarged") << "lamp-tiny.jpg"
                                        << "width=320" << QSize(40, 40) << jpeg;
        QTest::newRow("generated original")
            << SimImageHost::generatedFile(7, QSize(1024, 768)) << "" << QSize(1024, 768) << png;
        QTest::newRow("generated rendition") << SimImageHost::generatedFile(7, QSize(1024, 768))
                                             << "width=256" << QSize(256, 192) << png;
        QTest::newRow("generated jpeg, suffix")
            << QStringLiteral("generated-3-800x1600_200x.jpg") << "" << QSize(200, 400) << jpeg;
    }
    void servesRenditions() {
        QFETCH(QString, file);
        QFETCH(QString, query);
        QFETCH(QSize, size);
        QFETCH(QByteArray, type);
        QUrl u = m_sim.imageUrl(file);
        u.setQuery(query);
        const HttpResult r = m_http.get(u);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), type);
        QImage image;
        QVERIFY(image.loadFromData(r.body));
        QCOMPARE(image.size(), size);
        // The same rendition again is the same bytes (made once, kept).
        QCOMPARE(m_http.get(u).body, r.body);
    }

    void generatedPicturesDifferAndTellTheirSize() {
        const QString a = SimImageHost::generatedFile(1, QSize(300, 200));
        const QString b = SimImageHost::generatedFile(2, QSize(300, 200));
        QCOMPARE(SimImageHost::pixelSize(a), QSize(300, 200));
        QVERIFY(m_http.get(m_sim.imageUrl(a)).body != m_http.get(m_sim.imageUrl(b)).body);
    }

    void unknownFilesAreNotFound_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("unknown") << "nope.jpg";
        QTest::newRow("suffix of an unknown file") << "nope_120x.jpg";
        QTest::newRow("generated, too large") << "generated-1-99999x10.png";
    }
    void unknownFilesAreNotFound() {
        QFETCH(QString, file);
        QCOMPARE(m_http.get(m_sim.imageUrl(file)).status, 404);
    }

private:
    StoreSimulator m_sim;
    SimHttp m_http;
};

QTEST_MAIN(TstSimImageHost)
#include "tst_simimagehost.moc"
