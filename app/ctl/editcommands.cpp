#include "app/ctl/editcommands.h"

#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctledits.h"
#include "app/ctl/ctlpublishing.h"
#include "app/ctl/ctlstoreconnection.h"
#include "models/editsession.h"
#include "net/storeclient.h"
#include "workflow/galleryloader.h"
#include "workflow/sessionjournal.h"

#include <QCoreApplication>

namespace vitrine {

namespace {
// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};
} // namespace

QCoro::Task<CtlExit> EditCommands::run(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    const CtlStoreConnection::Opened opened =
        co_await CtlStoreConnection::open(context, invocation.store);
    if (!opened.connection)
        co_return opened.exit;
    CtlStoreConnection *store = opened.connection.get();
    if (!openJournal(context))
        co_return CtlExit::Failed;

    EditSession session;
    const Result<GalleryLoader::Opened> loaded = co_await GalleryLoader::open(
        &store->client(), &session, invocation.productId, context.journal, true);
    if (!loaded.ok())
        co_return store->fail(loaded.error());
    const int stagedEarlier = loaded.value().journaled ? session.pendingCount() : 0;

    SessionJournal journal(context.journal, store->target().journalKey, &session);
    QString saveProblem;
    QObject::connect(&journal, &SessionJournal::saveFailed, &journal,
                     [&saveProblem](const QString &message) { saveProblem = message; });

    const CtlEdits::Outcome edit = CtlEdits::apply(session, invocation);
    if (!edit.ok) {
        console->error(edit.message);
        co_return CtlExit::Failed;
    }
    if (!journal.save() || !saveProblem.isEmpty()) {
        console->error(saveProblem.isEmpty()
                           ? Text::tr("The edit could not be kept in the journal: %1")
                                 .arg(context.journal->lastError())
                           : saveProblem);
        co_return CtlExit::Failed;
    }

    const QString productId = invocation.productId;
    if (invocation.stage) {
        const int pending = session.pendingCount();
        if (pending == 0) {
            console->progress(
                Text::tr("Nothing to stage: product %1 already looks like that.").arg(productId));
        } else {
            console->progress(
                Text::tr(
                    "%1 Staged: %2 pending for product %3 ('vitrinectl pending %3' lists them, "
                    "'vitrinectl publish %3' publishes them).")
                    .arg(edit.message,
                         pending == 1 ? Text::tr("1 edit") : Text::tr("%1 edits").arg(pending),
                         productId));
        }
        if (!edit.addedKey.isEmpty())
            console->print(edit.addedKey + QLatin1Char('\n'));
        co_return CtlExit::Ok;
    }

    if (stagedEarlier > 0)
        console->progress(Text::tr("%1 staged earlier for product %2 are published with this one.")
                              .arg(stagedEarlier == 1 ? Text::tr("1 edit")
                                                      : Text::tr("%1 edits").arg(stagedEarlier),
                                   productId));
    const CtlPublishing::Report published =
        co_await CtlPublishing::publish(context, store, &session, QString());
    if (!edit.addedKey.isEmpty()) {
        const QString id = CtlPublishing::createdId(published.outcome, edit.addedKey);
        if (!id.isEmpty())
            console->print(id + QLatin1Char('\n'));
    }
    co_return published.exit;
}

} // namespace vitrine
