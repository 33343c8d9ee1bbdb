#pragma once

#include "core/alttemplate.h"
#include "core/alttextproduct.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// Which images a template writes.
enum class AltWriteMode {
    Empty,   // only images without alt text (the default: nobody's writing is lost)
    Replace, // every image
    Append,  // after the text an image has ("Front view" + " " + template)
};
QString altWriteModeName(AltWriteMode mode); // "empty", "replace", "append"
std::optional<AltWriteMode> parseAltWriteMode(const QString &name);

// One image whose alt text a template would change.
struct AltTemplateChange {
    enum class Flag {
        OverLimit = 0x1,          // longer than the store accepts: never staged
        DuplicateInGallery = 0x2, // the same text as another image of its gallery would have
        PlaceholderLike = 0x4,    // a file name, camera numbering or "image": says nothing
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    QString productId;
    QString productTitle;
    QString key; // the image's key in its staged gallery
    QString imageId;
    int place = 0; // 1-based
    QString src;
    QString before;
    QString after;
    int length = 0; // of after, as the store's limit counts (altTextLength)
    int limit = 0;  // the store's limit for this image (0: none)
    Flags flags;
    int duplicateOfPlace = 0; // DuplicateInGallery: the first other image with that text
    // The template's placeholders that are empty for this image ("{vendor}", "{variant}": the
    // store gives none), left out of its text with their separator or optional part.
    QStringList emptyPlaceholders;

    bool stageable() const { return !flags.testFlag(Flag::OverLimit); }
    friend bool operator==(const AltTemplateChange &, const AltTemplateChange &) = default;
};

// What a template would do to a set of products, before anything is staged: every image it
// changes, old -> new, with the store's limit and what looks wrong. Pure and fast (20,000 images
// in well under a second: tests/bench/bench_alttext.cpp).
class AltTemplatePreview {
public:
    using Limits = AltTextLimits;
    // The images a template may write, by product id (image keys): the images with a chosen
    // problem across the catalog. The other images of those galleries still count for {count},
    // {place} and the duplicate check, but are neither changed nor counted.
    using ImageScope = QHash<QString, QSet<QString>>;

    // scope: nullptr writes every image of products.
    static AltTemplatePreview compute(const QList<AltTextProduct> &products,
                                      const AltTemplate &altTemplate, AltWriteMode mode,
                                      Limits limits, const ImageScope *scope = nullptr);

    // Products in the order given, images in gallery order.
    const QList<AltTemplateChange> &changes() const { return m_changes; }
    int productCount() const { return m_products; } // products with an image in scope
    int imageCount() const { return m_images; }
    int keptByMode() const { return m_keptByMode; }     // had text the mode does not touch
    int unchanged() const { return m_unchanged; }       // would get the text they have
    int emptyResults() const { return m_emptyResults; } // the template gave no text at all
    int flagged(AltTemplateChange::Flag flag) const;
    int withEmptyPlaceholders() const; // changes with a placeholder empty
    int stageableCount() const;
    // "8 images of 2 products would change (2 over the store's limit, not staged; …)."
    QString summary() const;

private:
    QList<AltTemplateChange> m_changes;
    int m_products = 0;
    int m_images = 0;
    int m_keptByMode = 0;
    int m_unchanged = 0;
    int m_emptyResults = 0;
};

} // namespace vitrine

Q_DECLARE_OPERATORS_FOR_FLAGS(vitrine::AltTemplateChange::Flags)
