#include "app/ctl/catalogcommands.h"

#include "spelling/hunspellchecker.h"

#include "app/ctl/ctlcatalog.h"
#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlformat.h"
#include "app/ctl/ctlinterrupt.h"
#include "app/ctl/ctlstoreconnection.h"
#include "catalog/catalogdatabase.h"
#include "catalog/catalogscanner.h"
#include "catalog/keptedits.h"
#include "catalog/picturechecker.h"
#include "core/catalogaudit.h"
#include "net/storeclient.h"
#include "net/thumbnailfetcher.h"
#include "workflow/journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cmath>
#include <memory>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QJsonValue orNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString secondsText(double seconds) {
    if (seconds < 0)
        return Text::tr("time left unknown");
    const int s = int(std::lround(seconds));
    if (s < 60)
        return Text::tr("about %n second(s) left", nullptr, s);
    return Text::tr("about %n minute(s) left", nullptr, (s + 30) / 60);
}

QString progressLine(const ScanProgress &p) {
    const QString products =
        p.productsTotal > 0 ? Text::tr("%1 of %2 products").arg(p.productsDone).arg(p.productsTotal)
                            : Text::tr("%n product(s)", nullptr, p.productsDone);
    QString line =
        Text::tr("Scanning: %1, %2").arg(products, Text::tr("%n image(s)", nullptr, p.imagesDone));
    if (p.phase == ScanProgress::Phase::Galleries && p.galleriesLeft > 0)
        line += QStringLiteral(", ") +
                Text::tr("%n gallery/galleries to read", nullptr, p.galleriesLeft);
    return line + QStringLiteral(" — ") + secondsText(p.secondsLeft);
}

