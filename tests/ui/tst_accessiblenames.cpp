#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/gallerytablemodel.h"
#include "ui/detailsview.h"
#include "ui/editablegallerytablemodel.h"
#include "ui/galleryview.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QAccessible>
#include <QTest>

using namespace vitrine;
using namespace vitrine::test;

// What a screen reader hears, read the way it reads it: through QAccessible, cell by cell, in the
// grid and in the details list. Each cell names its own content; the row's summary ("Image 3 of
// 6, alt: …") is said once, on the main (alt text) cell — not on the URL, size or status cells.
class TstAccessibleNames : public QObject {
    Q_OBJECT

    struct Fixture {
        FakeImageHost host;
        ThumbnailCache cache{host.fetcher()};
        EditSession session;
        EditableGalleryTableModel table;
        GalleryView grid{&cache};
        DetailsView details{&cache};

        Fixture() {
            Gallery gallery = makeGallery(6);
            gallery[2].width = 800;
            gallery[2].height = 600;
            gallery[4].alt.clear();
            host.serve(gallery);
            session.load(QStringLiteral("sofa"), gallery);
            table.setSourceModel(session.model());
            grid.setModel(&table);
            grid.setModelColumn(GalleryTableModel::AltTextColumn);
            grid.setEditSession(&session);
            details.setModel(&table);
            grid.resize(700, 500);
            details.resize(900, 400);
            grid.show();
            details.show();
        }
    };

    static QString nameOfCell(QWidget *view, int row, int column) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        if (!iface || !iface->tableInterface())
            return QStringLiteral("<no table interface>");
        QAccessibleInterface *cell = iface->tableInterface()->cellAt(row, column);
        return cell ? cell->text(QAccessible::Name) : QStringLiteral("<no cell>");
    }

private Q_SLOTS:
    void gridCardsSayTheRowSummary() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.grid));
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(&f.grid);
        QVERIFY(grid && grid->tableInterface());
        QCOMPARE(grid->tableInterface()->rowCount(), 6);
        // A card is the cell of the column the grid shows.
        const int card = f.grid.modelColumn();
        QCOMPARE(nameOfCell(&f.grid, 1, card), QStringLiteral("Image 2 of 6, alt: alt 2"));
        QCOMPARE(nameOfCell(&f.grid, 4, card), QStringLiteral("Image 5 of 6, no alt text"));
        QCOMPARE(grid->tableInterface()->cellAt(1, card)->text(QAccessible::Description),
                 QStringLiteral("http://127.0.0.1:9/img2.png"));
        // What is under the pointer on a card (a screen reader's point-and-read).
        const QRect rect = f.grid.visualRect(f.table.index(2, card));
        const QPoint global = f.grid.viewport()->mapToGlobal(rect.center());
        QAccessibleInterface *hit = grid->childAt(global.x(), global.y());
        QVERIFY(hit);
        QCOMPARE(hit->text(QAccessible::Name), QStringLiteral("Image 3 of 6, alt: alt 3"));
    }

    void focusEventsNameTheCard() {
        // A focus event names a child of the grid's accessible interface; the grid's model has
        // the details columns too, so the child must be the card's cell, not "child = row".
        // (Accessible cells are cached while no screen reader listens: the move comes first.)
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.grid));
        QVERIFY(f.session.moveToFirst({3}));
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(&f.grid);
        QVERIFY(grid);
        for (int row = 0; row < 6; ++row) {
            const int child = f.grid.accessibleChildOfRow(row);
            QVERIFY(child >= 0);
            QCOMPARE(grid->child(child)->text(QAccessible::Name),
                     f.table.index(row, GalleryTableModel::AltTextColumn)
                         .data(Qt::AccessibleTextRole)
                         .toString());
        }
        // The moved image says its new place.
        QCOMPARE(grid->child(f.grid.accessibleChildOfRow(0))->text(QAccessible::Name),
                 QStringLiteral("Image 1 of 6, alt: alt 4, edited"));
        QCOMPARE(f.grid.accessibleChildOfRow(6), -1);
    }

    void detailsCellsSayTheirOwnContent_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("name");
        QTest::newRow("picture") << 1 << int(GalleryTableModel::ThumbnailColumn)
                                 << QStringLiteral("Picture: alt 2");
        QTest::newRow("picture without alt") << 4 << int(GalleryTableModel::ThumbnailColumn)
                                             << QStringLiteral("Picture without alt text");
        QTest::newRow("place") << 2 << int(GalleryTableModel::PositionColumn)
                               << QStringLiteral("Place 3 of 6");
        QTest::newRow("alt text: the row summary") << 1 << int(GalleryTableModel::AltTextColumn)
                                                   << QStringLiteral("Image 2 of 6, alt: alt 2");
        QTest::newRow("size") << 2 << int(GalleryTableModel::SizeColumn)
                              << QStringLiteral("800 × 600 pixels");
        QTest::newRow("unknown size")
            << 1 << int(GalleryTableModel::SizeColumn) << QStringLiteral("Size unknown");
        QTest::newRow("url") << 1 << int(GalleryTableModel::UrlColumn)
                             << QStringLiteral("http://127.0.0.1:9/img2.png");
        QTest::newRow("status") << 1 << int(GalleryTableModel::StatusColumn)
                                << QStringLiteral("Unchanged");
    }

    void detailsCellsSayTheirOwnContent() {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, name);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.details));
        QCOMPARE(nameOfCell(&f.details, row, column), name);
    }

    void noOtherCellRepeatsTheRowSummary() {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.details));
        QVERIFY(f.session.setAltText({0}, QStringLiteral("Front")));
        const QString summary = nameOfCell(&f.details, 0, GalleryTableModel::AltTextColumn);
        QCOMPARE(summary, QStringLiteral("Image 1 of 6, alt: Front, edited"));
        for (int c = 0; c < GalleryTableModel::ColumnCount; ++c) {
            if (c == GalleryTableModel::AltTextColumn)
                continue;
            const QString name = nameOfCell(&f.details, 0, c);
            QVERIFY2(!name.isEmpty() && !name.startsWith(QStringLiteral("<")), qPrintable(name));
            QVERIFY2(!name.contains(QStringLiteral("Image 1 of 6")), qPrintable(name));
        }
        QCOMPARE(nameOfCell(&f.details, 0, GalleryTableModel::StatusColumn),
                 QStringLiteral("Edited: alt text"));
    }
};

QTEST_MAIN(TstAccessibleNames)
#include "tst_accessiblenames.moc"
