#include "core/storecapabilities.h"

#include <QCoreApplication>

namespace vitrine {

bool StoreCapabilities::supports(Feature f) const {
    switch (f) {
    case Feature::ReplaceSource:
        return canReplaceSource;
    case Feature::Variants:
        return hasVariants;
    case Feature::DeleteAll:
        return canDeleteAll;
    case Feature::ListProducts:
        return canListProducts;
    case Feature::PositionOnCreate:
        return positionOnCreate;
    }
    return false;
}

QString StoreCapabilities::whyNot(Feature f) const {
    if (supports(f))
        return {};
    const QString store = dialectName.isEmpty() ? QStringLiteral("this store") : dialectName;
    switch (f) {
    case Feature::ReplaceSource:
        return QCoreApplication::translate("StoreCapabilities",
                                           "The %1 API cannot change the URL of an existing image; "
                                           "add the new image and delete the old one instead.")
            .arg(store);
    case Feature::Variants:
        return QCoreApplication::translate("StoreCapabilities",
                                           "The %1 API does not link images to variants.")
            .arg(store);
    case Feature::DeleteAll:
        return QCoreApplication::translate("StoreCapabilities",
                                           "The %1 API has no request that deletes all images of a "
                                           "product; each image is deleted on its own.")
            .arg(store);
    case Feature::ListProducts:
        return QCoreApplication::translate("StoreCapabilities",
                                           "The %1 API cannot list products; enter the product id.")
            .arg(store);
    case Feature::PositionOnCreate:
        return QCoreApplication::translate(
                   "StoreCapabilities",
                   "The %1 API adds new images at the end; they are moved after being added.")
            .arg(store);
    }
    return {};
}

QString orderingName(OrderingSemantics s) {
    return s == OrderingSemantics::Shift ? QStringLiteral("shift") : QStringLiteral("absolute");
}

bool parseOrdering(const QString &name, OrderingSemantics *out) {
    if (name == QLatin1String("absolute")) {
        *out = OrderingSemantics::Absolute;
        return true;
    }
    if (name == QLatin1String("shift")) {
        *out = OrderingSemantics::Shift;
        return true;
    }
    return false;
}

} // namespace vitrine
