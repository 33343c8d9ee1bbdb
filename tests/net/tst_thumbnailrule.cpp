// The rendition address each dialect asks the image host for: as wide as the thumbnail box, in the
// form its CDN documents (or shows), and nothing where the store has no known rule.
#include "net/dialectdescription.h"
#include "net/dialects/shopifydialect.h"
#include "net/dialects/shoplazzadialect.h"
#include "net/dialects/shoplinedialect.h"
#include "net/genericdialect.h"
#include "net/restdialect.h"
#include "net/thumbnailrule.h"

#include <QTest>

#include <memory>

using namespace vitrine;

class TstThumbnailRule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dialectsAskForRenditions_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("expected"); // empty: the original is fetched
        QTest::newRow("Shopify adds width")
            << "shopify"
            << "https://cdn.shopify.com/s/files/1/0/files/sofa.jpg?v=1683744744"
            << "https://cdn.shopify.com/s/files/1/0/files/sofa.jpg?v=1683744744&width=320";
        QTest::newRow("Shopify replaces a width")
            << "shopify"
            << "https://shop.example/cdn/shop/files/a.png?width=1024"
            << "https://shop.example/cdn/shop/files/a.png?width=320";
        QTest::newRow("SHOPLINE sets w, drops h (seed 001)")
            << "shopline"
            << "https://img-va.myshopline.com/image/store/2001026666/1653474941510/"
               "c4845f8f7cd84ff18f082eaf9c05b820.webp?w=1024&h=1024"
            << "https://img-va.myshopline.com/image/store/2001026666/1653474941510/"
               "c4845f8f7cd84ff18f082eaf9c05b820.webp?w=320";
        QTest::newRow("SHOPLINE without size")
            << "shopline"
            << "https://img.myshopline.com/image/official/e46e.png"
            << "https://img.myshopline.com/image/official/e46e.png?w=320";
        QTest::newRow("Shoplazza suffix, protocol-relative (seed 002)")
            << "shoplazza"
            << "//cdn.shoplazza.com/efd33b921cacd5311a32dd03a9bc8740.png"
            << "//cdn.shoplazza.com/efd33b921cacd5311a32dd03a9bc8740_320x.png";
        QTest::newRow("Shoplazza keeps the query") << "shoplazza"
                                                   << "https://cdn.shoplazza.com/a.b.jpg?x=1"
                                                   << "https://cdn.shoplazza.com/a.b_320x.jpg?x=1";
        QTest::newRow("Shoplazza, no file name") << "shoplazza"
                                                 << "https://cdn.shoplazza.com/"
                                                 << "";
        QTest::newRow("generic: no documented rule") << "generic"
                                                     << "https://cdn.example.com/sofa.jpg"
                                                     << "";
        QTest::newRow("custom dialect file: none") << "custom"
                                                   << "https://cdn.example.com/a.jpg"
                                                   << "";
        QTest::newRow("custom dialect file: its \"thumbnails\" rule")
            << "custom with a rule"
            << "https://cdn.example.com/a.jpg?v=2"
            << "https://cdn.example.com/a.jpg?v=2&w=320";
    }
    void dialectsAskForRenditions() {
        QFETCH(QString, dialect);
        QFETCH(QString, src);
        QFETCH(QString, expected);
        std::unique_ptr<StoreDialect> d;
        if (dialect == QLatin1String("shopify"))
            d = std::make_unique<ShopifyDialect>();
        else if (dialect == QLatin1String("shopline"))
            d = std::make_unique<ShoplineDialect>();
        else if (dialect == QLatin1String("shoplazza"))
            d = std::make_unique<ShoplazzaDialect>();
        else if (dialect == QLatin1String("generic"))
            d = std::make_unique<GenericDialect>();
        else {
            // A description as a file gives it: without a rule, or with its own.
            DialectDescription description = ShopifyDialect::standardDescription();
            description.thumbnails = {};
            if (dialect == QLatin1String("custom with a rule"))
                description.thumbnails.query = {{QStringLiteral("w"), QStringLiteral("{width}")}};
            d = std::make_unique<RestDialect>(description);
        }
        QCOMPARE(d->thumbnailUrl(QUrl(src), 320).toString(QUrl::FullyEncoded), expected);
        QVERIFY(d->thumbnailUrl(QUrl(src), 0).isEmpty());
    }

    void ruleForms_data() {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("expected");
        QTest::newRow("suffix at the end without extension") << "https://h/p/file"
                                                             << "https://h/p/file_64x?size=64";
        QTest::newRow("a dot in a folder is not an extension") << "https://h/v1.2/file"
                                                               << "https://h/v1.2/file_64x?size=64";
        QTest::newRow("empty query value removes") << "https://h/a.jpg?drop=1&keep=2"
                                                   << "https://h/a_64x.jpg?keep=2&size=64";
    }
    void ruleForms() {
        QFETCH(QString, src);
        QFETCH(QString, expected);
        const ThumbnailRule rule{{{QStringLiteral("size"), QStringLiteral("{width}")},
                                  {QStringLiteral("drop"), QString()}},
                                 QStringLiteral("_{width}x")};
        QCOMPARE(rule.apply(QUrl(src), 64).toString(QUrl::FullyEncoded), expected);
        QVERIFY(ThumbnailRule{}.apply(QUrl(src), 64).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TstThumbnailRule)
#include "tst_thumbnailrule.moc"
