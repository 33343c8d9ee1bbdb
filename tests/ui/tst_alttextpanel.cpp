#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/alttextcounter.h"
#include "ui/alttextpanel.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

// The side panel's live counter against the store's limits, refusal over the limit, and one
// alt text applied to many images as one undo step.
class TstAltTextPanel : public QObject {
    Q_OBJECT

    struct Fixture {
        FakeImageHost host;
        ThumbnailCache cache{host.fetcher()};
        EditSession session;
        QItemSelectionModel selection{session.model()};
        AltTextPanel panel{&cache};

        Fixture() {
            const Gallery gallery = makeGallery(4);
            host.serve(gallery);
            // SHOPLINE-like: new images 10 characters, existing ones 20 (scaled down).
            session.setCapabilities(capabilitiesWithAltLimits(10, 20));
            session.load(QStringLiteral("sofa"), gallery);
            panel.setEditSession(&session);
            panel.setSelectionModel(&selection);
        }
        void select(const QList<int> &rows) {
            QItemSelection s;
            for (const int row : rows)
                s.select(session.model()->index(row), session.model()->index(row));
            selection.select(s, QItemSelectionModel::ClearAndSelect);
        }
        QString alt(int row) const {
            return session.model()->index(row).data(GalleryModel::AltTextRole).toString();
        }
        void type(const QString &text) { panel.editor()->setPlainText(text); }
    };

private Q_SLOTS:
    // The preview strip shows the selected images: their thumbnails redraw it, and the rest of
    // a screen arriving as a gallery opens neither redraws it nor lays the panel out again.
    void onlyThePreviewedImagesRedrawThePreview() {
        Fixture f;
        f.panel.resize(320, 480);
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        const auto *preview = f.panel.findChild<QLabel *>(QStringLiteral("altPanelPreview"));
        QVERIFY(preview);
        QSignalSpy ready(&f.cache, &ThumbnailCache::thumbnailReady);
        f.select({0});
        const qint64 withoutThumbnail = preview->pixmap().cacheKey();
        QTRY_COMPARE(ready.size(), 1); // the preview asked for it
        QVERIFY(preview->pixmap().cacheKey() != withoutThumbnail);

        const qint64 strip = preview->pixmap().cacheKey();
        EventCounter layouts(&f.panel, QEvent::LayoutRequest);
        for (int row = 1; row < 4; ++row)
            f.cache.request(
                QUrl(f.session.model()->index(row).data(GalleryModel::SourceUrlRole).toString()));
        QTRY_COMPARE(ready.size(), 4);
        QCoreApplication::processEvents(); // what they posted
        QCOMPARE(preview->pixmap().cacheKey(), strip);
        QCOMPARE(layouts.count, 0);
    }

    // Another gallery opening with nothing selected leaves the panel as it was: it is not laid
    // out again (which laid out the dock and the window, and repainted the dock, at every open).
    void anOpeningGalleryDoesNotLayOutAnIdlePanel() {
        Fixture f;
        f.panel.resize(320, 480);
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QCoreApplication::processEvents();
        EventCounter layouts(&f.panel, QEvent::LayoutRequest);
        f.session.load(QStringLiteral("chair"), makeGallery(6));
        QCoreApplication::processEvents(); // what it posted
        QVERIFY(f.panel.rows().isEmpty());
        QCOMPARE(layouts.count, 0);
    }

    void followsTheSelection() {
        Fixture f;
        QVERIFY(!f.panel.editor()->isEnabled());
        QVERIFY(!f.panel.canApply());
        f.select({2});
        QVERIFY(f.panel.editor()->isEnabled());
        QCOMPARE(f.panel.editor()->toPlainText(), QStringLiteral("alt 3"));
        QCOMPARE(f.panel.rows(), QList<int>{2});
        QVERIFY(!f.panel.canApply()); // nothing changed yet
    }

