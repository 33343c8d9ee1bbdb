#include "app/ctl/catalogaltcommands.h"

#include "app/ctl/altcommands.h"
#include "app/ctl/altformat.h"
#include "app/ctl/ctlcatalog.h"
#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlformat.h"
#include "catalog/catalogeditor.h"
#include "catalog/keptedits.h"
#include "core/catalogalttext.h"
#include "core/catalogaudit.h"
#include "net/storeclient.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

// The images with one of kinds across the catalog, by product: what the worklist of those
// problems lists. Pictures are judged from the checks the catalog keeps (no fetch here).
AltTemplatePreview::ImageScope problemScope(const QList<CatalogProduct> &products,
                                            const QHash<QString, SessionState> &staged,
                                            CatalogDatabase &catalog, const StoreCapabilities &caps,
                                            const QList<ReviewFinding::Kind> &kinds) {
    const CatalogAuditResult all =
        CatalogAudit::run(products, staged, catalog.pictureChecks(),
                          CatalogAudit::optionsFor(caps.altMaxOnUpdate, caps.altMaxOnCreate));
    AltTemplatePreview::ImageScope scope;
    for (const CatalogFinding &f : CatalogAudit::filtered(all, kinds).findings())
        scope[f.productId].insert(f.review.key);
    return scope;
}

} // namespace

QCoro::Task<CtlExit> CatalogAltCommands::fillFromTemplate(CtlContext context,
                                                          CtlInvocation invocation, QString text,
                                                          AltTemplate parsed, AltWriteMode mode) {
    CtlConsole *console = context.console;
    const CtlCatalog opened = co_await CtlCatalog::open(context, invocation.store);
    if (opened.exit != CtlExit::Ok)
        co_return opened.exit;
    const std::optional<QList<CatalogProduct>> products = opened.scannedProducts(context);
    if (!products)
        co_return CtlExit::Failed;
    const QString key = opened.key();
    const StoreClient &client = opened.store->client();
    const QHash<QString, SessionState> staged = KeptEdits::of(*context.journal, key);
    const QList<AltTextProduct> altProducts = CatalogAltText::products(*products, staged);
    const AltTemplatePreview::Limits limits{client.capabilities().altLimit(false),
                                            client.capabilities().altLimit(true)};
    std::optional<AltTemplatePreview::ImageScope> scope;
    if (!invocation.problems.isEmpty()) {
        // The parser has checked the names.
        const QList<ReviewFinding::Kind> kinds =
            CatalogAudit::parseKinds(invocation.problems).value_or(QList<ReviewFinding::Kind>());
        scope = problemScope(*products, staged, *opened.catalog, client.capabilities(), kinds);
    }
    const AltTemplatePreview preview =
        AltTemplatePreview::compute(altProducts, parsed, mode, limits, scope ? &*scope : nullptr);

    int stagedTexts = -1;
    int stagedProducts = 0;
    CtlExit exit = CtlExit::Ok;
    if (invocation.stage) {
        stagedTexts = 0;
        CatalogDatabase *catalog = opened.catalog.get();
        CatalogEditor editor(
            context.journal, key, client.capabilities(),
            [catalog, key](const QString &productId) { return catalog->product(key, productId); });
        QString saveProblem;
        QObject::connect(&editor, &CatalogEditor::saveFailed, &editor,
                         [&saveProblem](const QString &message) { saveProblem = message; });
        // One step per product, as the worklist stages them.
        const CatalogEditor::StagedTemplate done =
            editor.stageTemplate(preview.changes(), Text::tr("Apply alt text template"));
        for (const QString &refusal : done.refusals)
            console->error(refusal);
        if (!done.refusals.isEmpty())
            exit = CtlExit::Failed;
        if (!saveProblem.isEmpty()) {
            console->error(saveProblem);
            co_return CtlExit::Failed;
        }
        stagedTexts = done.texts;
        stagedProducts = done.products;
    }

    if (invocation.json)
        console->print(CtlFormat::json(AltFormat::templateJson(text, mode, preview, stagedTexts)));
    else
        console->print(AltFormat::templateText(preview));
    console->progress(preview.summary());
    if (stagedTexts >= 0)
        console->progress(Text::tr("Staged: %1 in %n product(s) ('vitrinectl pending' lists them, "
                                   "'vitrinectl publish' publishes them).",
                                   nullptr, stagedProducts)
                              .arg(Text::tr("%n alt text(s)", nullptr, stagedTexts)));
    co_return exit;
}

QCoro::Task<CtlExit> CatalogAltCommands::exportSheet(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    const CtlCatalog opened = co_await CtlCatalog::open(context, invocation.store);
    if (opened.exit != CtlExit::Ok)
        co_return opened.exit;
    const std::optional<QList<CatalogProduct>> products = opened.scannedProducts(context);
    if (!products)
        co_return CtlExit::Failed;
    const QList<AltTextProduct> altProducts =
        CatalogAltText::products(*products, KeptEdits::of(*context.journal, opened.key()));
    if (!AltCommands::writeSheet(console, invocation.file, altProducts, invocation.byteOrderMark))
        co_return CtlExit::Failed;
    console->progress(
        Text::tr("%1 of %n product(s) written to %2.", nullptr, int(altProducts.size()))
            .arg(Text::tr("%n image(s)", nullptr, AltCommands::sheetRows(altProducts)),
                 invocation.file));
    co_return CtlExit::Ok;
}

} // namespace vitrine
