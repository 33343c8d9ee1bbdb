// Edits kept in the journal, as the window meets them at start-up, over real HTTP on 127.0.0.1:
// without --product the product with kept edits opens (not the first listed) and the status line
// names the others; a store that cannot be reached still says what is kept; a damaged journal's
// warning outlives the first product load; a store given on the command line shares vitrinectl's
// journal key, and a renamed open store keeps journaling under its new name; a product asked for
// opens even when the product list cannot be read.
#include "windowharness.h"

#include "app/ctl/ctlstoreresolver.h"
#include "app/gui/gallerycontroller.h"
#include "app/gui/storelauncher.h"
#include "demostore/simfault.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "net/thumbnailfetcher.h"
#include "ui/gallerystatusbar.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "workflow/journal.h"
#include "workflow/sessionjournal.h"

#include <QCoroTask>
#include <QFile>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace vitrine;

namespace {

using Harness = test::WindowHarness;

} // namespace

class TestKeptEdits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

private Q_SLOTS:
    void init() {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(journalPath() + suffix);
    }

    void theProductWithKeptEditsOpensNotTheFirst() {
        int staged = 0;
        {
            Harness first(journalPath());
            QVERIFY(first.openDemo(true));
            QCOMPARE(first.session.productId(), QStringLiteral("101")); // the first listed
            QCoro::waitFor(first.controller.openProduct(QStringLiteral("104")));
            QVERIFY(first.session.setAltText({0}, QStringLiteral("Cushion, linen")));
            QCoro::waitFor(first.controller.openProduct(QStringLiteral("103")));
            QCOMPARE(first.session.productId(), QStringLiteral("103"));
            QVERIFY(first.session.setAltText({0}, QStringLiteral("Lamp, lit")));
            QVERIFY(first.session.moveToLast({1}));
            staged = first.session.pendingCount();
            QVERIFY(staged >= 2);
        } // the app ends without publishing

        Harness second(journalPath());
        QVERIFY(second.openDemo(false)); // no --product
        // The most recent kept edits (the desk lamp), not the first product (the grey sofa).
        QCOMPARE(second.session.productId(), QStringLiteral("103"));
        QCOMPARE(second.prompts.size(), 1);
        QVERIFY2(second.prompts.constFirst().contains(QStringLiteral("Desk lamp")),
                 qPrintable(second.prompts.constFirst()));
        QCOMPARE(second.session.pendingCount(), staged);
        // The other product with kept edits is named in the status line.
        QVERIFY2(second.status().contains(QStringLiteral("Linen cushion")),
                 qPrintable(second.status()));
        QVERIFY2(!second.status().contains(QStringLiteral("Desk lamp")),
                 qPrintable(second.status()));
        QVERIFY2(second.error().isEmpty(), qPrintable(second.error()));

        // Choosing it offers its edits too.
        QCoro::waitFor(second.controller.openProduct(QStringLiteral("104")));
        QCOMPARE(second.prompts.size(), 2);
        QCOMPARE(second.session.pendingCount(), 1);
    }

    void anUnreachableStoreStillSaysWhatIsKept() {
        QUrl base;
        {
            StoreSimulator sim;
            QVERIFY(sim.start());
            base = sim.baseUrl();
            Harness first(journalPath());
            QVERIFY(first.openDirect(base));
            QCoro::waitFor(first.controller.openProduct(QStringLiteral("103")));
            QVERIFY(first.session.setAltText({0, 1}, QStringLiteral("Lamp")));
            QCoro::waitFor(first.controller.openProduct(QStringLiteral("104")));
            QVERIFY(first.session.setAltText({1}, QStringLiteral("Cushion")));
        } // the store goes away with the app

        Harness second(journalPath());
        QVERIFY(second.openDirect(base));
        const QString error = second.error();
        QVERIFY2(error.contains(QStringLiteral("could not be reached")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("3 unpublished edits are kept for")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Desk lamp")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Linen cushion")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("offered when the store answers")),
                 qPrintable(error));
        QVERIFY(second.prompts.isEmpty());
        // Nothing was lost by trying.
        QCOMPARE(second.journal.entries(second.controller.storeKey()).size(), 2);
    }

    // A store that did not answer at start-up is tried again with Reload, and then offers what
    // was kept.
    void reloadTriesAStoreThatDidNotAnswer() {
        StoreSimulator sim;
        QVERIFY(sim.start());
        {
            Harness first(journalPath());
            QVERIFY(first.openDirect(sim.baseUrl(), QStringLiteral("103")));
            QVERIFY(first.session.setAltText({0}, QStringLiteral("Lamp")));
        }
        SimFault refused;
        refused.method = "GET";
        refused.path = QRegularExpression(QStringLiteral("^/api/v1/"));
        refused.status = 403;
        refused.body = R"({"status":403,"error":"Forbidden","message":"Maintenance"})";
        refused.times = -1;
        sim.addFault(refused);

        Harness second(journalPath());
        QVERIFY(second.openDirect(sim.baseUrl()));
        QVERIFY(second.session.productId().isEmpty());
        QVERIFY2(second.error().contains(QStringLiteral("1 unpublished edit")),
                 qPrintable(second.error()));
        QVERIFY(second.window.reloadAction()->isEnabled());

        sim.clearFaults();
        QSignalSpy loaded(&second.controller, &GalleryController::productLoaded);
        second.window.reloadAction()->trigger();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(second.session.productId(), QStringLiteral("103"));
        QCOMPARE(second.prompts.size(), 1);
        QCOMPARE(second.session.pendingCount(), 1);
    }

    void aDamagedJournalsWarningOutlivesTheFirstLoad() {
        {
            QFile garbage(journalPath());
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            QByteArray bytes(8192, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 131 + 7) % 251);
            garbage.write(bytes);
        }
        Harness h(journalPath());
        QVERIFY(h.journal.isOpen());
        QVERIFY(!h.journal.recoveryMessage().isEmpty());
        QVERIFY(h.openDemo(true, QStringLiteral("101")));
        QCOMPARE(h.session.productId(), QStringLiteral("101"));
        QVERIFY(h.session.model()->rowCount() > 0);
        // The product has loaded, and the warning is still there.
        QVERIFY2(h.error().contains(QStringLiteral("damaged")), qPrintable(h.error()));
        QCoro::waitFor(h.controller.openProduct(QStringLiteral("102")));
        QVERIFY2(h.error().contains(QStringLiteral("damaged")), qPrintable(h.error()));

        // Dismissed by the user, it has been seen: the next load does not bring it back.
        QToolButton *dismiss = nullptr;
        for (QToolButton *b : h.window.galleryStatusBar()->findChildren<QToolButton *>())
            if (b->toolTip() == QStringLiteral("Dismiss"))
                dismiss = b;
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(h.error().isEmpty());
        QCoro::waitFor(h.controller.openProduct(QStringLiteral("101")));
        QVERIFY2(h.error().isEmpty(), qPrintable(h.error()));
        QVERIFY(h.controller.lastingNotices().isEmpty());
    }

    void aJournalThatCannotBeUsedIsSaidLastingly() {
        // A folder that is a file: the journal cannot be created.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Harness h(blocker + QStringLiteral("/journal.sqlite"));
        QVERIFY(!h.journal.isOpen());
        QVERIFY(h.openDemo(true, QStringLiteral("101")));
        QCOMPARE(h.session.productId(), QStringLiteral("101"));
        QVERIFY2(h.error().contains(QStringLiteral("Edits cannot be kept on disk")),
                 qPrintable(h.error()));
    }

    void aStoreFromTheCommandLineSharesVitrinectlsKey_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("url");
        QTest::newRow("shoplazza") << "shoplazza"
                                   << "https://acme.myshoplazza.com";
        QTest::newRow("generic") << "generic"
                                 << "http://127.0.0.1:8080/";
        QTest::newRow("shopify") << "shopify"
                                 << "https://acme.myshopify.com";
    }
    void aStoreFromTheCommandLineSharesVitrinectlsKey() {
        QFETCH(QString, dialect);
        QFETCH(QString, url);
        StoreLauncher launcher{nullptr, nullptr};
        LaunchOptions options;
        options.store = LaunchOptions::Store::Direct;
        options.dialect = dialect;
        options.baseUrl = QUrl(url, QUrl::StrictMode);
        const Result<StoreTarget> target = QCoro::waitFor(launcher.resolve(options));
        QVERIFY2(target.ok(), target.ok() ? "" : qPrintable(target.error().userMessage()));

        CtlStoreChoice choice;
        choice.kind = CtlStoreChoice::Kind::Direct;
        choice.dialect = dialect;
        choice.baseUrl = QUrl(url, QUrl::StrictMode);
        const CtlStoreTarget ctl = CtlStoreResolver(nullptr, nullptr).locate(choice);
        QVERIFY2(ctl.ok(), qPrintable(ctl.error));
        QCOMPARE(Journal::storeKey(target.value().profile), ctl.journalKey);
        // Shown as people say it, whatever the key.
        QVERIFY2(
            target.value().displayName.endsWith(QStringLiteral(" at %1").arg(QUrl(url).host())),
            qPrintable(target.value().displayName));
    }

    void editsStagedByVitrinectlAreOfferedInTheWindow() {
        StoreSimulator sim;
        QVERIFY(sim.start());
        CtlStoreChoice choice;
        choice.kind = CtlStoreChoice::Kind::Direct;
        choice.dialect = QStringLiteral("generic");
        choice.baseUrl = sim.baseUrl();
        const QString ctlKey = CtlStoreResolver(nullptr, nullptr).locate(choice).journalKey;
        {
            // What `vitrinectl --stage` leaves: a state under its key.
            Journal journal(journalPath());
            QVERIFY(journal.open());
            EditSession staged;
            staged.load(QStringLiteral("102"),
                        sim.images(SimDialect::Generic, QStringLiteral("102")));
            SessionJournal sj(&journal, ctlKey, &staged);
            QVERIFY(staged.setAltText({0}, QStringLiteral("Oak, from the ctl")));
        }
        Harness h(journalPath());
        QVERIFY(h.openDirect(sim.baseUrl(), QStringLiteral("102")));
        QCOMPARE(h.controller.storeKey(), ctlKey);
        QCOMPARE(h.prompts.size(), 1);
        QCOMPARE(h.session.pendingCount(), 1);
        QCOMPARE(h.session.model()->index(0).data(GalleryModel::AltTextRole).toString(),
                 QStringLiteral("Oak, from the ctl"));
        // And what the window stages, vitrinectl finds under its key.
        QVERIFY(h.session.setAltText({1}, QStringLiteral("Oak, from the window")));
        const auto entry = h.journal.entry(ctlKey, QStringLiteral("102"));
        QVERIFY(entry);
        QCOMPARE(entry->pendingCount, 2);
    }

    void aRenamedOpenStoreJournalsUnderItsNewName() {
        StoreSimulator sim;
        QVERIFY(sim.start());
        Harness h(journalPath());
        StoreTarget target;
        target.profile.name = QStringLiteral("Shop A");
        target.profile.dialect = QStringLiteral("generic");
        target.profile.baseUrl = sim.baseUrl();
        target.displayName = QStringLiteral("Shop A");
        target.productId = QStringLiteral("101");
        QCoro::waitFor(h.controller.openStore(target));
        QCOMPARE(h.session.productId(), QStringLiteral("101"));
        QVERIFY(h.session.setAltText({0}, QStringLiteral("before the rename")));
        QVERIFY(h.journal.entry(QStringLiteral("Shop A"), QStringLiteral("101")));

        // What ProfileController::saveProfile does for a rename.
        QVERIFY(h.journal.renameStore(QStringLiteral("Shop A"), QStringLiteral("Shop B")));
        h.controller.storeRenamed(QStringLiteral("Shop A"), QStringLiteral("Shop B"));
        QCOMPARE(h.controller.storeKey(), QStringLiteral("Shop B"));
        QVERIFY(h.session.setAltText({1}, QStringLiteral("after the rename")));
        QVERIFY(h.journal.entries(QStringLiteral("Shop A")).isEmpty());
        const auto entry = h.journal.entry(QStringLiteral("Shop B"), QStringLiteral("101"));
        QVERIFY(entry);
        QCOMPARE(entry->pendingCount, 2);
        // Reopened under the new name, the edits are offered.
        target.profile.name = QStringLiteral("Shop B");
        QCoro::waitFor(h.controller.openStore(target));
        QCOMPARE(h.prompts.size(), 1);
        QCOMPARE(h.session.pendingCount(), 2);
    }

    void aProductAskedForOpensWhenTheListFails() {
        StoreSimulator sim;
        QVERIFY(sim.start());
        SimFault listing;
        listing.method = "GET";
        listing.path = QRegularExpression(QStringLiteral("^/api/v1/products$"));
        listing.status = 403;
        listing.body = R"({"status":403,"error":"Forbidden","message":"Listing is off"})";
        listing.times = -1;
        sim.addFault(listing);

        Harness h(journalPath());
        QVERIFY(h.openDirect(sim.baseUrl(), QStringLiteral("101")));
        QCOMPARE(h.session.productId(), QStringLiteral("101"));
        QCOMPARE(h.session.model()->rowCount(),
                 sim.images(SimDialect::Generic, QStringLiteral("101")).size());
        // The list's failure is a notice, not an error that hides the product.
        QVERIFY2(h.error().isEmpty(), qPrintable(h.error()));
        QVERIFY2(h.status().contains(QStringLiteral("Could not list the products")),
                 qPrintable(h.status()));

        // Without a product the window says why it shows nothing.
        Harness none(journalPath());
        QVERIFY(none.openDirect(sim.baseUrl()));
        QVERIFY(none.session.productId().isEmpty());
        QVERIFY2(none.error().contains(QStringLiteral("Could not list the products")),
                 qPrintable(none.error()));
    }
};

QTEST_MAIN(TestKeptEdits)
#include "tst_keptedits.moc"
