#include "core/alttextproduct.h"

namespace vitrine {

QStringList AltTextProduct::variantNamesOf(const ProductImage &image) const {
    QStringList names;
    for (const QString &id : image.variantIds) {
        const QString name = variantNames.value(id);
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace vitrine