QString statusName(ScanOutcome::Status status) {
    switch (status) {
    case ScanOutcome::Status::Completed:
        return QStringLiteral("completed");
    case ScanOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    case ScanOutcome::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject scanJson(const QString &store, const ScanOutcome &o, const QString &error) {
    return QJsonObject{
        {QStringLiteral("store"), store},
        {QStringLiteral("status"), statusName(o.status)},
        {QStringLiteral("resumed"), o.resumed},
        {QStringLiteral("products"), o.products},
        {QStringLiteral("images"), o.images},
        {QStringLiteral("requests"), double(o.requests)},
        {QStringLiteral("listing_pages"), o.listingPages},
        {QStringLiteral("galleries_read"), o.galleriesRead},
        {QStringLiteral("unchanged"), o.unchanged},
        {QStringLiteral("removed"), o.removed},
        {QStringLiteral("elapsed_ms"), double(o.elapsedMs)},
        {QStringLiteral("error"), orNull(error)},
    };
}

QString auditText(const CatalogAuditResult &result) {
    QList<QStringList> rows;
    for (const CatalogFinding &f : result.findings()) {
        rows << QStringList{
            CtlFormat::cell(f.productTitle.isEmpty() ? f.productId : f.productTitle),
            QString::number(f.review.place),
            f.review.imageId.isEmpty() ? f.review.key : f.review.imageId,
            ReviewFinding::severityName(f.review.severity),
            ReviewFinding::kindName(f.review.kind),
            CtlFormat::cell(f.review.message)};
    }
    QString text;
    if (!rows.isEmpty())
        text = CtlFormat::table({Text::tr("PRODUCT"), Text::tr("PLACE"), Text::tr("IMAGE"),
                                 Text::tr("SEVERITY"), Text::tr("PROBLEM"), Text::tr("MESSAGE")},
                                rows);
    const QMap<ReviewFinding::Kind, int> counts = result.problemCounts();
    QStringList problems;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        problems << QStringLiteral("%1 %2").arg(ReviewFinding::kindName(it.key())).arg(it.value());
    text += Text::tr("%1, %2, alt text on %3 %.")
                .arg(Text::tr("%n product(s)", nullptr, int(result.products.size())),
                     Text::tr("%n image(s)", nullptr, result.imageCount()),
                     QString::number(result.altCoverage(), 'f', 1));
    text +=
        QLatin1Char(' ') +
        (problems.isEmpty() ? Text::tr("No problems found.")
                            : Text::tr("Problems: %1.").arg(problems.join(QStringLiteral(", "))));
    return text + QLatin1Char('\n');
}

} // namespace

QCoro::Task<CtlExit> CatalogCommands::scan(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    const CtlCatalog opened = co_await CtlCatalog::open(context, invocation.store);
    if (opened.exit != CtlExit::Ok)
        co_return opened.exit;
    CtlStoreConnection *store = opened.store.get();
    const QString key = opened.key();

    CatalogScanner scanner(&store->client(), opened.catalog.get(), key);
    QElapsedTimer sinceLine;
    sinceLine.start();
    bool first = true;
    QObject::connect(&scanner, &CatalogScanner::progressed, &scanner,
                     [console, &sinceLine, &first](const ScanProgress &p) {
                         // One line a second at most: a 2,000-product scan stays readable.
                         if (!first && sinceLine.elapsed() < 1000)
                             return;
                         first = false;
                         sinceLine.restart();
                         console->progress(progressLine(p));
                     });
    if (context.interrupt)
        context.interrupt->setStopper([&scanner, console] {
            console->progress(Text::tr("Stopping: no new request is sent; waiting for the answers "
                                       "to those already sent…"));
            scanner.cancel();
        });
    const ScanOutcome outcome = co_await scanner.scan();
    if (context.interrupt)
        context.interrupt->setStopper({});

    QString error;
    if (outcome.error)
        error = store->describe(*outcome.error);
    if (outcome.resumed)
        console->progress(Text::tr("Resumed the scan an earlier run began."));
    if (outcome.status == ScanOutcome::Status::Completed) {
        console->progress(outcome.message);
        if (outcome.unchanged > 0)
            console->progress(
                Text::tr("%n product(s) unchanged since the last scan (not read again).", nullptr,
                         outcome.unchanged));
        if (outcome.removed > 0)
            console->progress(Text::tr("%n product(s) no longer on the store left the catalog.",
                                       nullptr, outcome.removed));
    } else {
        console->error(error.isEmpty() ? outcome.message
                                       : Text::tr("The scan stopped: %1").arg(error));
        if (outcome.status == ScanOutcome::Status::Failed && outcome.error)
            console->progress(
                Text::tr("What was read is kept; 'vitrinectl scan' continues from there."));
        else if (outcome.status == ScanOutcome::Status::Cancelled)
            console->progress(outcome.message);
    }
    if (invocation.json)
        console->print(CtlFormat::json(scanJson(
            key, outcome,
            error.isEmpty() && outcome.status == ScanOutcome::Status::Failed ? outcome.message
                                                                             : error)));
    co_return outcome.status == ScanOutcome::Status::Completed ? CtlExit::Ok : CtlExit::Failed;
}

QCoro::Task<CtlExit> CatalogCommands::audit(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    QList<ReviewFinding::Kind> kinds;
    if (!invocation.problems.isEmpty()) {
        // The parser has checked the names.
        kinds = CatalogAudit::parseKinds(invocation.problems).value_or(kinds);
    }
    const CtlCatalog opened = co_await CtlCatalog::open(context, invocation.store);
    if (opened.exit != CtlExit::Ok)
        co_return opened.exit;
    CtlStoreConnection *store = opened.store.get();
    CatalogDatabase *catalog = opened.catalog.get();
    const QString key = opened.key();
    const std::optional<QList<CatalogProduct>> scanned = opened.scannedProducts(context);
    if (!scanned)
        co_return CtlExit::Failed;
    QList<CatalogProduct> products = *scanned;
    if (!invocation.productId.isEmpty()) {
        QList<CatalogProduct> chosen;
        for (const CatalogProduct &p : std::as_const(products)) {
            if (p.id == invocation.productId)
                chosen << p;
        }
        if (chosen.isEmpty()) {
            console->error(Text::tr("Product %1 is not in the catalog of %2 (as of the last scan).")
                               .arg(invocation.productId, key));
            co_return CtlExit::Failed;
        }
        products = chosen;
    }
    const QHash<QString, SessionState> staged = KeptEdits::of(*context.journal, key);

    // The pictures not checked yet (or not lately), through the token-free image path.
    QHash<QString, PictureCheck> checks = catalog->pictureChecks();
    if (!invocation.skipPictureChecks) {
        QStringList urls;
        for (const CatalogProduct &p : std::as_const(products)) {
            const auto state = staged.constFind(p.id);
            for (const ReviewImage &image : CatalogAudit::reviewImages(
                     p, state == staged.cend() ? nullptr : &state.value(), {}))
                urls << image.src;
        }
        const QStringList due = PictureChecker::due(urls, checks, QDateTime::currentDateTimeUtc());
        if (!due.isEmpty()) {
            ThumbnailFetcher fetcher;
            fetcher.setDefaultScheme(store->client().profile().effectiveBaseUrl().scheme());
            PictureChecker checker(&fetcher);
            QElapsedTimer sinceLine;
            sinceLine.start();
            QObject::connect(&checker, &PictureChecker::progressed, &checker,
                             [console, &sinceLine](int done, int total) {
                                 if (sinceLine.elapsed() < 1000 && done < total)
                                     return;
                                 sinceLine.restart();
                                 console->progress(
                                     Text::tr("Checking pictures: %1 of %2…").arg(done).arg(total));
                             });
            if (context.interrupt)
                context.interrupt->setStopper([&checker, console] {
                    console->progress(Text::tr("Stopping the picture checks…"));
                    checker.cancel();
                });
            const QHash<QString, PictureCheck> fresh = co_await checker.check(due);
            if (context.interrupt)
                context.interrupt->setStopper({});
            if (!catalog->savePictureChecks(fresh))
                console->error(
                    Text::tr("The picture checks could not be kept: %1").arg(catalog->lastError()));
            checks.insert(fresh);
        }
    }

    const StoreCapabilities &caps = store->client().capabilities();
    ReviewOptions options = CatalogAudit::optionsFor(caps.altMaxOnUpdate, caps.altMaxOnCreate);
    // alt-spelling with the dictionary of the user's language, as the app's review does (none
    // installed for it: spelling is not checked).
    const std::unique_ptr<HunspellChecker> spelling = HunspellChecker::forLocale(QLocale::system());
    options.spelling = spelling.get();
    const CatalogAuditResult all = CatalogAudit::run(products, staged, checks, options);
    const CatalogAuditResult result = CatalogAudit::filtered(all, kinds);
    if (result.unjudged() > 0)
        console->progress(
            Text::tr("%n picture(s) could not be checked: broken and tiny are not judged "
                     "for them.",
                     nullptr, result.unjudged()));
    if (invocation.json)
        console->print(QString::fromUtf8(CatalogAudit::toJson(result, kinds)));
    else if (invocation.csv)
        console->print(QString::fromUtf8(CatalogAudit::toCsv(result.findings())));
    else
        console->print(auditText(result));
    co_return CtlExit::Ok;
}

} // namespace vitrine
