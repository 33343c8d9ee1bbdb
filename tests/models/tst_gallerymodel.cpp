#include "galleryfixtures.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSize>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

// The gallery model on its own and as the view sees it: roles, flags, drag and drop protocol.
class TestGalleryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rolesOfALoadedGallery();
    void accessibleTextAnnouncesPositionAndAlt_data();
    void accessibleTextAnnouncesPositionAndAlt();
    void flagsFollowTheInternalMoveProtocol();
    void moveRowsRefusesNoOpsAndInvalidMoves_data();
    void moveRowsRefusesNoOpsAndInvalidMoves();
    void moveRowsAsQListViewCallsIt_data();
    void moveRowsAsQListViewCallsIt();
    void multiSelectionDropIsOneUndoStep();
    void aDropThatPutsEverythingBackLeavesNoUndoStep();
    void mimeRoundTripMovesAndReturnsFalse_data();
    void mimeRoundTripMovesAndReturnsFalse();
    void mimeFromAnotherModelIsRefused();
    void setDataGoesThroughTheSession();
    void setDataOverTheLimitIsRefusedWithAReason();
    void movedMarksFollowTheUsersMove();
    void withoutEditorTheModelMovesItself();
};

void TestGalleryModel::rolesOfALoadedGallery() {
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Gallery g = makeGallery(3);
    g[1].alt.clear();
    g[2].width = 0;
    model.setBaseline(g);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("img2.jpg"));
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("alt 1"));
    QCOMPARE(second.data(GalleryModel::KeyRole).toString(), QStringLiteral("2"));
    QCOMPARE(second.data(GalleryModel::ImageIdRole).toString(), QStringLiteral("2"));
    QCOMPARE(second.data(GalleryModel::SourceUrlRole).toString(), g[1].src);
    QCOMPARE(second.data(GalleryModel::DisplayIndexRole).toInt(), 2);
    QCOMPARE(second.data(GalleryModel::StoreOrderRole).toInt(), 20);
    QCOMPARE(second.data(GalleryModel::SizeRole).toSize(), QSize(800, 600));
    QCOMPARE(model.index(2).data(GalleryModel::SizeRole).toSize(), QSize());
    QCOMPARE(second.data(GalleryModel::IsNewRole).toBool(), false);
    QCOMPARE(second.data(GalleryModel::IsEditedRole).toBool(), false);
    QCOMPARE(second.data(GalleryModel::EditedFieldsRole).toStringList(), QStringList());
    QCOMPARE(second.data(GalleryModel::ErrorRole).toString(), QString());
    QVERIFY(!second.data(Qt::DecorationRole).isValid()); // thumbnails are the UI's business
    QVERIFY(second.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No alt text")));
    QCOMPARE(model.pendingCount(), 0);
    const auto names = model.roleNames();
    QCOMPARE(names.value(GalleryModel::AltTextRole), QByteArray("altText"));
    QCOMPARE(names.value(GalleryModel::DisplayIndexRole), QByteArray("displayIndex"));
}

void TestGalleryModel::accessibleTextAnnouncesPositionAndAlt_data() {
    QTest::addColumn<QString>("alt");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("alt") << QStringLiteral("Red sofa, front") << 2
                         << QStringLiteral("Image 3 of 12, alt: Red sofa, front");
    QTest::newRow("no alt") << QString() << 0 << QStringLiteral("Image 1 of 12, no alt text");
    QTest::newRow("whitespace alt counts as none")
        << QStringLiteral("  ") << 11 << QStringLiteral("Image 12 of 12, no alt text");
}

void TestGalleryModel::accessibleTextAnnouncesPositionAndAlt() {
    QFETCH(QString, alt);
    QFETCH(int, row);
    QFETCH(QString, expected);
    Gallery g = makeGallery(12);
    g[row].alt = alt;
    GalleryModel model;
    model.setBaseline(g);
    QCOMPARE(model.index(row).data(Qt::AccessibleTextRole).toString(), expected);
}

