// Publishing and the journal from the window, as main() wires them, against the embedded demo
// store over real HTTP on 127.0.0.1: edits reach the store; a refused token keeps them staged and
// says so; edits left unpublished are offered again after a restart (continue or discard).
#include "app/gui/gallerycontroller.h"
#include "app/gui/publishcontroller.h"
#include "app/gui/storelauncher.h"
#include "app/workflow/journal.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "net/demostore/storesimulator.h"
#include "net/thumbnailfetcher.h"
#include "ui/gallerystatusbar.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;

namespace {

// The staged alt texts, display order.
QStringList stagedAlts(const EditSession &session) {
    QStringList alts;
    for (int row = 0; row < session.model()->rowCount(); ++row)
        alts << session.model()->index(row).data(GalleryModel::AltTextRole).toString();
    return alts;
}

QStringList idsOf(const Gallery &gallery) {
    QStringList ids;
    for (const ProductImage &image : gallery)
        ids << image.id;
    return ids;
}

// One complete window with a journal, as main() builds it. The demo store keeps its data in the
// test's XDG data directory, so a second Harness is "the app started again".
struct Harness {
    Journal journal;
    StoreLauncher launcher{nullptr, nullptr};
    ThumbnailFetcher fetcher{
        ThumbnailFetcher::Options{6, 20 * 1024 * 1024, 10000, QStringLiteral("-"), 0}};
    ThumbnailCache thumbnails{[this](QUrl url) { return fetcher.fetch(std::move(url)); }};
    EditSession session;
    MainWindow window{&session, &thumbnails};
    GalleryController controller{&window, &session, &fetcher, &launcher};
    QStringList prompts; // what the restore prompt was asked
    bool continueKept = true;

    explicit Harness(const QString &journalPath)
        : journal(journalPath) {
        window.setConfirmCloseWithPending(false);
        QVERIFY(journal.open());
        controller.setJournal(&journal);
        controller.setRestorePrompt([this](const QString &description) {
            prompts << description;
            return continueKept;
        });
    }

    bool open(bool reset) {
        LaunchOptions options;
        options.store = LaunchOptions::Store::Demo;
        options.resetDemo = reset;
        options.productId = QStringLiteral("101");
        const Result<StoreTarget> target = QCoro::waitFor(launcher.resolve(options));
        if (!target.ok())
            return false;
        QCoro::waitFor(controller.openStore(target.value()));
        return session.productId() == QStringLiteral("101");
    }
    StoreSimulator *store() const { return launcher.demoStore(); }
    Gallery onStore() const { return store()->images(SimDialect::Generic, QStringLiteral("101")); }
};

} // namespace

class TestPublishWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

private Q_SLOTS:
    void init() { QFile::remove(journalPath()); }

    void publishSendsTheEditsAndEmptiesThePendingSet() {
        Harness h(journalPath());
        QVERIFY(h.open(true));
        const Gallery before = h.onStore();
        QVERIFY(h.session.setAltText({1}, QStringLiteral("Grey sofa seen from the side")));
        QVERIFY(h.session.moveRows({4}, 0));
        QCOMPARE(h.session.pendingCount(), 2);

        const PublishOutcome outcome = QCoro::waitFor(h.controller.publishing()->publish());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(h.session.pendingCount(), 0);
        QVERIFY(h.window.galleryStatusBar()->errorText().isEmpty());

        const Gallery after = h.onStore();
        QStringList expected = idsOf(before);
        expected.move(4, 0);
        QCOMPARE(idsOf(after), expected);
        QCOMPARE(after.at(2).alt, QStringLiteral("Grey sofa seen from the side"));
        // One request for the move (a displayOrder fits before the first) and one for the alt.
        QCOMPARE(outcome.requests, 2);
        // Nothing is kept once everything is published.
        QVERIFY(!h.journal.entry(Journal::storeKey(h.controller.target().profile),
                                 QStringLiteral("101")));
    }

    void refusedTokenKeepsTheEditsStaged() {
        Harness h(journalPath());
        QVERIFY(h.open(true));
        const Gallery before = h.onStore();
        QVERIFY(h.session.setAltText({0}, QStringLiteral("Front, in daylight")));
        h.store()->setRequiredToken(SimDialect::Generic, QStringLiteral("a-token-we-lack"));

        const PublishOutcome refused = QCoro::waitFor(h.controller.publishing()->publish());
        QCOMPARE(refused.status, PublishOutcome::Status::Unauthorized);
        QCOMPARE(h.session.pendingCount(), 1);
        QCOMPARE(h.onStore(), before);
        QVERIFY(!h.window.galleryStatusBar()->errorText().isEmpty());

        // The token problem solved, the same edit goes out.
        h.store()->setRequiredToken(SimDialect::Generic, QString());
        const PublishOutcome later = QCoro::waitFor(h.controller.publishing()->publish());
        QVERIFY2(later.ok(), qPrintable(later.message));
        QCOMPARE(h.onStore().at(0).alt, QStringLiteral("Front, in daylight"));
    }

    void unpublishedEditsAreOfferedAfterARestart_data() {
        QTest::addColumn<bool>("continueKept");
        QTest::newRow("continue") << true;
        QTest::newRow("discard") << false;
    }
    void unpublishedEditsAreOfferedAfterARestart() {
        QFETCH(bool, continueKept);
        QStringList staged;
        {
            Harness first(journalPath());
            QVERIFY(first.open(true));
            QVERIFY(first.session.setAltText({0, 2}, QStringLiteral("Linen, grey")));
            QVERIFY(first.session.moveRows({5}, 1));
            staged = stagedAlts(first.session);
            QVERIFY(first.prompts.isEmpty());
        } // the app ends without publishing

        Harness second(journalPath());
        second.continueKept = continueKept;
        QVERIFY(second.open(false));
        QCOMPARE(second.prompts.size(), 1);
        QVERIFY2(second.prompts.constFirst().contains(QStringLiteral("unpublished edit")),
                 qPrintable(second.prompts.constFirst()));
        if (continueKept) {
            QCOMPARE(second.session.pendingCount(), 3);
            QCOMPARE(stagedAlts(second.session), staged);
        } else {
            QCOMPARE(second.session.pendingCount(), 0);
            QVERIFY(!second.journal.entry(Journal::storeKey(second.controller.target().profile),
                                          QStringLiteral("101")));
        }
    }
};

QTEST_MAIN(TestPublishWindow)
#include "tst_publishwindow.moc"