    void counterShowsLengthAndTheLimitThatApplies_data() {
        QTest::addColumn<bool>("newImage");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<AltTextCounter::Level>("level");
        QTest::newRow("existing, short")
            << false << QStringLiteral("Sofa") << QStringLiteral("4 / 20")
            << AltTextCounter::Level::Normal;
        QTest::newRow("existing, near")
            << false << QString(18, QLatin1Char('a')) << QStringLiteral("18 / 20")
            << AltTextCounter::Level::NearLimit;
        QTest::newRow("existing, at limit")
            << false << QString(20, QLatin1Char('a')) << QStringLiteral("20 / 20")
            << AltTextCounter::Level::NearLimit;
        QTest::newRow("existing, over")
            << false << QString(21, QLatin1Char('a')) << QStringLiteral("21 / 20")
            << AltTextCounter::Level::Refused;
        QTest::newRow("new image, over create limit")
            << true << QString(11, QLatin1Char('a')) << QStringLiteral("11 / 10")
            << AltTextCounter::Level::Refused;
        // A decomposed "é" (e + combining acute) counts once, as the user sees it.
        QTest::newRow("nfc counting") << false << QStringLiteral("Caf") + QStringLiteral("e\u0301")
                                      << QStringLiteral("4 / 20") << AltTextCounter::Level::Normal;
    }
    void counterShowsLengthAndTheLimitThatApplies() {
        QFETCH(bool, newImage);
        QFETCH(QString, text);
        QFETCH(QString, counter);
        QFETCH(AltTextCounter::Level, level);
        Fixture f;
        int row = 1;
        if (newImage) {
            const QString key = f.session.addImage(QStringLiteral("https://cdn.example.com/n.png"));
            row = f.session.model()->rowOfKey(key);
        }
        f.select({row});
        f.type(text);
        QCOMPARE(f.panel.counter()->text(), counter);
        QCOMPARE(f.panel.counter()->level(), level);
        const bool refused = level == AltTextCounter::Level::Refused;
        QCOMPARE(f.panel.canApply(), !refused);
        QCOMPARE(f.panel.problem().isEmpty(), !refused);
        if (refused) {
            QVERIFY2(f.panel.problem().contains(QStringLiteral("at most")),
                     qPrintable(f.panel.problem()));
            QCOMPARE(f.panel.applyButton()->toolTip(), f.panel.problem());
        }
    }

    void overLimitTextIsNeverStaged() {
        Fixture f;
        f.select({0});
        f.type(QString(30, QLatin1Char('x')));
        QVERIFY(!f.panel.apply());
        QTest::keyClick(f.panel.editor(), Qt::Key_Return);
        QCOMPARE(f.alt(0), QStringLiteral("alt 1"));
        QCOMPARE(f.session.undoStack()->count(), 0);
    }

    void mixedSelectionUsesTheSmallestLimit() {
        Fixture f;
        const QString key = f.session.addImage(QStringLiteral("https://cdn.example.com/n.png"));
        f.select({0, f.session.model()->rowOfKey(key)});
        f.type(QString(15, QLatin1Char('a'))); // fits the update limit, not the create limit
        QCOMPARE(f.panel.counter()->text(), QStringLiteral("15 / 10"));
        QVERIFY(!f.panel.canApply());
    }

    void oneTextForManyImagesIsOneUndoStep() {
        Fixture f;
        f.select({0, 2, 3});
        QVERIFY(f.panel.editor()->toPlainText().isEmpty()); // different alts: nothing to show
        QVERIFY(f.panel.editor()->placeholderText().contains(QStringLiteral("3")));
        f.type(QStringLiteral("Grey sofa"));
        QVERIFY(f.panel.canApply());
        QTest::keyClick(f.panel.editor(), Qt::Key_Return); // Enter applies
        QCOMPARE(f.alt(0), QStringLiteral("Grey sofa"));
        QCOMPARE(f.alt(1), QStringLiteral("alt 2"));
        QCOMPARE(f.alt(2), QStringLiteral("Grey sofa"));
        QCOMPARE(f.alt(3), QStringLiteral("Grey sofa"));
        QCOMPARE(f.session.undoStack()->count(), 1);
        QCOMPARE(f.panel.editor()->toPlainText(), QStringLiteral("Grey sofa")); // now common

        f.session.undoStack()->undo(); // the panel follows undo
        QCOMPARE(f.alt(0), QStringLiteral("alt 1"));
        QVERIFY(f.panel.editor()->toPlainText().isEmpty());
    }

    void escapeRevertsTyping() {
        Fixture f;
        f.select({1});
        f.type(QStringLiteral("changed"));
        QTest::keyClick(f.panel.editor(), Qt::Key_Escape);
        QCOMPARE(f.panel.editor()->toPlainText(), QStringLiteral("alt 2"));
        QCOMPARE(f.alt(1), QStringLiteral("alt 2"));
    }

    void lineBreaksAreRefusedWithAReason() {
        Fixture f;
        f.select({1});
        f.type(QStringLiteral("two\nlines"));
        QVERIFY(!f.panel.canApply());
        QVERIFY(f.panel.problem().contains(QStringLiteral("line break")));
    }
};

QTEST_MAIN(TstAltTextPanel)
#include "tst_alttextpanel.moc"
