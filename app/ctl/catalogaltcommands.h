#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"
#include "core/alttemplate.h"
#include "core/alttemplatepreview.h"

#include <QCoroTask>

namespace vitrine {

// template and export over the local catalog (no --product; docs/alttext.md): every product of
// the last scan as it will be published (the journal's staged edits applied). template --problem
// P writes only the images the audit finds P for; --stage stages the texts per product exactly as
// the Catalog window's worklist does (CatalogEditor: one step per product, kept in the journal).
class CatalogAltCommands {
public:
    // text: the template as resolved (a saved template's text), parsed: valid.
    static QCoro::Task<CtlExit> fillFromTemplate(CtlContext context, CtlInvocation invocation,
                                                 QString text, AltTemplate parsed,
                                                 AltWriteMode mode);
    static QCoro::Task<CtlExit> exportSheet(CtlContext context, CtlInvocation invocation);
};

} // namespace vitrine
