#pragma once

#include "core/catalogproduct.h"
#include "core/galleryreview.h"
#include "core/picturecheck.h"
#include "core/sessionstate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace vitrine {

// One problem of one image somewhere in the catalog: the gallery review's finding plus the
// product it belongs to and the image's (staged) alt text.
struct CatalogFinding {
    QString productId;
    QString productTitle;
    QString alt;
    ReviewFinding review; // review.key: the staged image's key (its id, or "new:N")
    // duplicate-picture-across-products: the product of the other image of the pair (whose key
    // and place are review.relatedKey and review.relatedPlace); empty otherwise.
    QString relatedProductId;
    QString relatedProductTitle;
    QString relatedSrc; // the other image's address, to show the two side by side

    friend bool operator==(const CatalogFinding &, const CatalogFinding &) = default;
};

// One product's line in the catalog table.
struct ProductAudit {
    QString productId;
    QString title;
    int images = 0;
    int imagesWithAlt = 0;
    int errors = 0;
    int warnings = 0;
    int unjudged = 0;     // pictures not checked yet: broken/tiny cannot be judged
    int pendingEdits = 0; // staged in the journal
    QList<CatalogFinding> findings;

    // Share of images with alt text, 0–100 (100 for a product without images).
    double altCoverage() const;
    friend bool operator==(const ProductAudit &, const ProductAudit &) = default;
};

// One line of the worklist: an image of the catalog (as staged) with its problems.
struct WorklistEntry {
    QString productId;
    QString productTitle;
    int productOrder = 0;          // the product's place in the catalog's listing
    ReviewImage image;             // key, place, id, src, alt, isNew
    QList<ReviewFinding> problems; // the chosen kinds only, gallery-review order
    // The image shows the same picture as an image of another product (a
    // duplicate-picture-across-products finding; this image is the later copy): that image.
    struct RelatedPicture {
        QString productId;
        QString productTitle;
        QString key;
        int place = 0;
        QString src;
        friend bool operator==(const RelatedPicture &, const RelatedPicture &) = default;
    };
    std::optional<RelatedPicture> related;

    friend bool operator==(const WorklistEntry &, const WorklistEntry &) = default;
};

// The catalog's audit: every product, every finding, and the summary at a glance.
struct CatalogAuditResult {
    QList<ProductAudit> products; // listing order

    int imageCount() const;
    int imagesWithAlt() const;
    int unjudged() const;
    // 0–100, one decimal; 100 for a catalog without images.
    double altCoverage() const;
    // Findings of every product, product by product in listing order, each in gallery order.
    QList<CatalogFinding> findings() const;
    // How many findings of each kind.
    QMap<ReviewFinding::Kind, int> problemCounts() const;
};

// The gallery review's rules (GalleryReview) run over the catalog, product by product. Each
// product is judged as it will be published: with the edits staged for it in the journal applied
// (so a fixed alt text leaves the worklist at once), else as the last scan read it. Pictures are
// judged broken or tiny from the picture checks (by address); an unchecked picture is not judged.
// Pure. See docs/catalog.md.
class CatalogAudit {
public:
    // staged: the journal's kept state per product id (products without: as scanned).
    static CatalogAuditResult run(const QList<CatalogProduct> &products,
                                  const QHash<QString, SessionState> &staged,
                                  const QHash<QString, PictureCheck> &checks,
                                  const ReviewOptions &options);
    static ProductAudit runProduct(const CatalogProduct &product, const SessionState *staged,
                                   const QHash<QString, PictureCheck> &checks,
                                   const ReviewOptions &options);
    // The review's view of a product's images (staged where staged), with the checks applied
    // and the names of the variants each shows (alt-misses-variant).
    static QList<ReviewImage> reviewImages(const CatalogProduct &product,
                                           const SessionState *staged,
                                           const QHash<QString, PictureCheck> &checks);

    // The worklist lines of one product: its images with a problem of kinds (empty: any kind),
    // or every image when everyImage. audit is the product's runProduct() result.
    static QList<WorklistEntry> worklist(const CatalogProduct &product, const SessionState *staged,
                                         const ProductAudit &audit, int productOrder,
                                         const QList<ReviewFinding::Kind> &kinds, bool everyImage);

    // duplicate-picture-across-products: pictures of different products that are the same by
    // their pixels (difference hashes at most DifferenceHash::kSamePictureDistance bits apart),
    // each later copy (catalog order) paired once with the first it matches; the finding goes to
    // the later copy's product. run() adds them; reauditing one product keeps its own with
    // keepAcrossProducts() until the next run.
    static void findAcrossProducts(const QList<CatalogProduct> &products,
                                   const QHash<QString, SessionState> &staged,
                                   const QHash<QString, PictureCheck> &checks,
                                   CatalogAuditResult *result);
    static void keepAcrossProducts(const ProductAudit &before, ProductAudit *after);

    // The review options for a store's rules (its alt text limits).
    static ReviewOptions optionsFor(int altLimitOnUpdate, int altLimitOnCreate);

    // Every problem kind, in the order of docs/review.md.
    static QList<ReviewFinding::Kind> allKinds();
    // "missing-alt,tiny-image" into kinds; nullopt with *error naming the unknown name.
    static std::optional<QList<ReviewFinding::Kind>> parseKinds(const QString &names,
                                                                QString *error = nullptr);

    // The findings of chosen kinds (empty: all) and products (empty: all).
    static CatalogAuditResult filtered(const CatalogAuditResult &result,
                                       const QList<ReviewFinding::Kind> &kinds,
                                       const QString &productId = {});

    // CSV: the gallery review's columns after the product's (product id, product title, place,
    // image id, severity, problem, message, image url) plus the alt text; RFC 4180, UTF-8, CRLF,
    // formula starts neutralised as the review export does.
    static QByteArray toCsv(const QList<CatalogFinding> &findings);
    // {"summary": {"products", "images", "altCoverage", "problems": {name: count}},
    //  "findings": [{"productId", "productTitle", "place", "imageId", "severity", "problem",
    //                "message", "src", "alt"}]}; problems lists every kind of `kinds` (all: every
    // kind), zero counts included.
    static QByteArray toJson(const CatalogAuditResult &result,
                             const QList<ReviewFinding::Kind> &kinds = {});
};

} // namespace vitrine
