#include "workflow/publishoutcome.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "Publisher" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Publisher)
};

QString requestsText(int n) {
    return Text::tr("%n request(s)", nullptr, n);
}

QString changesText(int n) {
    return Text::tr("%n change(s)", nullptr, n);
}

QString joined(const QString &a, const QString &b) {
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

QString staysStaged(int pending) {
    return Text::tr("%n change(s) stay staged.", nullptr, pending);
}

// The first position write showed how the store orders images: said in words, with what it cost.
QString learnedOrderingSentence(OrderingSemantics learned, OrderingSemantics guess, int writes) {
    const QString rules =
        learned == OrderingSemantics::Shift
            ? Text::tr("The store renumbers its images when one moves (shift ordering), where its "
                       "dialect assumed %1 ordering.")
            : Text::tr("The store keeps the positions it is sent (absolute ordering), where its "
                       "dialect assumed %1 ordering.");
    const QString cost =
        writes > 0 ? Text::tr("The first move showed it and the rest was planned for it, with %n "
                              "extra write(s).",
                              nullptr, writes)
                   : Text::tr("The first move showed it and the rest was planned for it.");
    return joined(joined(rules.arg(orderingName(guess)), cost),
                  Text::tr("Later publishes to this store plan for it from the start."));
}

// Sentences about what happened besides the main result.
QString extras(const PublishOutcome &o, OrderingSemantics profile) {
    QStringList s;
    if (o.resumed)
        s << Text::tr("An interrupted publish was finished first (%n request(s) had gone through).",
                      nullptr, o.resumedRequests);
    if (o.adoptedCreates > 0)
        s << Text::tr("%n image(s) that interrupted requests had already added were kept, not "
                      "added again.",
                      nullptr, o.adoptedCreates);
    if (!o.takenFromStore.isEmpty())
        s << Text::tr("Kept %1 made on the store in the meantime.")
                 .arg(changesText(int(o.takenFromStore.size())));
    if (!o.droppedEdits.isEmpty())
        s << (o.droppedEdits.size() == 1
                  ? Text::tr("%1 was deleted on the store; its staged edit was dropped.")
                        .arg(o.droppedEdits.first())
                  : Text::tr("%1 were deleted on the store; their staged edits were dropped.")
                        .arg(o.droppedEdits.join(QStringLiteral(", "))));
    if (o.vanishedImages > 0)
        s << Text::tr("%n image(s) were deleted on the store in the meantime.", nullptr,
                      o.vanishedImages);
    if (o.plan.tieWrites > 0)
        s << Text::tr("%n extra write(s) were needed because %1 had the same position on the "
                      "store.",
                      nullptr, o.plan.tieWrites)
                 .arg(Text::tr("%n image(s)", nullptr, o.plan.tiedImages));
    if (o.learnedOrdering)
        s << learnedOrderingSentence(*o.learnedOrdering, o.orderingGuess, o.learningWrites);
    if (o.observedOrdering)
        s << Text::tr("The store orders images by %1 rules, not %2 as its profile says; %3")
                 .arg(orderingName(*o.observedOrdering), orderingName(profile),
                      o.repairRequests > 0 ? Text::tr("the order was repaired with %1.")
                                                 .arg(requestsText(o.repairRequests))
                                           : Text::tr("later publishes follow its rules."));
    else if (o.repairRequests > 0)
        s << Text::tr("The store did not show everything as published; it was repaired with %1.")
                 .arg(requestsText(o.repairRequests));
    return s.join(QLatin1Char(' '));
}

} // namespace

