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
    const QString api = dialectName.isEmpty()
                            ? QCoreApplication::translate("StoreCapabilities", "This store's API")
                            : QCoreApplication::translate("StoreCapabilities", "The %1 API")
                                  .arg(dialectTitle(dialectName));
    switch (f) {
    case Feature::ReplaceSource:
        return QCoreApplication::translate("StoreCapabilities",
                                           "%1 cannot change the URL of an existing image; "
                                           "add the new image and delete the old one instead.")
            .arg(api);
    case Feature::Variants:
        return QCoreApplication::translate("StoreCapabilities",
                                           "%1 does not link images to variants.")
            .arg(api);
    case Feature::DeleteAll:
        return QCoreApplication::translate("StoreCapabilities",
                                           "%1 has no request that deletes all images of a "
                                           "product; each image is deleted on its own.")
            .arg(api);
    case Feature::ListProducts:
        return QCoreApplication::translate("StoreCapabilities",
                                           "%1 cannot list products; enter the product id.")
            .arg(api);
    case Feature::PositionOnCreate:
        return QCoreApplication::translate(
                   "StoreCapabilities",
                   "%1 adds new images at the end; they are moved after being added.")
            .arg(api);
    }
    return {};
}

QString dialectTitle(const QString &dialectName) {
    if (dialectName == QLatin1String("generic"))
        return QStringLiteral("generic REST");
    if (dialectName == QLatin1String("shopline"))
        return QStringLiteral("SHOPLINE");
    if (dialectName == QLatin1String("shoplazza"))
        return QStringLiteral("Shoplazza");
    if (dialectName == QLatin1String("shopify"))
        return QStringLiteral("Shopify");
    return dialectName;
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
