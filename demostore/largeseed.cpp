#include "demostore/largeseed.h"

#include "demostore/demoseed.h"
#include "demostore/simcatalog.h"

#include <QUrlQuery>

#include <array>

namespace vitrine {

namespace {

// The strides at which the problems occur, by the image's index in the whole catalog (primes, so
// problems fall on different images and in different products).
constexpr int kMissingAlt = 7;
constexpr int kFileNameAlt = 13;
constexpr int kDuplicateAlt = 17; // the same alt text as the image before it
constexpr int kVerboseAlt = 31;
constexpr int kOverlongAlt = 97;
constexpr int kDuplicatePicture = 23; // the same address as the image before it
constexpr int kBrokenPicture = 53;
constexpr int kTinyPicture = 41;

constexpr std::array kNouns{"chair", "table", "lamp",  "sofa",   "cushion", "rug",
                            "shelf", "vase",  "stool", "mirror", "bench",   "clock"};
constexpr std::array kMaterials{"Oak",     "Walnut", "Linen",  "Velvet", "Brass",
                                "Ceramic", "Wool",   "Rattan", "Marble"};
constexpr std::array kViews{"front view",       "side view", "from above", "detail of the finish",
                            "in a living room", "back view", "close-up",   "with its packaging"};

bool isMissingAlt(int index) {
    return index % kMissingAlt == kMissingAlt - 1;
}

} // namespace

int LargeSeed::missingAltCount(const Options &options) {
    int n = 0;
    for (int i = 0; i < options.products * options.imagesPerProduct; ++i)
        n += isMissingAlt(i) ? 1 : 0;
    return n;
}

void LargeSeed::seed(SimCatalog &catalog, const Options &options,
                     const std::function<QString(const QString &)> &imageUrl) {
    catalog.clear();
    const QStringList files = DemoSeed::imageFiles();
    QStringList pictures; // the full-size pictures
    for (const QString &f : files) {
        if (!f.contains(QLatin1String("tiny")))
            pictures << f;
    }
    const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    qint64 sequence = 1;
    int index = 0;
    for (int p = 0; p < options.products; ++p) {
        SimProduct product;
        product.id = catalog.nextId(SimIdGenerator::Kind::Product);
        const QString noun = QString::fromLatin1(kNouns[p % std::size(kNouns)]);
        const QString material = QString::fromLatin1(kMaterials[(p / 3) % std::size(kMaterials)]);
        product.title = QStringLiteral("%1 %2 no. %3").arg(material, noun).arg(p + 1);
        if (p % 4 == 0)
            product.variants = {
                {catalog.nextId(SimIdGenerator::Kind::Variant), QStringLiteral("Small")},
                {catalog.nextId(SimIdGenerator::Kind::Variant), QStringLiteral("Large")}};
        product.createdAt = start.addSecs(qint64(p) * 60);
        QString previousAlt;
        QString previousSrc;
        for (int i = 0; i < options.imagesPerProduct; ++i, ++index) {
            SimImage image;
            image.image.id = catalog.nextId(SimIdGenerator::Kind::Image);
            image.image.productId = product.id;
            image.image.position = i + 1;
            QString file = pictures.at(index % pictures.size());
            image.image.width = image.image.height = 600;
            if (index % kTinyPicture == kTinyPicture - 1) {
                file = QStringLiteral("lamp-tiny.jpg");
                image.image.width = image.image.height = 40;
            } else if (index % kBrokenPicture == kBrokenPicture - 1) {
                file = DemoSeed::brokenImageFile();
                image.image.width = image.image.height = 0;
            }
            QUrl url(imageUrl(file));
            url.setQuery(QStringLiteral("p=%1&i=%2").arg(p + 1).arg(i + 1));
            image.image.src = url.toString();
            if (i > 0 && index % kDuplicatePicture == kDuplicatePicture - 1)
                image.image.src = previousSrc;

            const QString view = QString::fromLatin1(kViews[i % std::size(kViews)]);
            QString alt = QStringLiteral("%1, %2").arg(product.title, view);
            if (isMissingAlt(index))
                alt.clear();
            else if (index % kFileNameAlt == kFileNameAlt - 1)
                alt = QStringLiteral("IMG_%1.jpg").arg(index % 10000, 4, 10, QLatin1Char('0'));
            else if (i > 0 && index % kDuplicateAlt == kDuplicateAlt - 1 && !previousAlt.isEmpty())
                alt = previousAlt;
            else if (index % kOverlongAlt == kOverlongAlt - 1)
                alt = QStringLiteral("%1 — ").arg(alt).repeated(12).left(600);
            else if (index % kVerboseAlt == kVerboseAlt - 1)
                alt = QStringLiteral("%1, photographed in daylight on a plain background so the "
                                     "grain and the colour of the %2 show as they are")
                          .arg(alt, material.toLower());
            image.image.alt = alt;
            if (!product.variants.isEmpty() && i == 0)
                image.image.variantIds = {product.variants.first().id};
            image.createdAt = image.image.updatedAt = product.createdAt.addSecs(i + 1);
            image.sequence = sequence++;
            previousAlt = alt;
            previousSrc = image.image.src;
            catalog.restoreImage(image);
        }
        product.updatedAt = product.createdAt.addSecs(options.imagesPerProduct + 1);
        catalog.restoreProduct(product);
    }
}

} // namespace vitrine
