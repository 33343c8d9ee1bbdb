#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

class SpellChecker;

// One image as the review sees it: the staged gallery (so the review shows what will be
// published) plus what loading the image itself taught us (its pixel size, or that it is broken).
struct ReviewImage {
    enum class Load {
        Unknown, // not loaded (yet): broken/tiny cannot be judged
        Loaded,
        Broken,
    };

    QString key;     // the staged image's key (GalleryModel::KeyRole)
    int place = 0;   // 1-based place in the gallery
    QString imageId; // the store's id, empty for an image not published yet
    QString src;
    QString alt;
    bool isNew = false; // not on the store yet: the create limit applies to its alt text
    QSize size;         // natural pixel size; invalid when unknown
    Load load = Load::Unknown;
    QString loadError;                  // Broken: why, in words
    QStringList variantNames;           // the variants it is linked to, by name ("Red / S")
    std::optional<quint64> pictureHash; // DifferenceHash of the decoded picture, when known

    friend bool operator==(const ReviewImage &, const ReviewImage &) = default;
};

// One problem the review found.
struct ReviewFinding {
    enum class Kind {
        MissingAlt,           // no alt text: invisible to screen readers and search engines
        AltTooLong,           // over the store's limit: publishing it would be refused
        AltVerbose,           // within the limit but long: screen readers read all of it
        AltLooksLikeFileName, // "IMG_0042.jpg" or the image's own file name: says nothing
        DuplicateAlt,         // the same alt text as another image: no way to tell them apart
        DuplicateImage,       // the same image URL more than once in the gallery
        BrokenImage,          // the image could not be loaded or decoded
        TinyImage,            // smaller than the minimum side: blurry when zoomed
        // The alt text quality rules (core/altqualityrules.h) and pixel duplicates:
        AltIsTitle,          // only the product's title, on several images
        AltRedundantOpening, // "image of …": screen readers say "image" already
        AltSameOnMost,       // most of the gallery has one alt text
        AltMissesVariant,    // a variant's image whose alt names nothing of its variant
        AltSpelling,         // words the dictionary does not know
        DuplicatePicture,    // the same picture (by its pixels) under another address
        // The catalog audit (core/catalogaudit.h) only:
        DuplicatePictureAcrossProducts, // the same picture (by its pixels) in another product
    };
    enum class Severity { Error, Warning };

    Kind kind = Kind::MissingAlt;
    Severity severity = Severity::Warning;
    QString key;
    int place = 0;
    QString imageId;
    QString src;
    QString message; // why it is a problem and how to fix it, for the reviewer
    // The other image of a pair (duplicate-picture: the earlier copy; across products, an image
    // of another product, CatalogFinding::relatedProductId); empty for others.
    QString relatedKey;
    int relatedPlace = 0;

    // Stable names for exports: "missing-alt", "alt-too-long", ...; "error" / "warning".
    static QString kindName(Kind kind);
    static QString severityName(Severity severity);

    friend bool operator==(const ReviewFinding &, const ReviewFinding &) = default;
};

struct ReviewOptions {
    int altLimitOnUpdate = 0; // 0: no limit
    int altLimitOnCreate = 0;
    int minimumSide = 300; // an image whose shorter side has fewer pixels is tiny
    // Longer alt texts are flagged as verbose (a common accessibility guideline); 0: never.
    int recommendedAltLength = 125;
    QString productTitle;                   // for alt-is-title and as words the spelling knows
    const SpellChecker *spelling = nullptr; // not owned; null: spelling is not checked

    friend bool operator==(const ReviewOptions &, const ReviewOptions &) = default;
};

// Reviews a whole gallery for the problems QA reviewers look for, and exports the result. Pure:
// the caller gathers the images (staged state plus load results) and decides when to run it.
class GalleryReview {
public:
    // Findings in gallery order (then by kind), errors and warnings mixed.
    static QList<ReviewFinding> run(const QList<ReviewImage> &images, const ReviewOptions &options);

    // "No problems found." / "2 errors and 3 warnings."
    static QString summary(const QList<ReviewFinding> &findings);
    // How many images could not be judged for broken/tiny because they are not loaded yet.
    static int unjudged(const QList<ReviewImage> &images);

    // A spreadsheet: one line per finding, RFC 4180 quoting, UTF-8, header line first. Cells that
    // a spreadsheet would run as a formula (starting with = + - @) are prefixed with a quote
    // (Csv::neutralized, shared with the alt text export).
    static QByteArray toCsv(const QList<ReviewFinding> &findings);
    // {"product": {...}, "summary": "...", "findings": [{...}]} (documented in docs/review.md).
    static QByteArray toJson(const QList<ReviewFinding> &findings, const QString &productId,
                             const QString &productTitle, int imageCount);
};

// GalleryReview::run for a gallery that changes a little at a time (an edit, a thumbnail that
// arrived): what each image's own rules found is kept and computed again only when that image's
// inputs (alt, address, place, size, load result) change, so a re-run costs a pass of hash
// lookups instead of every rule (regular expressions, URL parsing) on every image. The
// duplicate rules, which span images, run on the kept identities each time. Same findings as
// GalleryReview::run, which is this with nothing kept.
class IncrementalReview {
public:
    QList<ReviewFinding> run(const QList<ReviewImage> &images, const ReviewOptions &options);
    // Forgets what was kept (another gallery).
    void clear();

private:
    struct Judged {
        ReviewImage input;
        QList<ReviewFinding> altFindings;  // missing/too long/verbose alt, file-name alt
        QList<ReviewFinding> loadFindings; // broken, tiny
        QString altIdentity;               // empty when there is no alt text
        QString imageIdentity;
    };
    static Judged judge(const ReviewImage &image, const ReviewOptions &options);

    QHash<QString, Judged> m_judged; // by image key
    ReviewOptions m_options;
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::ReviewFinding)
