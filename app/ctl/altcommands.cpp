#include "app/ctl/altcommands.h"

#include "app/ctl/altformat.h"
#include "app/ctl/catalogaltcommands.h"
#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlformat.h"
#include "app/ctl/ctlstoreconnection.h"
#include "core/altsheet.h"
#include "models/alttextsource.h"
#include "models/editsession.h"
#include "net/storeclient.h"
#include "workflow/galleryloader.h"
#include "workflow/savedtemplates.h"
#include "workflow/sessionjournal.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>

#include <memory>
#include <vector>

namespace vitrine {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

// What the store says about a product beyond its gallery: its title, its variants' names, its
// vendor and type, from the product list where the store has one.
QCoro::Task<AltTextProduct> productDetails(StoreClient *client, QString productId) {
    AltTextProduct details;
    details.id = productId;
    if (!client->capabilities().canListProducts)
        co_return details;
    const Result<QList<ProductSummary>> products = co_await client->listProducts();
    if (products.ok()) {
        for (const ProductSummary &product : products.value())
            if (product.id == productId) {
                details.title = product.title;
                details.variants = product.variants;
                details.vendor = product.vendor;
                details.productType = product.productType;
            }
    }
    co_return details;
}

AltTemplatePreview::Limits limitsOf(const StoreClient &client) {
    return {client.capabilities().altLimit(false), client.capabilities().altLimit(true)};
}

// Keeps the session's staged state in the journal now; false (said on stderr) when it could not.
bool keep(const CtlContext &context, const QString &store, EditSession *session,
          const QString &title) {
    SessionJournal journal(context.journal, store, session);
    journal.setProductTitle(title);
    QString problem;
    QObject::connect(&journal, &SessionJournal::saveFailed, &journal,
                     [&problem](const QString &message) { problem = message; });
    if (journal.save() && problem.isEmpty())
        return true;
    context.console->error(problem.isEmpty()
                               ? Text::tr("The edits could not be kept in the journal: %1")
                                     .arg(context.journal->lastError())
                               : problem);
    return false;
}

// A product opened for template and export: the store, its gallery with the edits the journal
// keeps for it, and what the store says about it. exit is not Ok when it could not be opened (the
// reason was said on stderr).
struct OpenedProduct {
    std::unique_ptr<CtlStoreConnection> store;
    std::unique_ptr<EditSession> session;
    AltTextProduct product;
    CtlExit exit = CtlExit::Ok;
};

QCoro::Task<OpenedProduct> openProduct(CtlContext context, CtlInvocation invocation) {
    OpenedProduct opened;
    CtlStoreConnection::Opened connection =
        co_await CtlStoreConnection::open(context, invocation.store);
    if (!connection.connection) {
        opened.exit = connection.exit;
        co_return opened;
    }
    opened.store = std::move(connection.connection);
    if (!openJournal(context)) {
        opened.exit = CtlExit::Failed;
        co_return opened;
    }
    opened.session = std::make_unique<EditSession>();
    const Result<GalleryLoader::Opened> loaded = co_await GalleryLoader::open(
        &opened.store->client(), opened.session.get(), invocation.productId, context.journal, true);
    if (!loaded.ok()) {
        opened.exit = opened.store->fail(loaded.error());
        co_return opened;
    }
    const AltTextProduct details =
        co_await productDetails(&opened.store->client(), invocation.productId);
    opened.product = altTextProduct(*opened.session->model(), details);
    co_return opened;
}

} // namespace

