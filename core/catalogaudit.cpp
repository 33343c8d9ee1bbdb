#include "core/catalogaudit.h"

#include "core/csv.h"
#include "core/differencehash.h"
#include "core/pictureduplicates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vitrine {

namespace {

// This file's texts, translated in the "CatalogAudit" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogAudit)
};

double percent(int part, int whole) {
    if (whole <= 0)
        return 100.0;
    return std::round(1000.0 * part / whole) / 10.0;
}

bool hasAlt(const QString &alt) {
    return !alt.trimmed().isEmpty();
}

} // namespace

double ProductAudit::altCoverage() const {
    return percent(imagesWithAlt, images);
}

int CatalogAuditResult::imageCount() const {
    int n = 0;
    for (const ProductAudit &p : products)
        n += p.images;
    return n;
}

int CatalogAuditResult::imagesWithAlt() const {
    int n = 0;
    for (const ProductAudit &p : products)
        n += p.imagesWithAlt;
    return n;
}

int CatalogAuditResult::unjudged() const {
    int n = 0;
    for (const ProductAudit &p : products)
        n += p.unjudged;
    return n;
}

double CatalogAuditResult::altCoverage() const {
    return percent(imagesWithAlt(), imageCount());
}

QList<CatalogFinding> CatalogAuditResult::findings() const {
    QList<CatalogFinding> out;
    for (const ProductAudit &p : products)
        out += p.findings;
    return out;
}

QMap<ReviewFinding::Kind, int> CatalogAuditResult::problemCounts() const {
    QMap<ReviewFinding::Kind, int> counts;
    for (const ProductAudit &p : products) {
        for (const CatalogFinding &f : p.findings)
            ++counts[f.review.kind];
    }
    return counts;
}

QList<ReviewImage> CatalogAudit::reviewImages(const CatalogProduct &product,
                                              const SessionState *staged,
                                              const QHash<QString, PictureCheck> &checks) {
    QList<StagedImage> rows;
    if (staged) {
        rows = staged->staged.rows;
    } else {
        rows.reserve(product.images.size());
        for (const ProductImage &image : product.images)
            rows << StagedImage{image.id, false, image, {}};
    }
    const VariantLinks variants = product.variantLinks();
    QList<ReviewImage> images;
    images.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const StagedImage &row = rows.at(i);
        ReviewImage image;
        image.key = row.key;
        image.place = i + 1;
        image.imageId = row.isNew ? QString() : row.image.id;
        image.src = row.image.src;
        image.alt = row.image.alt;
        image.isNew = row.isNew;
        image.variantNames = variants.namesOf(row.image);
        if (row.image.width > 0 && row.image.height > 0)
            image.size = QSize(row.image.width, row.image.height);
        const auto check = checks.constFind(row.image.src);
        if (check != checks.cend()) {
            if (check->state == PictureCheck::State::Broken) {
                image.load = ReviewImage::Load::Broken;
                image.loadError = check->error;
            } else {
                image.load = ReviewImage::Load::Loaded;
                if (check->size.isValid())
                    image.size = check->size;
                image.pictureHash = check->hash;
            }
        }
        images << image;
    }
    return images;
}

ProductAudit CatalogAudit::runProduct(const CatalogProduct &product, const SessionState *staged,
                                      const QHash<QString, PictureCheck> &checks,
                                      const ReviewOptions &options) {
    ProductAudit audit;
    audit.productId = product.id;
    audit.title = product.title;
    audit.pendingEdits = staged ? staged->pendingCount() : 0;
    const QList<ReviewImage> images = reviewImages(product, staged, checks);
    QHash<QString, QString> altOfKey;
    for (const ReviewImage &image : images) {
        altOfKey.insert(image.key, image.alt);
        ++audit.images;
        if (hasAlt(image.alt))
            ++audit.imagesWithAlt;
    }
    audit.unjudged = GalleryReview::unjudged(images);
    ReviewOptions productOptions = options;
    productOptions.productTitle = product.title; // alt-is-title
    for (const ReviewFinding &f : GalleryReview::run(images, productOptions)) {
        if (f.severity == ReviewFinding::Severity::Error)
            ++audit.errors;
        else
            ++audit.warnings;
        audit.findings << CatalogFinding{product.id, product.title, altOfKey.value(f.key), f, {},
                                         {}};
    }
    return audit;
}

CatalogAuditResult CatalogAudit::run(const QList<CatalogProduct> &products,
                                     const QHash<QString, SessionState> &staged,
                                     const QHash<QString, PictureCheck> &checks,
                                     const ReviewOptions &options) {
    CatalogAuditResult result;
    result.products.reserve(products.size());
    for (const CatalogProduct &product : products) {
        const auto state = staged.constFind(product.id);
        result.products << runProduct(product, state == staged.cend() ? nullptr : &state.value(),
                                      checks, options);
    }
    findAcrossProducts(products, staged, checks, &result);
    return result;
}

