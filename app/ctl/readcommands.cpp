#include "app/ctl/readcommands.h"

#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlformat.h"
#include "app/ctl/ctlstoreconnection.h"
#include "net/storeclient.h"

namespace vitrine {

QCoro::Task<CtlExit> ReadCommands::products(CtlContext context, CtlInvocation invocation) {
    const CtlStoreConnection::Opened opened =
        co_await CtlStoreConnection::open(context, invocation.store);
    if (!opened.connection)
        co_return opened.exit;
    const CtlStoreConnection &store = *opened.connection;
    const Result<QList<ProductSummary>> products = co_await store.client().listProducts();
    if (!products.ok())
        co_return store.fail(products.error());
    context.console->print(invocation.json
                               ? CtlFormat::json(CtlFormat::productsJson(products.value()))
                               : CtlFormat::productsText(products.value()));
    co_return CtlExit::Ok;
}

QCoro::Task<CtlExit> ReadCommands::list(CtlContext context, CtlInvocation invocation) {
    const CtlStoreConnection::Opened opened =
        co_await CtlStoreConnection::open(context, invocation.store);
    if (!opened.connection)
        co_return opened.exit;
    const CtlStoreConnection &store = *opened.connection;
    const Result<Gallery> gallery = co_await store.client().listImages(invocation.productId);
    if (!gallery.ok())
        co_return store.fail(gallery.error());
    context.console->print(invocation.json ? CtlFormat::json(CtlFormat::galleryJson(
                                                 invocation.productId, gallery.value()))
                                           : CtlFormat::galleryText(gallery.value()));
    co_return CtlExit::Ok;
}

} // namespace vitrine
