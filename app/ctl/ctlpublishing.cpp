#include "app/ctl/ctlpublishing.h"

#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlinterrupt.h"
#include "app/ctl/ctlstoreconnection.h"
// publisher.h uses Result without including it.
#include "core/result.h"
#include "net/storeclient.h"
#include "workflow/publisher.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QString retryHint(const QString &productId) {
    return Text::tr(
               "Nothing was lost: what was not published stays staged ('vitrinectl pending %1'); "
               "'vitrinectl publish %1' tries again, 'vitrinectl discard %1' drops it.")
        .arg(productId);
}

CtlExit report(const CtlContext &context, const CtlStoreConnection &store, const QString &productId,
               const PublishOutcome &outcome) {
    CtlConsole &console = *context.console;
    for (const Conflict &c : outcome.takenFromStore)
        console.progress(Text::tr("Changed elsewhere, kept: %1").arg(c.describe()));
    using Status = PublishOutcome::Status;
    switch (outcome.status) {
    case Status::Published:
    case Status::NothingToPublish:
        if (!outcome.message.isEmpty())
            console.progress(outcome.message);
        return CtlExit::Ok;
    case Status::NeedsChoice:
        console.error(outcome.message);
        for (const Conflict &c : outcome.conflicts) {
            if (c.needsChoice())
                console.progress(QStringLiteral("  ") + c.describe());
        }
        console.progress(
            Text::tr("Choose with 'vitrinectl publish %1 --resolve keep-mine' (publish "
                     "yours) or '--resolve take-theirs' (keep the store's).")
                .arg(productId));
        return CtlExit::Failed;
    case Status::Offline:
        // What went through and what stays staged, besides why.
        console.error(outcome.message);
        console.progress(retryHint(productId));
        return CtlExit::Failed;
    case Status::Unauthorized:
    case Status::Failed:
        console.error(outcome.error ? store.describe(*outcome.error) : outcome.message);
        console.progress(retryHint(productId));
        return CtlExit::Failed;
    case Status::PartlyPublished:
    case Status::Cancelled:
    case Status::Busy:
        console.error(outcome.message);
        if (outcome.stillPending > 0)
            console.progress(retryHint(productId));
        return CtlExit::Failed;
    }
    return CtlExit::Failed;
}

} // namespace

QString CtlPublishing::createdId(const PublishOutcome &outcome, const QString &localKey) {
    for (int i = 0; i < outcome.plan.ops.size() && i < outcome.results.size(); ++i) {
        const WriteOp &op = outcome.plan.ops.at(i);
        const EditSession::OpResult &result = outcome.results.at(i);
        if (op.kind == WriteOp::Kind::Create && op.localKey == localKey &&
            result.state == EditSession::OpResult::State::Succeeded)
            return result.image.id;
    }
    return {};
}

QCoro::Task<CtlPublishing::Report> CtlPublishing::publish(CtlContext context,
                                                          CtlStoreConnection *store,
                                                          EditSession *session, QString resolve) {
    CtlConsole *console = context.console;
    const QString productId = session->productId();
    Publisher publisher(&store->client(), session);
    publisher.setJournal(context.journal, store->target().journalKey);

    // The plan being sent, for naming each request as it finishes.
    PublishPlan plan;
    QObject::connect(
        &publisher, &Publisher::started, &publisher,
        [&publisher, &plan, session, console, productId](int total) {
            plan = publisher.plan();
            // A delete-all request removes every image staged for deletion.
            const int removedByDeleteAll = int(session->deletedIds().size());
            const QString summary =
                int(plan.ops.size()) == total
                    ? describeSummary(plan.summary(removedByDeleteAll))
                    : (total == 1 ? Text::tr("1 request") : Text::tr("%1 requests").arg(total));
            console->progress(Text::tr("Publishing product %1: %2").arg(productId, summary));
        });
    // The plan being sent grows when the store's ordering is learned on the way (Publisher).
    QObject::connect(&publisher, &Publisher::opFinished, &publisher,
                     [&publisher, &plan, console](int index, const EditSession::OpResult &result) {
                         plan = publisher.plan();
                         const QString what = index < plan.ops.size()
                                                  ? plan.ops.at(index).describe()
                                                  : Text::tr("request %1").arg(index + 1);
                         using State = EditSession::OpResult::State;
                         // Not sent: stopped before it, or sent with an answer that
                         // did not say (the message tells which).
                         const QString how = result.state == State::Succeeded ? Text::tr("done")
                                             : result.state == State::Failed
                                                 ? Text::tr("failed: %1").arg(result.message)
                                             : result.message.isEmpty() ? Text::tr("not sent")
                                                                        : result.message;
                         console->progress(QStringLiteral("[%1/%2] %3: %4")
                                               .arg(index + 1)
                                               .arg(plan.ops.size())
                                               .arg(what, how));
                     });
    QObject::connect(
        &publisher, &Publisher::repairing, &publisher, [console](int round, int requests) {
            console->progress(
                Text::tr("The store does not show what was published yet; repair round "
                         "%1: %2.")
                    .arg(round)
                    .arg(Text::tr("%n request(s)", nullptr, requests)));
        });

    // Ctrl+C: nothing new is sent, the writes in flight (up to 6) are awaited and journaled; what
    // was not sent stays staged.
    if (context.interrupt)
        context.interrupt->setStopper([&publisher, console] {
            console->progress(Text::tr("Stopping: no new request is sent; waiting for the answers "
                                       "to those already sent…"));
            publisher.cancel();
        });

    Report result;
    result.outcome = co_await publisher.publish();
    if (result.outcome.status == PublishOutcome::Status::NeedsChoice && !resolve.isEmpty()) {
        Conflict::Resolution resolution = Conflict::Resolution::Unresolved;
        Conflict::parseResolution(resolve, &resolution);
        QList<Conflict> conflicts = result.outcome.conflicts;
        resolveAll(conflicts, resolution);
        console->progress(
            Text::tr("Changes made elsewhere collide with staged edits; settled with %1.")
                .arg(resolve));
        result.outcome = co_await publisher.publish(conflicts);
    }
    if (context.interrupt)
        context.interrupt->setStopper({});
    result.exit = report(context, *store, productId, result.outcome);
    co_return result;
}

} // namespace vitrine