QString PublishOutcome::statusName(Status status) {
    switch (status) {
    case Status::Published:
        return QStringLiteral("published");
    case Status::PartlyPublished:
        return QStringLiteral("partly-published");
    case Status::NothingToPublish:
        return QStringLiteral("nothing-to-publish");
    case Status::NeedsChoice:
        return QStringLiteral("needs-choice");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Offline:
        return QStringLiteral("offline");
    case Status::Unauthorized:
        return QStringLiteral("unauthorized");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

void PublishOutcome::concludeGone() {
    status = Status::Cancelled;
    message =
        Text::tr("Publishing stopped: the window or store connection was closed. What was not "
                 "sent stays staged.");
}

void PublishOutcome::concludeReadFailed(const StoreError &e, int pending,
                                        OrderingSemantics profile) {
    error = e;
    stillPending = pending;
    switch (publishStopFor(e)) {
    case PublishStop::Offline:
    case PublishStop::StoreDown:
        status = Status::Offline;
        break;
    case PublishStop::Unauthorized:
        status = Status::Unauthorized;
        break;
    case PublishStop::Cancelled:
        status = Status::Cancelled;
        break;
    default:
        status = Status::Failed;
        break;
    }
    const QString kept =
        pending == 1
            ? Text::tr("Nothing was published; your change stays staged.")
            : Text::tr("Nothing was published; your %1 stay staged.").arg(changesText(pending));
    message = joined(joined(e.userMessage(), kept), extras(*this, profile));
}

void PublishOutcome::concludeCancelledBeforeSending(int pending) {
    status = Status::Cancelled;
    stillPending = pending;
    message = Text::tr("Publishing was cancelled; nothing was sent.");
}

void PublishOutcome::concludeNeedsChoice(const QList<Conflict> &all, int pending) {
    const int n = int(unresolved(all).size());
    status = Status::NeedsChoice;
    conflicts = all;
    changes = pending;
    stillPending = pending;
    message =
        joined(n == 1 ? Text::tr("A change made on the store in the meantime collides with your "
                                 "staged edits: choose whether to keep yours or the store's.")
                      : Text::tr("%1 changes made on the store in the meantime collide with your "
                                 "staged edits: choose whether to keep yours or the store's.")
                            .arg(n),
               Text::tr("Nothing was sent."));
}

void PublishOutcome::concludeNothingToPublish(OrderingSemantics profile) {
    status = Status::NothingToPublish;
    verified = true;
    message = joined(Text::tr("Nothing to publish."), extras(*this, profile));
}

void PublishOutcome::conclude(const Ending &ending, OrderingSemantics profile) {
    const QString more = extras(*this, profile);
    const QString staged = staysStaged(stillPending);
    const int planned = int(plan.ops.size());
    const QString wentThrough = succeeded > 0 ? Text::tr("%1 of %2 went through before; %3")
                                                    .arg(requestsText(succeeded))
                                                    .arg(planned)
                                                    .arg(staged)
                                              : Text::tr("Nothing was published; %1").arg(staged);
    switch (ending.stop) {
    case PublishStop::Offline:
    case PublishStop::Unauthorized:
        status = ending.stop == PublishStop::Offline ? Status::Offline : Status::Unauthorized;
        error = ending.stopError;
        message =
            joined(ending.stopError ? ending.stopError->userMessage() : QString(), wentThrough);
        break;
    case PublishStop::StoreDown:
        // Not hammered: one request ran out of its retries, the rest is not sent.
        status = Status::Offline;
        error = ending.stopError;
        message =
            joined(joined(ending.stopError ? ending.stopError->userMessage() : QString(),
                          Text::tr("Publishing stopped instead of sending the rest to a store "
                                   "that is failing.")),
                   wentThrough);
        break;
    case PublishStop::Cancelled:
        status = Status::Cancelled;
        message = joined(Text::tr("Publishing was cancelled after %1 of %2.")
                             .arg(requestsText(succeeded))
                             .arg(planned),
                         staged);
        break;
    case PublishStop::Journal:
        // The same error whether the plan or a request's outcome could not be recorded; what
        // went through before it is said.
        status = Status::Failed;
        message =
            requests == 0 && repairRequests == 0
                ? Text::tr("Nothing was published: the publish could not be recorded in the "
                           "journal (%1).")
                      .arg(ending.journalError)
                : joined(Text::tr("Publishing stopped: the publish could not be recorded in the "
                                  "journal (%1). %2 of %3 went through before.")
                             .arg(ending.journalError, requestsText(succeeded))
                             .arg(planned),
                         staged);
        break;
    case PublishStop::RateLimited:
        status = succeeded > 0 ? Status::PartlyPublished : Status::Failed;
        error = ending.stopError;
        message = joined(
            Text::tr("The store is refusing requests for now (too many); %1 of %2 went through.")
                .arg(requestsText(succeeded))
                .arg(planned),
            staged);
        break;
    case PublishStop::None:
    case PublishStop::Gone:
        if (failed > 0 && succeeded == 0) {
            status = Status::Failed;
            error = ending.firstError;
            message =
                joined(Text::tr("The store refused every change (%1).")
                           .arg(ending.firstError ? ending.firstError->userMessage() : QString()),
                       staged);
        } else if (failed > 0 || (notSent > 0 && stillPending > 0)) {
            status = Status::PartlyPublished;
            // Nothing left pending: what failed was about images deleted on the store meanwhile,
            // whose dropped edits the sentences below name.
            if (stillPending == 0)
                message = Text::tr("Published %1 of %2.").arg(succeeded).arg(planned);
            else if (failed == 0)
                // Only answers that did not say, and the store does not show them done.
                message = joined(
                    joined(Text::tr(
                               "Published %1 of %2; the store's answers to %3 did not say whether "
                               "they were done, and reading the gallery back does not show them. "
                               "They are looked for on the store before they are sent again.")
                               .arg(succeeded)
                               .arg(planned)
                               .arg(requestsText(notSent)),
                           ending.firstUnconfirmed ? ending.firstUnconfirmed->userMessage()
                                                   : QString()),
                    staged);
            else
                message = joined(Text::tr("Published %1 of %2; %3 failed and stay pending with the "
                                          "store's message.")
                                     .arg(succeeded)
                                     .arg(planned)
                                     .arg(requestsText(failed + notSent)),
                                 staged);
        } else if (!verified && !ending.verifyFailed) {
            status = Status::PartlyPublished;
            message =
                joined(Text::tr("Published %1 with %2, but the store still does not show all of "
                                "it after %3 repair rounds.")
                           .arg(changesText(changes), requestsText(requests))
                           .arg(repairRounds),
                       staged);
        } else {
            status = Status::Published;
            message =
                Text::tr("Published %1 with %2.").arg(changesText(changes), requestsText(requests));
            if (unconfirmed > 0)
                message = joined(
                    message,
                    unconfirmed == 1
                        ? Text::tr(
                              "The store's answer to 1 request could not be read or did not say "
                              "whether the store made the change; reading the gallery back shows "
                              "the store as staged.")
                        : Text::tr(
                              "The store's answers to %n requests could not be read or did not "
                              "say whether the store made the change; reading the gallery back "
                              "shows the store as staged.",
                              nullptr, unconfirmed));
            if (ending.verifyFailed)
                message =
                    joined(message,
                           Text::tr("Reading the gallery back failed (%1), so it was not checked.")
                               .arg(error ? error->userMessage() : QString()));
        }
        break;
    }
    message = joined(message, more);
}

} // namespace vitrine