bool AltCommands::writeSheet(CtlConsole *console, const QString &path,
                             const QList<AltTextProduct> &products, bool byteOrderMark) {
    const QByteArray bytes = AltSheet::write(products, {byteOrderMark});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        console->error(Text::tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int AltCommands::sheetRows(const QList<AltTextProduct> &products) {
    int rows = 0;
    for (const AltTextProduct &product : products)
        rows += int(std::count_if(product.images.cbegin(), product.images.cend(),
                                  [](const StagedImage &i) { return !i.isNew; }));
    return rows;
}

QCoro::Task<CtlExit> AltCommands::fillFromTemplate(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    QString text = invocation.templateText;
    {
        SavedTemplates saved;
        if (saved.contains(text)) {
            console->progress(
                Text::tr("The saved template '%1': %2").arg(text.trimmed(), saved.text(text)));
            text = saved.text(text);
        }
    }
    const AltTemplate parsed = AltTemplate::parse(text);
    if (!parsed.isValid()) {
        console->error(Text::tr("The template cannot be used: %1").arg(parsed.error()));
        co_return CtlExit::Usage;
    }
    const AltWriteMode mode = parseAltWriteMode(invocation.writeMode).value_or(AltWriteMode::Empty);
    if (invocation.productId.isEmpty())
        co_return co_await CatalogAltCommands::fillFromTemplate(context, invocation, text, parsed,
                                                                mode);

    const OpenedProduct opened = co_await openProduct(context, invocation);
    if (opened.exit != CtlExit::Ok)
        co_return opened.exit;
    CtlStoreConnection *store = opened.store.get();
    EditSession &session = *opened.session;
    const AltTextProduct &product = opened.product;
    const AltTemplatePreview preview =
        AltTemplatePreview::compute({product}, parsed, mode, limitsOf(store->client()));

    int staged = -1;
    if (invocation.stage) {
        EditSession::Batch batch;
        batch.name = Text::tr("Apply alt text template");
        for (const AltTemplateChange &change : preview.changes())
            if (change.stageable())
                batch.altByKey.insert(change.key, change.after);
        QString why;
        if (!session.applyBatch(batch, &why)) {
            console->error(why);
            co_return CtlExit::Failed;
        }
        if (!keep(context, store->target().journalKey, &session, product.title))
            co_return CtlExit::Failed;
        staged = int(batch.altByKey.size());
    }

    if (invocation.json)
        console->print(CtlFormat::json(AltFormat::templateJson(text, mode, preview, staged)));
    else
        console->print(AltFormat::templateText(preview));
    console->progress(preview.summary());
    if (staged >= 0)
        console->progress(Text::tr("Staged: %n alt text(s) for product %1 ('vitrinectl pending "
                                   "%1' lists them, 'vitrinectl publish %1' publishes them).",
                                   nullptr, staged)
                              .arg(invocation.productId));
    co_return CtlExit::Ok;
}

QCoro::Task<CtlExit> AltCommands::exportSheet(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    if (invocation.productId.isEmpty())
        co_return co_await CatalogAltCommands::exportSheet(context, invocation);
    const OpenedProduct opened = co_await openProduct(context, invocation);
    if (opened.exit != CtlExit::Ok)
        co_return opened.exit;
    const AltTextProduct &product = opened.product;
    if (!writeSheet(console, invocation.file, {product}, invocation.byteOrderMark))
        co_return CtlExit::Failed;
    const int rows = sheetRows({product});
    console->progress(Text::tr("%n image(s) of product %1 written to %2.", nullptr, rows)
                          .arg(invocation.productId, invocation.file));
    co_return CtlExit::Ok;
}

QCoro::Task<CtlExit> AltCommands::importSheet(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    const AltSheet::Read read = AltSheet::readFile(invocation.file);
    if (!read.error.isEmpty()) {
        console->error(read.error);
        co_return CtlExit::Failed;
    }
    // The products whose rows were edited, in the file's order: only those are read from the
    // store (a row as exported stages nothing whatever the store did).
    const QStringList productIds = AltImportComparison::touchedProducts(read.rows);
    QList<AltSheetRow> compared;
    QList<AltSheetRow> untouched;
    for (const AltSheetRow &row : read.rows)
        (productIds.contains(row.productId) ? compared : untouched) << row;

    const CtlStoreConnection::Opened opened =
        co_await CtlStoreConnection::open(context, invocation.store);
    if (!opened.connection)
        co_return opened.exit;
    CtlStoreConnection *store = opened.connection.get();
    if (!openJournal(context))
        co_return CtlExit::Failed;

    // Each product as it is now, with the edits the journal keeps for it.
    std::vector<std::unique_ptr<EditSession>> sessions;
    QList<AltTextProduct> products;
    for (const QString &productId : std::as_const(productIds)) {
        auto session = std::make_unique<EditSession>();
        if (productIds.size() > 1)
            console->progress(Text::tr("Reading product %1 (%2 of %3)…")
                                  .arg(productId)
                                  .arg(sessions.size() + 1)
                                  .arg(productIds.size()));
        const Result<GalleryLoader::Opened> loaded = co_await GalleryLoader::open(
            &store->client(), session.get(), productId, context.journal, true);
        if (!loaded.ok()) {
            if (loaded.error().code == StoreError::Code::NotFound)
                continue; // the comparison names its lines as an unknown product
            co_return store->fail(loaded.error());
        }
        AltTextProduct details;
        details.id = productId;
        for (const AltSheetRow &row : read.rows)
            if (row.productId == productId) {
                details.title = row.productTitle;
                break;
            }
        products << altTextProduct(*session->model(), details);
        sessions.push_back(std::move(session));
    }

    AltImportComparison::Result result =
        AltImportComparison::compare(compared, products, limitsOf(store->client()));
    AltImportComparison::countUntouched(untouched, &result);
    result.problems = AltImportComparison::skippedLines(read, result);

    int staged = -1;
    if (invocation.stage) {
        staged = 0;
        for (size_t i = 0; i < sessions.size(); ++i) {
            const AltTextProduct &product = products.at(qsizetype(i));
            const AltImportComparison::ProductEdits edits =
                AltImportComparison::editsFor(product, result.changes);
            if (edits.isEmpty())
                continue;
            EditSession::Batch batch;
            batch.name = Text::tr("Import alt text");
            batch.altByKey = edits.alts;
            batch.order = edits.order;
            batch.movedKeys = edits.movedKeys;
            QString why;
            if (!sessions[i]->applyBatch(batch, &why)) {
                console->error(Text::tr("Product %1: %2").arg(product.id, why));
                co_return CtlExit::Failed;
            }
            if (!keep(context, store->target().journalKey, sessions[i].get(), product.title))
                co_return CtlExit::Failed;
            staged += int(std::count_if(
                result.changes.cbegin(), result.changes.cend(),
                [&product](const AltImportCell &c) { return c.productId == product.id; }));
        }
    }

    if (invocation.json)
        console->print(CtlFormat::json(AltFormat::importJson(invocation.file, result, staged)));
    else
        console->print(AltFormat::importText(result));
    console->progress(AltImportComparison::summary(result));
    if (staged > 0)
        console->progress(Text::tr("Staged: %n cell(s) ('vitrinectl pending' lists them, "
                                   "'vitrinectl publish' publishes them).",
                                   nullptr, staged));
    co_return result.conflicts.isEmpty() && result.problems.isEmpty() ? CtlExit::Ok
                                                                      : CtlExit::Failed;
}

} // namespace vitrine