void CatalogAudit::findAcrossProducts(const QList<CatalogProduct> &products,
                                      const QHash<QString, SessionState> &staged,
                                      const QHash<QString, PictureCheck> &checks,
                                      CatalogAuditResult *result) {
    struct Where {
        int product = 0; // index in products
        ReviewImage image;
    };
    QList<PictureFingerprint> prints;
    QList<Where> whereOf;
    for (int p = 0; p < products.size(); ++p) {
        const auto state = staged.constFind(products.at(p).id);
        for (const ReviewImage &image : reviewImages(
                 products.at(p), state == staged.cend() ? nullptr : &state.value(), checks)) {
            if (!image.pictureHash)
                continue;
            prints << PictureFingerprint{products.at(p).id, image.key, image.place, image.src,
                                         *image.pictureHash};
            whereOf << Where{p, image};
        }
    }
    for (const PicturePair &pair :
         PictureDuplicates::find(prints, DifferenceHash::kSamePictureDistance)) {
        const Where &earlier = whereOf.at(pair.first);
        const Where &later = whereOf.at(pair.second);
        if (earlier.product == later.product)
            continue; // the gallery review's duplicate-picture says it
        const CatalogProduct &other = products.at(earlier.product);
        ReviewFinding f;
        f.kind = ReviewFinding::Kind::DuplicatePictureAcrossProducts;
        f.severity = ReviewFinding::Severity::Warning;
        f.key = later.image.key;
        f.place = later.image.place;
        f.imageId = later.image.imageId;
        f.src = later.image.src;
        f.relatedKey = earlier.image.key;
        f.relatedPlace = earlier.image.place;
        f.message = Text::tr("Image %1 shows the same picture as image %2 of \"%3\" (product %4), "
                             "under another address: shoppers see one picture for two products. "
                             "Replace or delete it here unless the picture belongs to both.")
                        .arg(later.image.place)
                        .arg(earlier.image.place)
                        .arg(other.title.isEmpty() ? other.id : other.title, other.id);
        ProductAudit &audit = result->products[later.product];
        ++audit.warnings;
        audit.findings << CatalogFinding{audit.productId, audit.title, later.image.alt,  f,
                                         other.id,        other.title, earlier.image.src};
    }
}

void CatalogAudit::keepAcrossProducts(const ProductAudit &before, ProductAudit *after) {
    for (const CatalogFinding &f : before.findings) {
        if (f.review.kind != ReviewFinding::Kind::DuplicatePictureAcrossProducts)
            continue;
        ++after->warnings;
        after->findings << f;
    }
}

QList<WorklistEntry> CatalogAudit::worklist(const CatalogProduct &product,
                                            const SessionState *staged, const ProductAudit &audit,
                                            int productOrder,
                                            const QList<ReviewFinding::Kind> &kinds,
                                            bool everyImage) {
    QHash<QString, QList<ReviewFinding>> problemsOf;
    QHash<QString, WorklistEntry::RelatedPicture> relatedOf;
    for (const CatalogFinding &f : audit.findings) {
        if (kinds.isEmpty() || kinds.contains(f.review.kind))
            problemsOf[f.review.key] << f.review;
        if (f.review.kind == ReviewFinding::Kind::DuplicatePictureAcrossProducts)
            relatedOf.insert(f.review.key,
                             {f.relatedProductId, f.relatedProductTitle, f.review.relatedKey,
                              f.review.relatedPlace, f.relatedSrc});
    }
    QList<WorklistEntry> out;
    if (problemsOf.isEmpty() && !everyImage)
        return out;
    for (const ReviewImage &image : reviewImages(product, staged, {})) {
        const auto it = problemsOf.constFind(image.key);
        if (it == problemsOf.cend() && !everyImage)
            continue;
        WorklistEntry entry{product.id,
                            product.title,
                            productOrder,
                            image,
                            it == problemsOf.cend() ? QList<ReviewFinding>() : *it,
                            std::nullopt};
        if (const auto related = relatedOf.constFind(image.key); related != relatedOf.cend())
            entry.related = *related;
        out << entry;
    }
    return out;
}

ReviewOptions CatalogAudit::optionsFor(int altLimitOnUpdate, int altLimitOnCreate) {
    ReviewOptions options;
    options.altLimitOnUpdate = altLimitOnUpdate;
    options.altLimitOnCreate = altLimitOnCreate;
    return options;
}

