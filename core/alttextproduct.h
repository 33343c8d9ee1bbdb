#pragma once

#include "core/productimage.h"
#include "core/stagedgallery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// The store's alt text limits, in characters as altTextLength counts them (0: none).
struct AltTextLimits {
    int onUpdate = 0; // an image on the store
    int onCreate = 0; // an image not created yet
};

// A product as the alt text tools (templates, the spreadsheet round trip) see it: what the store
// says about it and its staged gallery in display order.
struct AltTextProduct {
    QString id;
    QString title;
    QString vendor;            // empty where the store does not give one
    QString productType;       // likewise
    VariantLinks variants;     // its variants' names and which image each shows
    QList<StagedImage> images; // the staged gallery, display order

    friend bool operator==(const AltTextProduct &, const AltTextProduct &) = default;
};

} // namespace vitrine
