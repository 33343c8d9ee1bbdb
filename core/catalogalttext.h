#pragma once

#include "core/alttextproduct.h"
#include "core/catalogproduct.h"
#include "core/sessionstate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace vitrine {

// The catalog as the alt text tools (templates, the spreadsheet) see it: each product of the
// last scan with the edits the journal keeps for it applied — what would be published — its
// title, vendor, type and variants' names as the scan read them. Pure.
class CatalogAltText {
public:
    // staged: the journal's kept state of the product (nullptr: as scanned).
    static AltTextProduct product(const CatalogProduct &product, const SessionState *staged);
    // Every product, in the catalog's order; staged: kept states by product id.
    static QList<AltTextProduct> products(const QList<CatalogProduct> &products,
                                          const QHash<QString, SessionState> &staged);
};

} // namespace vitrine
