#include "app/ctl/ctlcatalog.h"

#include "app/ctl/ctlconsole.h"
#include "workflow/journal.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

} // namespace

QCoro::Task<CtlCatalog> CtlCatalog::open(CtlContext context, CtlStoreChoice choice) {
    CtlCatalog out;
    CtlStoreConnection::Opened opened = co_await CtlStoreConnection::open(context, choice);
    if (!opened.connection) {
        out.exit = opened.exit;
        co_return out;
    }
    out.exit = CtlExit::Failed;
    if (!openJournal(context))
        co_return out;
    auto catalog =
        std::make_unique<CatalogDatabase>(CatalogDatabase::pathBeside(context.journal->filePath()));
    if (!catalog->open()) {
        context.console->error(catalog->lastError());
        co_return out;
    }
    if (!catalog->recoveryMessage().isEmpty())
        context.console->error(catalog->recoveryMessage());
    out.store = std::move(opened.connection);
    out.catalog = std::move(catalog);
    out.exit = CtlExit::Ok;
    co_return out;
}

std::optional<QList<CatalogProduct>> CtlCatalog::scannedProducts(const CtlContext &context) const {
    const QString store = key();
    const CatalogDatabase::ScanState scanned = catalog->scanState(store);
    if (scanned.generation == 0) {
        context.console->error(
            Text::tr("Nothing is known of %1's catalog yet: run 'vitrinectl scan' first.")
                .arg(store));
        return std::nullopt;
    }
    if (!scanned.finishedAt.isValid() || scanned.running)
        context.console->progress(
            Text::tr("The last scan of %1 did not finish: this covers only what "
                     "it read ('vitrinectl scan' continues it).")
                .arg(store));
    return catalog->products(store);
}

} // namespace vitrine
