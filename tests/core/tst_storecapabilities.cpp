// What a store can do, and how the UI says what it cannot, naming the store as people write it.
#include "core/storecapabilities.h"

#include <QTest>

using namespace vitrine;

using Feature = StoreCapabilities::Feature;

class TstStoreCapabilities : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dialectTitles_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("title");
        QTest::newRow("generic") << "generic"
                                 << "generic REST";
        QTest::newRow("shopline") << "shopline"
                                  << "SHOPLINE";
        QTest::newRow("shoplazza") << "shoplazza"
                                   << "Shoplazza";
        QTest::newRow("shopify") << "shopify"
                                 << "Shopify";
        QTest::newRow("custom keeps its name") << "Acme Shop"
                                               << "Acme Shop";
        QTest::newRow("names are not guessed") << "Shopify"
                                               << "Shopify";
    }
    void dialectTitles() {
        QFETCH(QString, dialect);
        QFETCH(QString, title);
        QCOMPARE(dialectTitle(dialect), title);
    }

    void whyNotNamesTheStore_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("feature");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("variants") << "shoplazza" << int(Feature::Variants)
                                  << "The Shoplazza API does not link images to variants.";
        QTest::newRow("replace") << "shopline" << int(Feature::ReplaceSource)
                                 << "The SHOPLINE API cannot change the URL of an existing image; "
                                    "add the new image and delete the old one instead.";
        QTest::newRow("delete all") << "shopify" << int(Feature::DeleteAll)
                                    << "The Shopify API has no request that deletes all images of "
                                       "a product; each image is deleted on its own.";
        QTest::newRow("list products")
            << "Acme" << int(Feature::ListProducts)
            << "The Acme API cannot list products; enter the product id.";
        QTest::newRow("no name") << "" << int(Feature::PositionOnCreate)
                                 << "This store's API adds new images at the end; they are "
                                    "moved after being added.";
    }
    void whyNotNamesTheStore() {
        QFETCH(QString, dialect);
        QFETCH(int, feature);
        QFETCH(QString, sentence);
        StoreCapabilities caps;
        caps.dialectName = dialect;
        caps.canReplaceSource = false;
        caps.hasVariants = false;
        caps.canDeleteAll = false;
        caps.canListProducts = false;
        caps.positionOnCreate = false;
        QVERIFY(!caps.supports(Feature(feature)));
        QCOMPARE(caps.whyNot(Feature(feature)), sentence);
    }

    void whatItCanDoNeedsNoExcuse() {
        StoreCapabilities caps;
        caps.dialectName = QStringLiteral("generic");
        caps.canDeleteAll = true;
        QVERIFY(caps.supports(Feature::DeleteAll));
        QVERIFY(caps.whyNot(Feature::DeleteAll).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstStoreCapabilities)
#include "tst_storecapabilities.moc"
