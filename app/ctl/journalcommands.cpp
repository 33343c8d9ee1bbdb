#include "app/ctl/journalcommands.h"

#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlformat.h"
#include "app/ctl/ctlpublishing.h"
#include "app/ctl/ctlstoreconnection.h"
#include "app/ctl/ctlstoreresolver.h"
#include "app/ctl/stagededits.h"
#include "models/editsession.h"
#include "net/storeclient.h"
#include "workflow/galleryloader.h"
#include "workflow/journal.h"
#include "workflow/sessionjournal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QString editsCount(int n) {
    return n == 1 ? Text::tr("1 edit") : Text::tr("%1 edits").arg(n);
}

QJsonValue orNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject entryJson(const Journal::Entry &entry, const QList<StagedEdits::Edit> &edits) {
    return QJsonObject{
        {QStringLiteral("store"), entry.store},
        {QStringLiteral("product"), entry.productId},
        {QStringLiteral("title"), orNull(entry.productTitle)},
        {QStringLiteral("pending_count"), entry.pendingCount},
        {QStringLiteral("saved_at"), entry.savedAt.isValid()
                                         ? QJsonValue(entry.savedAt.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("publish_interrupted"), entry.publishInterrupted},
        {QStringLiteral("uncertain_requests"), entry.uncertainRequests},
        {QStringLiteral("confirmed_sent"), entry.confirmedSent},
        {QStringLiteral("uncertain"), entry.uncertainEdits},
        {QStringLiteral("not_sent"), entry.pendingCount - entry.uncertainEdits},
        {QStringLiteral("edits"), StagedEdits::toJson(edits)},
    };
}

QString entryText(const Journal::Entry &entry, const QList<StagedEdits::Edit> &edits) {
    QString head = Text::tr("%1  product %2").arg(entry.store, entry.productId);
    if (!entry.productTitle.isEmpty())
        head += QStringLiteral(" (%1)").arg(CtlFormat::cell(entry.productTitle));
    head += QStringLiteral(": ") + editsCount(entry.pendingCount);
    if (entry.savedAt.isValid())
        head +=
            QStringLiteral(", ") + Text::tr("saved %1").arg(entry.savedAt.toString(Qt::ISODate));
    if (entry.publishInterrupted)
        head += QStringLiteral(", ") + Text::tr("a publish was interrupted after %1 confirmed sent")
                                           .arg(editsCount(entry.confirmedSent));
    if (entry.uncertainEdits > 0)
        head +=
            QStringLiteral(", ") + Text::tr("%1 of them uncertain (looked for on the store before "
                                            "anything is sent again)")
                                       .arg(entry.uncertainEdits);
    else if (entry.uncertainRequests > 0)
        head += QStringLiteral(", ") +
                Text::tr("%1 request(s) to check on the store").arg(entry.uncertainRequests);
    QString out = head + QLatin1Char('\n');
    for (const QString &line : StagedEdits::toText(edits))
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

QCoro::Task<CtlExit> JournalCommands::pending(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    // Only the store's name is needed to find its entries: no token, nothing sent.
    QString store;
    if (invocation.storeGiven) {
        const CtlStoreTarget target = context.stores->locate(invocation.store);
        if (!target.ok()) {
            console->error(target.error);
            co_return target.exit;
        }
        store = target.journalKey;
    }
    if (!openJournal(context))
        co_return CtlExit::Failed;

    QList<Journal::Entry> entries;
    if (!invocation.productId.isEmpty()) {
        for (const Journal::Entry &e : context.journal->entries(store)) {
            if (e.productId == invocation.productId)
                entries << e;
        }
    } else {
        entries = context.journal->entries(store);
    }

    QJsonArray json;
    QString text;
    for (const Journal::Entry &entry : std::as_const(entries)) {
        const std::optional<SessionState> state =
            context.journal->loadState(entry.store, entry.productId);
        if (!state && !context.journal->lastError().isEmpty())
            console->error(Text::tr("The staged edits of product %1 (%2) cannot be read: %3")
                               .arg(entry.productId, entry.store, context.journal->lastError()));
        const QList<StagedEdits::Edit> edits =
            state ? StagedEdits::of(*state) : QList<StagedEdits::Edit>{};
        json.append(entryJson(entry, edits));
        text += entryText(entry, edits);
    }
    if (invocation.json) {
        console->print(CtlFormat::json(QJsonObject{{QStringLiteral("pending"), json}}));
    } else if (entries.isEmpty()) {
        console->progress(
            invocation.productId.isEmpty()
                ? Text::tr("Nothing is staged.")
                : Text::tr("Nothing is staged for product %1.").arg(invocation.productId));
    } else {
        console->print(text);
    }
    co_return CtlExit::Ok;
}

QCoro::Task<CtlExit> JournalCommands::publish(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    const CtlStoreConnection::Opened opened =
        co_await CtlStoreConnection::open(context, invocation.store);
    if (!opened.connection)
        co_return opened.exit;
    CtlStoreConnection *store = opened.connection.get();
    if (!openJournal(context))
        co_return CtlExit::Failed;
    const QString key = store->target().journalKey;

    QStringList products;
    for (const Journal::Entry &e : context.journal->entries(key)) {
        if (invocation.productId.isEmpty() || e.productId == invocation.productId)
            products << e.productId;
    }
    QJsonArray published; // --json
    auto printJson = [&]() {
        if (invocation.json)
            console->print(CtlFormat::json(QJsonObject{{QStringLiteral("store"), key},
                                                       {QStringLiteral("products"), published}}));
    };
    if (products.isEmpty()) {
        console->progress(
            invocation.productId.isEmpty()
                ? Text::tr("Nothing is staged for %1.").arg(key)
                : Text::tr("Nothing is staged for product %1.").arg(invocation.productId));
        printJson();
        co_return CtlExit::Ok;
    }

    CtlExit worst = CtlExit::Ok;
    for (const QString &productId : std::as_const(products)) {
        EditSession session;
        const Result<GalleryLoader::Opened> loaded = co_await GalleryLoader::open(
            &store->client(), &session, productId, context.journal, true);
        if (!loaded.ok()) {
            store->fail(loaded.error());
            published.append(CtlFormat::publishFailureJson(productId, loaded.error(),
                                                           store->describe(loaded.error())));
            console->progress(
                Text::tr("The edits staged for product %1 stay staged.").arg(productId));
            worst = CtlExit::Failed;
            continue;
        }
        // Keeps the session's state in the journal as the publish applies its results.
        SessionJournal kept(context.journal, key, &session);
        const CtlPublishing::Report report =
            co_await CtlPublishing::publish(context, store, &session, invocation.resolve);
        if (!kept.save())
            console->error(
                Text::tr("The journal could not be updated: %1").arg(context.journal->lastError()));
        published.append(CtlFormat::publishJson(productId, report.outcome));
        if (report.exit != CtlExit::Ok)
            worst = report.exit;
        if (report.outcome.status == PublishOutcome::Status::Cancelled)
            break; // interrupted: the other products are not started
    }
    printJson();
    co_return worst;
}

QCoro::Task<CtlExit> JournalCommands::discard(CtlContext context, CtlInvocation invocation) {
    CtlConsole *console = context.console;
    const CtlStoreTarget target = context.stores->locate(invocation.store);
    if (!target.ok()) {
        console->error(target.error);
        co_return target.exit;
    }
    if (!openJournal(context))
        co_return CtlExit::Failed;
    const std::optional<Journal::Entry> entry =
        context.journal->entry(target.journalKey, invocation.productId);
    if (!entry) {
        console->progress(Text::tr("Nothing is staged for product %1.").arg(invocation.productId));
        co_return CtlExit::Ok;
    }
    if (!context.journal->discard(target.journalKey, invocation.productId)) {
        console->error(Text::tr("The staged edits could not be dropped: %1")
                           .arg(context.journal->lastError()));
        co_return CtlExit::Failed;
    }
    console->progress(Text::tr("Dropped %1 staged for product %2.")
                          .arg(editsCount(entry->pendingCount), invocation.productId));
    co_return CtlExit::Ok;
}

} // namespace vitrine
