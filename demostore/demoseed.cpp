#include "demostore/demoseed.h"

#include "demostore/simcatalog.h"

namespace vitrine {

namespace {

struct SeedImage {
    const char *file;
    const char *alt;
    int position; // as the generic store keeps it; shift dialects renumber 1..n in this order
    int size = 600;
};

struct SeedProduct {
    const char *title;
    QList<const char *> variants;
    QList<SeedImage> images; // in creation order
    // Served where the store gives them (Shopify's vendor and product_type, described stores
    // that map them): alt text templates' {vendor} and {type}. The cushion has no vendor.
    const char *vendor = "";
    const char *productType = "";
};

const char *const overlongAlt =
    "Our best-selling grey sofa photographed in a bright living room with a tall green plant, a "
    "framed window letting in soft daylight, a round rug in warm tones and a wooden floor. The "
    "sofa has a solid hardwood frame, pocket-sprung seat cushions wrapped in high-resilience "
    "foam, feather-filled back cushions, removable and washable covers in a durable woven "
    "fabric, and black powder-coated steel legs. It seats three adults comfortably and fits "
    "through standard doorways. This text is far too long for alt text: it describes everything "
    "instead of what matters, and it exceeds the 512-character limit that several stores enforce, "
    "so the quality checks in Vitrine should flag it for the merchant to shorten.";

QList<SeedProduct> seedProducts() {
    return {
        {"Grey sofa",
         {"Left chaise", "Right chaise"},
         {{"sofa-front.jpg", "Modern grey sofa - front view", 1},
          {"sofa-side.jpg", "", 2},
          {"sofa-detail.jpg", "Sofa detail view", 3},
          {"sofa-room.jpg", overlongAlt, 4},
          {"sofa-back.jpg", "", 5},
          {"sofa-front.jpg", "Grey sofa front view (uploaded twice)", 6}},
         "Nordhaus",
         "Sofa"},
        // Gaps between display orders: a move between neighbours needs only one write.
        {"Oak table",
         {"120 cm", "180 cm"},
         {{"table-top.jpg", "Solid oak dining table seen from above", 10},
          {"table-legs.jpg", "Oak table legs and frame", 20},
          {"table-room.jpg", "", 30},
          {"table-side.jpg", "Oak table side view", 40}},
         "Oakwright",
         "Dining table"},
        // Created in the reverse of display order.
        {"Desk lamp",
         {"Black", "White"},
         {{"lamp-tiny.jpg", "Desk lamp icon", 3, 40},
          {"lamp-off.jpg", "Desk lamp switched off", 2},
          {"lamp-on.jpg", "Desk lamp switched on, warm light", 1}},
         "Lumen & Co",
         "Lamp"},
        {"Linen cushion",
         {},
         {{"cushion-front.jpg", "Natural linen cushion, 45 x 45 cm", 1},
          {"cushion-pattern.jpg", "", 2}},
         "",
         "Cushion"},
    };
}

} // namespace

void DemoSeed::seed(SimCatalog &catalog, const std::function<QString(const QString &)> &imageUrl) {
    catalog.clear();
    // Fixed past timestamps: the seed looks the same on every run, and any change made later is
    // newer than all of it.
    QDateTime stamp(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    qint64 sequence = 1;
    for (const SeedProduct &sp : seedProducts()) {
        SimProduct p;
        p.id = catalog.nextId(SimIdGenerator::Kind::Product);
        p.title = QString::fromUtf8(sp.title);
        p.vendor = QString::fromUtf8(sp.vendor);
        p.productType = QString::fromUtf8(sp.productType);
        for (const char *v : sp.variants)
            p.variants.append(
                {catalog.nextId(SimIdGenerator::Kind::Variant), QString::fromUtf8(v)});
        p.createdAt = p.updatedAt = stamp;
        catalog.restoreProduct(p);
        for (const SeedImage &si : sp.images) {
            const bool first = &si == &sp.images.first();
            stamp = stamp.addSecs(60);
            SimImage i;
            i.image.id = catalog.nextId(SimIdGenerator::Kind::Image);
            i.image.productId = p.id;
            i.image.src = imageUrl(QString::fromUtf8(si.file));
            i.image.alt = QString::fromUtf8(si.alt);
            i.image.position = si.position;
            i.image.width = si.size;
            i.image.height = si.size;
            // The first image created shows the first variant (variant-aware dialects list it).
            if (first && !p.variants.isEmpty())
                i.image.variantIds = {p.variants.first().id};
            i.image.updatedAt = i.createdAt = stamp;
            i.sequence = sequence++;
            catalog.restoreImage(i);
        }
        stamp = stamp.addSecs(3600);
    }
    catalog.normalize();
}

QStringList DemoSeed::imageFiles() {
    return {QStringLiteral("sofa-front.jpg"),     QStringLiteral("sofa-side.jpg"),
            QStringLiteral("sofa-detail.jpg"),    QStringLiteral("sofa-room.jpg"),
            QStringLiteral("sofa-back.jpg"),      QStringLiteral("table-top.jpg"),
            QStringLiteral("table-legs.jpg"),     QStringLiteral("table-room.jpg"),
            QStringLiteral("lamp-on.jpg"),        QStringLiteral("lamp-off.jpg"),
            QStringLiteral("lamp-tiny.jpg"),      QStringLiteral("cushion-front.jpg"),
            QStringLiteral("cushion-pattern.jpg")};
}

QString DemoSeed::brokenImageFile() {
    return QStringLiteral("table-side.jpg");
}

} // namespace vitrine
