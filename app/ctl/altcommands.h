#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"
#include "core/alttextproduct.h"

#include <QCoroTask>

namespace vitrine {

class CtlConsole;

// template, export and import (docs/alttext.md): alt text for many images at once. Each reads
// the galleries it works on as they will be published (the store's images with the edits the
// journal keeps; template and export without --product: the local catalog, CatalogAltCommands),
// shows a preview on stdout — text, or JSON with --json — and stages only with
// --stage, into the journal, as one step per product ('vitrinectl publish' publishes it).
class AltCommands {
public:
    static QCoro::Task<CtlExit> fillFromTemplate(CtlContext context, CtlInvocation invocation);
    static QCoro::Task<CtlExit> exportSheet(CtlContext context, CtlInvocation invocation);
    // Exit 1 when a cell is in conflict or a line was skipped (the rest is staged with --stage).
    static QCoro::Task<CtlExit> importSheet(CtlContext context, CtlInvocation invocation);

    // Writes the products' sheet to path; false (said on stderr) when it could not.
    static bool writeSheet(CtlConsole *console, const QString &path,
                           const QList<AltTextProduct> &products, bool byteOrderMark);
    // The rows the sheet has: the images on the store.
    static int sheetRows(const QList<AltTextProduct> &products);
};

} // namespace vitrine
