#include "core/catalogalttext.h"

namespace vitrine {

AltTextProduct CatalogAltText::product(const CatalogProduct &product, const SessionState *staged) {
    AltTextProduct out;
    out.id = product.id;
    out.title = product.title;
    out.vendor = product.vendor;
    out.productType = product.productType;
    out.variants = product.variantLinks();
    out.images = staged ? staged->staged.rows : StagedGallery::unchanged(product.images).rows;
    return out;
}

QList<AltTextProduct> CatalogAltText::products(const QList<CatalogProduct> &products,
                                               const QHash<QString, SessionState> &staged) {
    QList<AltTextProduct> out;
    out.reserve(products.size());
    for (const CatalogProduct &p : products) {
        const auto state = staged.constFind(p.id);
        out << product(p, state == staged.cend() ? nullptr : &state.value());
    }
    return out;
}

} // namespace vitrine
