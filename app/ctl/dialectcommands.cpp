#include "app/ctl/dialectcommands.h"

#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlstoreconnection.h"
#include "net/dialectdescription.h"
#include "net/mappingcheck.h"
#include "net/storeclient.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

// The mapping, one field a line: where each mapped key was found, and the store's other keys.
QString reportText(const MappingReport &report) {
    QString out = Text::tr("Fields of product %1 (%n image(s) in the store's answer):\n", nullptr,
                           report.records)
                      .arg(report.productId);
    for (const MappingReport::Field &f : report.fields) {
        QString state;
        if (f.found > 0)
            state = Text::tr("found in %1 of %2").arg(f.found).arg(report.records);
        else if (!f.suggestion.isEmpty())
            state = Text::tr("MISSING — did you mean \"%1\"?").arg(f.suggestion);
        else if (f.required)
            state = Text::tr("MISSING");
        else
            state = Text::tr("missing (allowed: the store may leave it out)");
        out += QStringLiteral("  %1 %2 %3\n")
                   .arg(f.role, -10)
                   .arg(QLatin1Char('"') + f.key + QLatin1Char('"'), -18)
                   .arg(state);
    }
    out += report.unmappedKeys.isEmpty()
               ? Text::tr("Every key of the answer is mapped.\n")
               : Text::tr("Keys of the answer no field maps (kept as they are): %1\n")
                     .arg(report.unmappedKeys.join(QStringLiteral(", ")));
    return out;
}

// What the file's "thumbnails" rule makes of the answer's first image address, at the width a
// grid cell asks for at 1x, so that its author can try the address in a browser.
QString thumbnailText(const DialectDescription &description, const MappingReport &report) {
    constexpr int kCellWidth = 160;
    if (description.thumbnails.isEmpty())
        return Text::tr("Thumbnails: made from the original images (the file has no "
                        "\"thumbnails\" rule).\n");
    const QUrl rendition = description.thumbnails.apply(QUrl(report.sampleSource), kCellWidth);
    if (rendition.isEmpty())
        return Text::tr("Thumbnails: the \"thumbnails\" rule makes no address of \"%1\"; the "
                        "originals are fetched.\n")
            .arg(report.sampleSource);
    return Text::tr("Thumbnails: %1 pixels wide, \"%2\" is asked for as \"%3\" (without the "
                    "token); where that fails, the original is fetched.\n")
        .arg(kCellWidth)
        .arg(report.sampleSource, rendition.toString());
}

} // namespace

QCoro::Task<CtlExit> DialectCommands::check(CtlContext context, CtlInvocation invocation) {
    CtlConsole &console = *context.console;
    const Result<DialectDescription> description =
        DialectDescription::fromFile(invocation.dialectFile);
    if (!description) {
        for (const QString &line : description.error().storeMessage.split(QLatin1Char('\n')))
            console.error(line);
        co_return CtlExit::Failed;
    }
    console.print(Text::tr("%1: the dialect \"%2\" reads without problems.\n")
                      .arg(invocation.dialectFile, description->name));
    const QUrl address =
        invocation.profileBaseUrl.isEmpty() ? description->baseUrl : invocation.profileBaseUrl;
    if (address.isEmpty()) {
        console.print(Text::tr("No store address (give --base-url, or baseUrl in the file): the "
                               "field mapping was not checked against a store.\n"));
        co_return CtlExit::Ok;
    }

    CtlStoreChoice choice;
    choice.kind = CtlStoreChoice::Kind::Direct;
    choice.dialect = invocation.dialectFile;
    choice.baseUrl = address;
    const CtlStoreConnection::Opened opened = co_await CtlStoreConnection::open(context, choice);
    if (!opened.connection)
        co_return opened.exit;
    const CtlStoreConnection &store = *opened.connection;
    QString productId = invocation.productId;
    if (productId.isEmpty()) {
        if (!store.client().capabilities().canListProducts) {
            console.error(
                Text::tr("This store cannot list products: give --product ID to check the "
                         "fields against."));
            co_return CtlExit::Usage;
        }
        const Result<QList<ProductSummary>> products = co_await store.client().listProducts();
        if (!products)
            co_return store.fail(products.error());
        if (products->isEmpty()) {
            console.error(
                Text::tr("The store lists no product: give --product ID to check the fields "
                         "against."));
            co_return CtlExit::Failed;
        }
        productId = products->first().id;
    }
    const Result<MappingReport> report = co_await store.client().checkMapping(productId);
    if (!report)
        co_return store.fail(report.error());
    console.print(reportText(report.value()));
    if (!report->checked()) {
        console.error(
            Text::tr("Product %1 has no images, so the field names cannot be checked; give "
                     "--product with a product that has images.")
                .arg(productId));
        co_return CtlExit::Failed;
    }
    if (!report->ok()) {
        for (const QString &problem : report->problems())
            console.error(problem);
        co_return CtlExit::Failed;
    }
    console.print(thumbnailText(*description, *report));
    console.print(Text::tr("The mapping matches the store's answer.\n"));
    co_return CtlExit::Ok;
}

} // namespace vitrine