void TestGalleryModel::flagsFollowTheInternalMoveProtocol() {
    GalleryModel model;
    model.setBaseline(makeGallery(3));
    QCOMPARE(model.flags(QModelIndex()), Qt::ItemFlags(Qt::ItemIsDropEnabled));
    const Qt::ItemFlags f = model.flags(model.index(0));
    QVERIFY(f & Qt::ItemIsDragEnabled);
    QVERIFY(f & Qt::ItemIsSelectable);
    QVERIFY(f & Qt::ItemIsEditable);
    QVERIFY(!(f & Qt::ItemIsDropEnabled)); // dropping ON an image must not be possible
    QCOMPARE(model.supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(model.mimeTypes(), QStringList{GalleryModel::keysMimeType()});
}

void TestGalleryModel::moveRowsRefusesNoOpsAndInvalidMoves_data() {
    QTest::addColumn<int>("sourceRow");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("destination");
    QTest::newRow("onto itself") << 1 << 1 << 1;
    QTest::newRow("to row+1") << 1 << 1 << 2;
    QTest::newRow("block onto its end") << 1 << 2 << 3;
    QTest::newRow("block inside itself") << 1 << 3 << 2;
    QTest::newRow("source past end") << 4 << 2 << 0;
    QTest::newRow("negative source") << -1 << 1 << 3;
    QTest::newRow("destination past end") << 0 << 1 << 6;
    QTest::newRow("zero count") << 0 << 0 << 3;
}

void TestGalleryModel::moveRowsRefusesNoOpsAndInvalidMoves() {
    QFETCH(int, sourceRow);
    QFETCH(int, count);
    QFETCH(int, destination);
    EditSession session;
    session.load(QStringLiteral("p1"), makeGallery(5));
    QSignalSpy moved(session.model(), &QAbstractItemModel::rowsMoved);
    QVERIFY(!session.model()->moveRows({}, sourceRow, count, {}, destination));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(session.model()->order(), keys("1,2,3,4,5"));
}

void TestGalleryModel::moveRowsAsQListViewCallsIt_data() {
    QTest::addColumn<int>("sourceRow");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("destination");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first to end") << 0 << 1 << 5 << keys("2,3,4,5,1");
    QTest::newRow("last to front") << 4 << 1 << 0 << keys("5,1,2,3,4");
    QTest::newRow("down by two") << 1 << 1 << 4 << keys("1,3,4,2,5");
    QTest::newRow("up by one") << 2 << 1 << 1 << keys("1,3,2,4,5");
    QTest::newRow("block down") << 0 << 2 << 4 << keys("3,4,1,2,5");
    QTest::newRow("block up") << 3 << 2 << 1 << keys("1,4,5,2,3");
}

void TestGalleryModel::moveRowsAsQListViewCallsIt() {
    QFETCH(int, sourceRow);
    QFETCH(int, count);
    QFETCH(int, destination);
    QFETCH(QStringList, expected);
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(5));
    GalleryModel *model = session.model();
    QPersistentModelIndex first(model->index(sourceRow));
    QVERIFY(model->moveRows({}, sourceRow, count, {}, destination));
    QCOMPARE(model->order(), expected);
    // The view's persistent index follows the moved image (QListView relies on it to place the
    // next image of a multi-selection).
    QCOMPARE(first.data(GalleryModel::KeyRole).toString(), QString::number(sourceRow + 1));
    QCOMPARE(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    QCOMPARE(model->order(), keys("1,2,3,4,5"));
    QCOMPARE(model->pendingCount(), 0);
    session.undoStack()->redo();
    QCOMPARE(model->order(), expected);
}

void TestGalleryModel::multiSelectionDropIsOneUndoStep() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(6));
    GalleryModel *model = session.model();
    // What QListView::dropEvent does for a selection {1, 3, 5} (0-based rows of "2", "4", "6")
    // dropped before row 0: one moveRow per selected image, each after the previous.
    QList<QPersistentModelIndex> selection{model->index(1), model->index(3), model->index(5)};
    int r = 0;
    for (const QPersistentModelIndex &p : selection) {
        if (r != p.row() && r != p.row() + 1)
            QVERIFY(model->moveRow({}, p.row(), {}, r));
        r = p.row() + 1;
    }
    QCOMPARE(model->order(), keys("2,4,6,1,3,5"));
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(session.undoStack()->text(0), QStringLiteral("Move 3 images to places 1–3"));
    session.undoStack()->undo();
    QCOMPARE(model->order(), keys("1,2,3,4,5,6"));
    QCOMPARE(model->pendingCount(), 0);
    session.undoStack()->redo();
    QCOMPARE(model->order(), keys("2,4,6,1,3,5"));

    // After the event loop has run, the next drop is a new undo step.
    QCoreApplication::processEvents();
    QVERIFY(model->moveRow({}, 0, {}, 6));
    QCOMPARE(session.undoStack()->count(), 2);
}

void TestGalleryModel::aDropThatPutsEverythingBackLeavesNoUndoStep() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(4));
    GalleryModel *model = session.model();
    QVERIFY(session.setAltText({3}, QStringLiteral("kept")));
    QCoreApplication::processEvents();
    // Two moves of one drop that cancel out: no undo step is left, nothing is pending but the alt.
    QVERIFY(model->moveRow({}, 0, {}, 3));
    QVERIFY(model->moveRow({}, 2, {}, 0));
    QCOMPARE(model->order(), keys("1,2,3,4"));
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(session.pendingCount(), 1);
    QCOMPARE(model->index(0).data(GalleryModel::IsEditedRole).toBool(), false);
    session.undoStack()->undo();
    QCOMPARE(session.pendingCount(), 0);
}

void TestGalleryModel::mimeRoundTripMovesAndReturnsFalse_data() {
    QTest::addColumn<QList<int>>("dragged");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("parentRow"); // -1: root
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one to end") << QList<int>{0} << -1 << -1 << keys("2,3,4,5,1");
    QTest::newRow("one between") << QList<int>{4} << 1 << -1 << keys("1,5,2,3,4");
    QTest::newRow("non-contiguous to front") << QList<int>{1, 3} << 0 << -1 << keys("2,4,1,3,5");
    QTest::newRow("dropped on an item goes before it")
        << QList<int>{0, 4} << -1 << 2 << keys("2,1,5,3,4");
    QTest::newRow("unsorted selection keeps gallery order")
        << QList<int>{4, 0} << -1 << -1 << keys("2,3,4,1,5");
}

