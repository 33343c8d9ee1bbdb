#pragma once

#include "core/productimage.h"
#include "core/storecapabilities.h"
#include "demostore/simidgenerator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

namespace vitrine {

struct SimVariant {
    QString id;
    QString title;
};

struct SimProduct {
    QString id;
    QString title;
    // The product's vendor and type: Shopify's product list and described stores that map
    // productFields.vendor / type serve them; the other dialects do not document them.
    QString vendor;
    QString productType;
    QList<SimVariant> variants;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One image as the catalog keeps it: the shared value type plus what only the simulator needs.
struct SimImage {
    ProductImage image;
    QDateTime createdAt;
    qint64 sequence = 0; // creation order; breaks position ties
    // Fields the store keeps that no client models ("sku", "tags"): a described or generic store
    // writes them into every answer; its PUT replace keeps only those the body sends again, a
    // PATCH merge changes only those it names. Not saved in the demo data file.
    QJsonObject extra;
};

// The products and images of one dialect, knowing nothing of HTTP or JSON shapes. It owns the
// ordering rules, so every dialect gets both semantics for free:
//  - Absolute: a position is stored as given; a product's images sort by (position, creation).
//  - Shift: positions are always 1..n; writing p moves the image to index p-1 and renumbers;
//    creating and deleting renumber too.
// Every change bumps a monotonic clock (at least one second per change) so that "updated
// elsewhere" is visible to clients comparing second-precision timestamps.
class SimCatalog {
public:
    SimCatalog(SimIdGenerator ids, OrderingSemantics ordering);

    void setOrdering(OrderingSemantics ordering); // switching to Shift renumbers every product
    OrderingSemantics ordering() const { return m_ordering; }
    // Called after every change (persistence, signals).
    void setChangeCallback(std::function<void()> callback);

    // --- Products ---
    QList<SimProduct> products() const { return m_products; }
    const SimProduct *product(const QString &id) const;
    SimProduct addProduct(const QString &title, const QStringList &variantTitles = {},
                          const QString &id = {});
    bool setProductTitle(const QString &productId, const QString &title);
    bool setProductVendor(const QString &productId, const QString &vendor,
                          const QString &productType);
    int imageCount(const QString &productId) const;

    // --- Images ---
    QList<SimImage> images(const QString &productId) const; // display order
    QList<SimImage> imagesByCreation(const QString &productId) const;
    QList<SimImage> allImagesByCreation() const;
    std::optional<SimImage> image(const QString &imageId) const;

    // The caller has checked the product exists and the input is valid.
    SimImage addImage(const QString &productId, const NewImage &image);
    // `size`: the new pixel size when the store re-measured the image (a new src).
    std::optional<SimImage> updateImage(const QString &imageId, const ImagePatch &patch,
                                        std::optional<QSize> size = std::nullopt);
    bool moveImageToProduct(const QString &imageId, const QString &productId);
    bool setExtraFields(const QString &imageId, const QJsonObject &extra);
    bool removeImage(const QString &imageId);
    int removeAllImages(const QString &productId);

    // --- Seeding and persistence ---
    void clear(); // no products, no images, counters back to zero
    // Inserts a record as is (no ordering rules, no clock); call normalize() when done.
    void restoreProduct(const SimProduct &product);
    void restoreImage(const SimImage &image);
    void normalize(); // applies the current ordering to every product
    QString nextId(SimIdGenerator::Kind kind) { return m_ids.next(kind); }

    // `encodeSrc`/`decodeSrc` let the owner store URLs independently of the current port.
    QJsonObject toJson(const std::function<QString(const QString &)> &encodeSrc) const;
    bool fromJson(const QJsonObject &json, const std::function<QString(const QString &)> &decodeSrc,
                  QString *error);

private:
    int indexOfImage(const QString &imageId) const;
    // Rows of m_images by product and by image id, rebuilt after any change to which images
    // there are, their order or their product: a 20,000-image catalog (LargeSeed) answers its
    // listings without scanning every image once per product.
    struct Index {
        QHash<QString, QList<qsizetype>> imagesOfProduct; // creation order
        QHash<QString, qsizetype> rowOfImage;
    };
    const Index &index() const;
    QStringList displayOrderIds(const QString &productId) const;
    void applyOrder(const QStringList &ids); // positions 1..n in this order
    void renumberIfShift(const QString &productId);
    QDateTime nextStamp();
    // A change to a product's images is a change to the product: its update stamp moves too, as
    // Shopify's product updated_at does (so a catalog re-scan sees which products changed).
    void touchProduct(const QString &productId, const QDateTime &stamp);
    void changed();

    SimIdGenerator m_ids;
    OrderingSemantics m_ordering;
    QList<SimProduct> m_products;
    QList<SimImage> m_images; // creation order
    mutable Index m_index;
    mutable bool m_indexStale = true;
    qint64 m_nextSequence = 1;
    QDateTime m_lastStamp;
    std::function<void()> m_onChanged;
};

} // namespace vitrine
