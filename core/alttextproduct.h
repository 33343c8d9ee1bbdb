#pragma once

#include "core/productimage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// One image of a staged gallery as the alt text tools see it.
struct AltTextImage {
    QString key;        // the store id, or the local key of an image not created yet ("new:1")
    bool isNew = false; // the create limit applies to its alt text
    ProductImage image; // staged values

    friend bool operator==(const AltTextImage &, const AltTextImage &) = default;
};

// A product as the alt text tools (templates, the spreadsheet round trip) see it: what the store
// says about it and its staged gallery in display order.
struct AltTextProduct {
    QString id;
    QString title;
    QString vendor;                       // empty where the store does not give one
    QString productType;                  // likewise
    QHash<QString, QString> variantNames; // variant id -> its name ("Red / S")
    QList<AltTextImage> images;

    // The names of the variants an image is linked to (ids without a known name are left out).
    QStringList variantNamesOf(const ProductImage &image) const;

    friend bool operator==(const AltTextProduct &, const AltTextProduct &) = default;
};

} // namespace vitrine
