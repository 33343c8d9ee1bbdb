// Publishing and the journal from the window, as main() wires them, against the embedded demo
// store over real HTTP on 127.0.0.1: edits reach the store; a refused token or an unreachable
// store keeps them staged, in the window and in the journal, and says so; a change made elsewhere
// is put to the user in the conflict dialog and the choice is published; edits left unpublished
// are offered again after a restart (continue or discard); Reset Demo Data restores the seed.
#include "windowharness.h"

#include "app/gui/gallerycontroller.h"
#include "app/gui/publishcontroller.h"
#include "app/gui/storelauncher.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "net/thumbnailfetcher.h"
#include "ui/conflictdialog.h"
#include "ui/gallerystatusbar.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "workflow/journal.h"

#include <QCoroTask>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
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

using Harness = test::WindowHarness;

// The demo store (reset or as left) on its "Grey sofa", with a working journal.
bool openSofa(Harness &h, bool reset) {
    return h.journal.isOpen() && h.openDemo(reset, QStringLiteral("101")) &&
           h.session.productId() == QStringLiteral("101");
}

Gallery onStore(const Harness &h) {
    return h.store()->images(SimDialect::Generic, QStringLiteral("101"));
}

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
        QVERIFY(openSofa(h, true));
        const Gallery before = onStore(h);
        QVERIFY(h.session.setAltText({1}, QStringLiteral("Grey sofa seen from the side")));
        QVERIFY(h.session.moveRows({4}, 0));
        QCOMPARE(h.session.pendingCount(), 2);

        const PublishOutcome outcome = QCoro::waitFor(h.controller.publishing()->publish());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(h.session.pendingCount(), 0);
        QVERIFY(h.window.galleryStatusBar()->errorText().isEmpty());

        const Gallery after = onStore(h);
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

    void failedPublishKeepsTheEditsStaged_data() {
        QTest::addColumn<bool>("offline");
        QTest::newRow("token refused") << false;
        QTest::newRow("store unreachable") << true;
    }
    void failedPublishKeepsTheEditsStaged() {
        QFETCH(bool, offline);
        Harness h(journalPath());
        QVERIFY(openSofa(h, true));
        const Gallery before = onStore(h);
        QVERIFY(h.session.setAltText({0}, QStringLiteral("Front, in daylight")));
        if (offline) {
            // Every API request loses its connection: the store cannot be reached.
            SimFault drop;
            drop.path = QRegularExpression(QStringLiteral("^/api/"));
            drop.dropConnection = true;
            drop.times = -1;
            h.store()->addFault(drop);
        } else {
            h.store()->setRequiredToken(SimDialect::Generic, QStringLiteral("a-token-we-lack"));
        }

        const PublishOutcome failed = QCoro::waitFor(h.controller.publishing()->publish());
        QCOMPARE(failed.status,
                 offline ? PublishOutcome::Status::Offline : PublishOutcome::Status::Unauthorized);
        QCOMPARE(h.session.pendingCount(), 1);
        QCOMPARE(onStore(h), before);
        QVERIFY(!h.window.galleryStatusBar()->errorText().isEmpty());
        // Still kept on disk, as the next start (or vitrinectl) reads it.
        {
            Journal reader(journalPath());
            QVERIFY(reader.open());
            const auto kept = reader.entry(h.controller.storeKey(), QStringLiteral("101"));
            QVERIFY(kept);
            QCOMPARE(kept->pendingCount, 1);
            const auto state = reader.loadState(h.controller.storeKey(), QStringLiteral("101"));
            QVERIFY(state);
            QCOMPARE(state->staged.rows.at(0).image.alt, QStringLiteral("Front, in daylight"));
        }

        // The problem solved, the same edit goes out.
        h.store()->clearFaults();
        h.store()->setRequiredToken(SimDialect::Generic, QString());
        const PublishOutcome later = QCoro::waitFor(h.controller.publishing()->publish());
        QVERIFY2(later.ok(), qPrintable(later.message));
        QCOMPARE(onStore(h).at(0).alt, QStringLiteral("Front, in daylight"));
        QVERIFY(!h.journal.entry(h.controller.storeKey(), QStringLiteral("101")));
    }

    void aChangeMadeElsewhereIsPutToTheUser_data() {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }
    void aChangeMadeElsewhereIsPutToTheUser() {
        // The window's own chooser (the conflict dialog), answered as a user would.
        QFETCH(bool, keepMine);
        Harness h(journalPath());
        QVERIFY(openSofa(h, true));
        const QString imageId = onStore(h).at(0).id;
        QVERIFY(h.session.setAltText({0}, QStringLiteral("Mine")));
        ImagePatch theirs;
        theirs.alt = QStringLiteral("Theirs");
        QVERIFY(h.store()->editImageElsewhere(SimDialect::Generic, QStringLiteral("101"), imageId,
                                              theirs));

        QStringList dialogText;
        int asked = 0;
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = h.window.findChild<ConflictDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            answer.stop();
            ++asked;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                dialogText << label->text();
            (keepMine ? dialog->keepAllMineButton() : dialog->takeAllTheirsButton())->click();
            dialog->okButton()->click();
        });
        answer.start();
        const PublishOutcome outcome = QCoro::waitFor(h.controller.publishing()->publish());
        answer.stop();

        QCOMPARE(asked, 1);
        // The dialog names the product.
        QVERIFY2(dialogText.join(QLatin1Char('\n')).contains(QStringLiteral("Grey sofa")),
                 qPrintable(dialogText.join(QLatin1Char('\n'))));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(onStore(h).at(0).alt,
                 keepMine ? QStringLiteral("Mine") : QStringLiteral("Theirs"));
        QCOMPARE(h.session.pendingCount(), 0);
        QCOMPARE(h.session.model()->index(0).data(GalleryModel::AltTextRole).toString(),
                 keepMine ? QStringLiteral("Mine") : QStringLiteral("Theirs"));
        QVERIFY(!h.journal.entry(h.controller.storeKey(), QStringLiteral("101")));
    }

    void resetDemoDataRestoresTheSeed() {
        Harness h(journalPath());
        QVERIFY(openSofa(h, true));
        const Gallery seed = onStore(h);
        QVERIFY(h.session.setAltText({0}, QStringLiteral("Published, then reset")));
        QVERIFY(h.session.deleteRows({1}));
        const PublishOutcome outcome = QCoro::waitFor(h.controller.publishing()->publish());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(onStore(h) != seed);
        QCOMPARE(h.session.model()->rowCount(), seed.size() - 1);

        QSignalSpy loaded(&h.controller, &GalleryController::productLoaded);
        Q_EMIT h.window.resetDemoRequested(); // File ▸ Reset Demo Data, confirmed
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QCOMPARE(loaded.constFirst().at(0).toString(), QStringLiteral("101"));
        QVERIFY(loaded.constFirst().at(1).toBool());
        QCOMPARE(idsOf(onStore(h)), idsOf(seed));
        QCOMPARE(onStore(h).at(0).alt, seed.at(0).alt);
        // The window shows the seed again.
        QCOMPARE(h.session.productId(), QStringLiteral("101"));
        QCOMPARE(h.session.model()->rowCount(), seed.size());
        QCOMPARE(h.session.model()->index(0).data(GalleryModel::AltTextRole).toString(),
                 seed.at(0).alt);
        QCOMPARE(h.session.pendingCount(), 0);
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
            QVERIFY(openSofa(first, true));
            QVERIFY(first.session.setAltText({0, 2}, QStringLiteral("Linen, grey")));
            QVERIFY(first.session.moveRows({5}, 1));
            staged = stagedAlts(first.session);
            QVERIFY(first.prompts.isEmpty());
        } // the app ends without publishing

        Harness second(journalPath());
        second.continueKept = continueKept;
        QVERIFY(openSofa(second, false));
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