QList<ReviewFinding::Kind> CatalogAudit::allKinds() {
    using K = ReviewFinding::Kind;
    // Every kind the gallery review judges (the alt text quality rules too: the catalog runs
    // them on every product), in docs/review.md's order, and the catalog's own.
    return {K::MissingAlt,           K::AltTooLong,       K::AltVerbose,
            K::AltLooksLikeFileName, K::DuplicateAlt,     K::DuplicateImage,
            K::BrokenImage,          K::TinyImage,        K::AltIsTitle,
            K::AltRedundantOpening,  K::AltSameOnMost,    K::AltMissesVariant,
            K::AltSpelling,          K::DuplicatePicture, K::DuplicatePictureAcrossProducts};
}

std::optional<QList<ReviewFinding::Kind>> CatalogAudit::parseKinds(const QString &names,
                                                                   QString *error) {
    QList<ReviewFinding::Kind> kinds;
    QStringList known;
    for (const ReviewFinding::Kind k : allKinds())
        known << ReviewFinding::kindName(k);
    for (const QString &part : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const qsizetype at = known.indexOf(name);
        if (at < 0) {
            if (error)
                *error = Text::tr("Unknown problem '%1': use %2.")
                             .arg(name, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!kinds.contains(allKinds().at(at)))
            kinds << allKinds().at(at);
    }
    if (kinds.isEmpty()) {
        if (error)
            *error = Text::tr("No problem named: use %1.").arg(known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return kinds;
}

CatalogAuditResult CatalogAudit::filtered(const CatalogAuditResult &result,
                                          const QList<ReviewFinding::Kind> &kinds,
                                          const QString &productId) {
    CatalogAuditResult out;
    for (const ProductAudit &p : result.products) {
        if (!productId.isEmpty() && p.productId != productId)
            continue;
        ProductAudit kept = p;
        if (!kinds.isEmpty()) {
            kept.findings.clear();
            kept.errors = kept.warnings = 0;
            for (const CatalogFinding &f : p.findings) {
                if (!kinds.contains(f.review.kind))
                    continue;
                kept.findings << f;
                ++(f.review.severity == ReviewFinding::Severity::Error ? kept.errors
                                                                       : kept.warnings);
            }
        }
        out.products << kept;
    }
    return out;
}

QByteArray CatalogAudit::toCsv(const QList<CatalogFinding> &findings) {
    QString out = Csv::line(
        {QStringLiteral("product id"), QStringLiteral("product title"), QStringLiteral("place"),
         QStringLiteral("image id"), QStringLiteral("severity"), QStringLiteral("problem"),
         QStringLiteral("message"), QStringLiteral("image url"), QStringLiteral("alt text")});
    for (const CatalogFinding &f : findings) {
        out += Csv::line({f.productId, f.productTitle, QString::number(f.review.place),
                          f.review.imageId, ReviewFinding::severityName(f.review.severity),
                          ReviewFinding::kindName(f.review.kind), f.review.message, f.review.src,
                          f.alt});
    }
    return out.toUtf8();
}

QByteArray CatalogAudit::toJson(const CatalogAuditResult &result,
                                const QList<ReviewFinding::Kind> &kinds) {
    const QMap<ReviewFinding::Kind, int> counts = result.problemCounts();
    QJsonObject problems;
    for (const ReviewFinding::Kind k : kinds.isEmpty() ? allKinds() : kinds)
        problems.insert(ReviewFinding::kindName(k), counts.value(k, 0));
    const QJsonObject summary{{QStringLiteral("products"), int(result.products.size())},
                              {QStringLiteral("images"), result.imageCount()},
                              {QStringLiteral("altCoverage"), result.altCoverage()},
                              {QStringLiteral("problems"), problems}};
    QJsonArray findings;
    for (const CatalogFinding &f : result.findings()) {
        findings.append(QJsonObject{
            {QStringLiteral("productId"), f.productId},
            {QStringLiteral("productTitle"), f.productTitle},
            {QStringLiteral("place"), f.review.place},
            {QStringLiteral("imageId"), f.review.imageId},
            {QStringLiteral("severity"), ReviewFinding::severityName(f.review.severity)},
            {QStringLiteral("problem"), ReviewFinding::kindName(f.review.kind)},
            {QStringLiteral("message"), f.review.message},
            {QStringLiteral("src"), f.review.src},
            {QStringLiteral("alt"), f.alt},
            {QStringLiteral("relatedProductId"),
             f.relatedProductId.isEmpty() ? QJsonValue() : QJsonValue(f.relatedProductId)},
            {QStringLiteral("relatedPlace"),
             f.review.relatedPlace > 0 ? QJsonValue(f.review.relatedPlace) : QJsonValue()},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary},
                                     {QStringLiteral("findings"), findings}})
        .toJson(QJsonDocument::Indented);
}

} // namespace vitrine