void TestGalleryModel::mimeRoundTripMovesAndReturnsFalse() {
    QFETCH(QList<int>, dragged);
    QFETCH(int, row);
    QFETCH(int, parentRow);
    QFETCH(QStringList, expected);
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(5));
    GalleryModel *model = session.model();
    QModelIndexList indexes;
    for (const int r : dragged)
        indexes << model->index(r);
    std::unique_ptr<QMimeData> mime(model->mimeData(indexes));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(GalleryModel::keysMimeType()));
    QCOMPARE(mime->urls().size(), dragged.size());
    const QModelIndex parent = parentRow >= 0 ? model->index(parentRow) : QModelIndex();
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, parent));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::CopyAction, row, 0, parent));
    // false, although the images moved: true would make the view remove the source rows.
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(model->order(), expected);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    QCOMPARE(model->order(), keys("1,2,3,4,5"));
}

void TestGalleryModel::mimeFromAnotherModelIsRefused() {
    GalleryModel a;
    GalleryModel b;
    a.setBaseline(makeGallery(3));
    b.setBaseline(makeGallery(3));
    std::unique_ptr<QMimeData> mime(a.mimeData({a.index(0)}));
    QVERIFY(!b.canDropMimeData(mime.get(), Qt::MoveAction, 2, 0, {}));
    QVERIFY(!b.dropMimeData(mime.get(), Qt::MoveAction, 2, 0, {}));
    QCOMPARE(b.order(), keys("1,2,3"));
    QMimeData text;
    text.setText(QStringLiteral("1"));
    QVERIFY(!a.canDropMimeData(&text, Qt::MoveAction, 2, 0, {}));
}

void TestGalleryModel::setDataGoesThroughTheSession() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(3));
    GalleryModel *model = session.model();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->setData(model->index(1), QStringLiteral("Blue chair"), Qt::EditRole));
    QCOMPARE(model->index(1).data(GalleryModel::AltTextRole).toString(),
             QStringLiteral("Blue chair"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(model->index(1).data(GalleryModel::EditedFieldsRole).toStringList(),
             QStringList{QStringLiteral("alt")});
    QVERIFY(
        model->setData(model->index(2), QStringLiteral("Green lamp"), GalleryModel::AltTextRole));
    QCOMPARE(session.undoStack()->count(), 2);
    QCOMPARE(model->pendingCount(), 2);
    session.undoStack()->undo();
    session.undoStack()->undo();
    QCOMPARE(model->index(1).data(GalleryModel::AltTextRole).toString(), QStringLiteral("alt 2"));
    QCOMPARE(model->pendingCount(), 0);
    QVERIFY(!model->setData(model->index(1), QStringLiteral("x"), GalleryModel::SourceUrlRole));
}

void TestGalleryModel::setDataOverTheLimitIsRefusedWithAReason() {
    EditSession session;
    StoreCapabilities caps;
    caps.altMaxOnUpdate = 10;
    session.setCapabilities(caps);
    session.load(QStringLiteral("p1"), makeGallery(2));
    QSignalSpy refused(&session, &EditSession::refused);
    GalleryModel *model = session.model();
    QVERIFY(!model->setData(model->index(0), QStringLiteral("eleven char"), Qt::EditRole));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("at most 10")));
    QCOMPARE(model->index(0).data(GalleryModel::AltTextRole).toString(), QStringLiteral("alt 1"));
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestGalleryModel::movedMarksFollowTheUsersMove() {
    EditSession session;
    session.load(QStringLiteral("p1"), makeGallery(2));
    GalleryModel *model = session.model();
    // Swapping two images can be explained by moving either; the one the user moved is marked.
    QVERIFY(session.moveRows({1}, 0));
    QCOMPARE(model->order(), keys("2,1"));
    QCOMPARE(model->index(0).data(GalleryModel::EditedFieldsRole).toStringList(),
             QStringList{QStringLiteral("position")});
    QCOMPARE(model->index(1).data(GalleryModel::IsEditedRole).toBool(), false);
    QCOMPARE(model->pendingCount(), 1);
    session.undoStack()->undo();
    QVERIFY(session.moveRows({0}, 2));
    QCOMPARE(model->order(), keys("2,1"));
    QCOMPARE(model->index(1).data(GalleryModel::EditedFieldsRole).toStringList(),
             QStringList{QStringLiteral("position")});
    QCOMPARE(model->index(0).data(GalleryModel::IsEditedRole).toBool(), false);
}

void TestGalleryModel::withoutEditorTheModelMovesItself() {
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBaseline(makeGallery(4));
    QVERIFY(model.moveRows({}, 3, 1, {}, 0));
    QCOMPARE(model.order(), keys("4,1,2,3"));
    QVERIFY(model.setData(model.index(0), QStringLiteral("front"), Qt::EditRole));
    QCOMPARE(model.pendingCount(), 1);
}

QTEST_MAIN(TestGalleryModel)
#include "tst_gallerymodel.moc"
