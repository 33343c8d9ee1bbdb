#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"
#include "app/ctl/ctlstoreconnection.h"
#include "catalog/catalogdatabase.h"
#include "core/sessionstate.h"

#include <QCoroTask>
#include <QHash>

#include <memory>

namespace vitrine {

// The store and its local catalog (beside the context's journal) for the commands that work on
// the whole catalog: scan, audit, and template/export without a product.
struct CtlCatalog {
    std::unique_ptr<CtlStoreConnection> store;
    std::unique_ptr<CatalogDatabase> catalog;
    CtlExit exit = CtlExit::Ok; // not Ok: could not be opened (the reason was printed)

    QString key() const { return store->target().journalKey; }

    static QCoro::Task<CtlCatalog> open(CtlContext context, CtlStoreChoice choice);

    // The products of the last scan, with a sentence on stderr when that scan did not finish;
    // nullopt (the reason printed: "run 'vitrinectl scan' first") when the store was never
    // scanned.
    std::optional<QList<CatalogProduct>> scannedProducts(const CtlContext &context) const;
};

} // namespace vitrine
