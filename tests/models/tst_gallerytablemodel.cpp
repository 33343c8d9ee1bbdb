#include "galleryfixtures.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/gallerytablemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

// The details view's table over the gallery: columns, editing through the session, and rows that
// follow every change of the gallery model.
class TestGalleryTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void columnsShowTheImage_data();
    void columnsShowTheImage();
    void everyGalleryRoleInEveryColumn();
    void eachColumnSpeaksItsOwnContent_data();
    void eachColumnSpeaksItsOwnContent();
    void spokenTextFollowsEdits();
    void onlyAltTextIsEditable();
    void editingAltGoesThroughTheSession();
    void followsMovesInsertsRemovalsAndResets();
    void persistentIndexesInOtherColumnsFollowMoves();
    void changesReachEveryColumn();
    void statusColumn();
    void dragAndDropIsForwarded();

private:
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<GalleryTableModel> m_table;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGalleryTableModel::init() {
    m_session = std::make_unique<EditSession>();
    StoreCapabilities caps;
    caps.altMaxOnUpdate = 20;
    m_session->setCapabilities(caps);
    Gallery g = makeGallery(4);
    g[3].alt.clear();
    g[3].width = 0;
    m_session->load(QStringLiteral("p1"), g);
    m_table = std::make_unique<GalleryTableModel>();
    m_table->setSourceModel(m_session->model());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_table.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestGalleryTableModel::cleanup() {
    m_tester.reset();
    m_table.reset();
    m_session.reset();
}

void TestGalleryTableModel::columnsShowTheImage_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    QTest::newRow("position") << 2 << int(GalleryTableModel::PositionColumn) << QVariant(3);
    QTest::newRow("thumbnail has no text")
        << 0 << int(GalleryTableModel::ThumbnailColumn) << QVariant();
    QTest::newRow("alt") << 1 << int(GalleryTableModel::AltTextColumn)
                         << QVariant(QStringLiteral("alt 2"));
    QTest::newRow("no alt") << 3 << int(GalleryTableModel::AltTextColumn)
                            << QVariant(QStringLiteral("No alt text"));
    QTest::newRow("size") << 0 << int(GalleryTableModel::SizeColumn)
                          << QVariant(QStringLiteral("800 × 600"));
    QTest::newRow("unknown size") << 3 << int(GalleryTableModel::SizeColumn)
                                  << QVariant(QStringLiteral("unknown"));
    QTest::newRow("url") << 1 << int(GalleryTableModel::UrlColumn)
                         << QVariant(QStringLiteral("https://cdn.example.com/img2.jpg"));
    QTest::newRow("status unchanged")
        << 1 << int(GalleryTableModel::StatusColumn) << QVariant(QString());
}

void TestGalleryTableModel::columnsShowTheImage() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QCOMPARE(m_table->columnCount(), int(GalleryTableModel::ColumnCount));
    QCOMPARE(m_table->rowCount(), 4);
    QCOMPARE(m_table->index(row, column).data(Qt::DisplayRole), display);
    QVERIFY(!m_table->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestGalleryTableModel::everyGalleryRoleInEveryColumn() {
    for (int c = 0; c < GalleryTableModel::ColumnCount; ++c) {
        const QModelIndex i = m_table->index(1, c);
        QCOMPARE(i.data(GalleryModel::SourceUrlRole).toString(),
                 QStringLiteral("https://cdn.example.com/img2.jpg"));
        QCOMPARE(i.data(GalleryModel::KeyRole).toString(), QStringLiteral("2"));
    }
}

void TestGalleryTableModel::eachColumnSpeaksItsOwnContent_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("thumbnail: its alt text")
        << 1 << int(GalleryTableModel::ThumbnailColumn) << QStringLiteral("Picture: alt 2");
    QTest::newRow("thumbnail without alt") << 3 << int(GalleryTableModel::ThumbnailColumn)
                                           << QStringLiteral("Picture without alt text");
    QTest::newRow("position") << 2 << int(GalleryTableModel::PositionColumn)
                              << QStringLiteral("Place 3 of 4");
    QTest::newRow("alt: the row summary")
        << 1 << int(GalleryTableModel::AltTextColumn) << QStringLiteral("Image 2 of 4, alt: alt 2");
    QTest::newRow("size") << 0 << int(GalleryTableModel::SizeColumn)
                          << QStringLiteral("800 × 600 pixels");
    QTest::newRow("unknown size") << 3 << int(GalleryTableModel::SizeColumn)
                                  << QStringLiteral("Size unknown");
    QTest::newRow("url") << 1 << int(GalleryTableModel::UrlColumn)
                         << QStringLiteral("https://cdn.example.com/img2.jpg");
    QTest::newRow("status unchanged")
        << 1 << int(GalleryTableModel::StatusColumn) << QStringLiteral("Unchanged");
}

void TestGalleryTableModel::eachColumnSpeaksItsOwnContent() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, spoken);
    QCOMPARE(m_table->index(row, column).data(Qt::AccessibleTextRole).toString(), spoken);
    // Only the main column carries the image's address as its description.
    QCOMPARE(m_table->index(row, column).data(Qt::AccessibleDescriptionRole).isValid(),
             column == GalleryTableModel::AltTextColumn);
}

void TestGalleryTableModel::spokenTextFollowsEdits() {
    QVERIFY(m_session->setAltText({1}, QStringLiteral("Blue")));
    QVERIFY(m_session->moveRows({1}, 0));
    QCOMPARE(
        m_table->index(0, GalleryTableModel::AltTextColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Image 1 of 4, alt: Blue, edited"));
    QCOMPARE(m_table->index(0, GalleryTableModel::ThumbnailColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Picture: Blue"));
    QCOMPARE(
        m_table->index(0, GalleryTableModel::StatusColumn).data(Qt::AccessibleTextRole).toString(),
        m_table->index(0, GalleryTableModel::StatusColumn).data(Qt::DisplayRole).toString());
    QVERIFY(!m_session->addImage(QStringLiteral("https://x.example/n.png")).isEmpty());
    QCOMPARE(m_table->index(0, GalleryTableModel::PositionColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Place 1 of 5"));
}

void TestGalleryTableModel::onlyAltTextIsEditable() {
    for (int c = 0; c < GalleryTableModel::ColumnCount; ++c) {
        const Qt::ItemFlags f = m_table->flags(m_table->index(0, c));
        QCOMPARE(bool(f & Qt::ItemIsEditable), c == GalleryTableModel::AltTextColumn);
        QVERIFY(f & Qt::ItemIsDragEnabled);
        QVERIFY(!(f & Qt::ItemIsDropEnabled));
    }
    QVERIFY(m_table->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(!m_table->setData(m_table->index(0, GalleryTableModel::UrlColumn),
                              QStringLiteral("https://x.example/y.png")));
}

void TestGalleryTableModel::editingAltGoesThroughTheSession() {
    const QModelIndex alt = m_table->index(3, GalleryTableModel::AltTextColumn);
    QCOMPARE(alt.data(Qt::EditRole).toString(), QString());
    QVERIFY(m_table->setData(alt, QStringLiteral("Lamp")));
    QCOMPARE(alt.data(Qt::DisplayRole).toString(), QStringLiteral("Lamp"));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QSignalSpy refused(m_session.get(), &EditSession::refused);
    QVERIFY(!m_table->setData(alt, QStringLiteral("This text is longer than twenty")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(alt.data(Qt::DisplayRole).toString(), QStringLiteral("Lamp"));
    m_session->undoStack()->undo();
    QCOMPARE(alt.data(Qt::DisplayRole).toString(), QStringLiteral("No alt text"));
}

void TestGalleryTableModel::followsMovesInsertsRemovalsAndResets() {
    QSignalSpy moved(m_table.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_table.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_table.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_table.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_session->moveRows({0, 2}, 4));
    QVERIFY(moved.count() >= 1);
    QCOMPARE(m_table->index(0, GalleryTableModel::UrlColumn).data().toString(),
             QStringLiteral("https://cdn.example.com/img2.jpg"));
    QVERIFY(!m_session->addImage(QStringLiteral("https://x.example/n.png"), {}, 1).isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(m_table->index(1, GalleryTableModel::UrlColumn).data().toString(),
             QStringLiteral("https://x.example/n.png"));
    QVERIFY(m_session->deleteRows({0, 1}));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_table->rowCount(), 3);
    m_session->undoStack()->setIndex(0);
    QCOMPARE(m_table->rowCount(), 4);
    QCOMPARE(m_table->index(0, GalleryTableModel::UrlColumn).data().toString(),
             QStringLiteral("https://cdn.example.com/img1.jpg"));
    m_session->load(QStringLiteral("p2"), makeGallery(2));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_table->rowCount(), 2);
}

void TestGalleryTableModel::persistentIndexesInOtherColumnsFollowMoves() {
    QPersistentModelIndex url(m_table->index(0, GalleryTableModel::UrlColumn));
    QPersistentModelIndex alt(m_table->index(3, GalleryTableModel::AltTextColumn));
    QVERIFY(m_session->moveToLast({0}));
    QCOMPARE(url.row(), 3);
    QCOMPARE(url.column(), int(GalleryTableModel::UrlColumn));
    QCOMPARE(url.data().toString(), QStringLiteral("https://cdn.example.com/img1.jpg"));
    QCOMPARE(alt.row(), 2);
    QCOMPARE(alt.column(), int(GalleryTableModel::AltTextColumn));
}

void TestGalleryTableModel::changesReachEveryColumn() {
    QSignalSpy changed(m_table.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_session->setAltText({1}, QStringLiteral("Blue")));
    bool statusCovered = false;
    for (const QList<QVariant> &args : changed) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        statusCovered = statusCovered || (tl.row() <= 1 && br.row() >= 1 &&
                                          br.column() >= GalleryTableModel::StatusColumn);
    }
    QVERIFY(statusCovered);
    QCOMPARE(m_table->index(1, GalleryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Edited: alt text"));
}

void TestGalleryTableModel::statusColumn() {
    QVERIFY(!m_session->addImage(QStringLiteral("https://x.example/n.png")).isEmpty());
    QCOMPARE(m_table->index(4, GalleryTableModel::StatusColumn).data().toString(),
             QStringLiteral("New"));
    QVERIFY(m_session->moveToFirst({2}));
    QVERIFY(m_session->setAltText({0}, QStringLiteral("front")));
    QCOMPARE(m_table->index(0, GalleryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Edited: position, alt text"));
    m_session->model()->setError(QStringLiteral("3"), QStringLiteral("HTTP 500"));
    QCOMPARE(m_table->index(0, GalleryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Publishing failed: HTTP 500"));
}

void TestGalleryTableModel::dragAndDropIsForwarded() {
    // A table drag selects whole rows: every column's index of rows 0 and 2.
    QModelIndexList indexes;
    for (const int r : {0, 2})
        for (int c = 0; c < GalleryTableModel::ColumnCount; ++c)
            indexes << m_table->index(r, c);
    std::unique_ptr<QMimeData> mime(m_table->mimeData(indexes));
    QVERIFY(mime);
    QCOMPARE(mime->urls().size(), 2);
    QCOMPARE(m_table->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QVERIFY(m_table->canDropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
    QVERIFY(!m_table->dropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
    QCOMPARE(m_session->model()->order(), keys("2,4,1,3"));
    // Dropped onto a cell of row 0: before that row.
    mime.reset(m_table->mimeData({m_table->index(3, GalleryTableModel::UrlColumn)}));
    QVERIFY(!m_table->dropMimeData(mime.get(), Qt::MoveAction, -1, -1,
                                   m_table->index(0, GalleryTableModel::AltTextColumn)));
    QCOMPARE(m_session->model()->order(), keys("3,2,4,1"));
    QVERIFY(m_table->moveRows({}, 0, 1, {}, 4));
    QCOMPARE(m_session->model()->order(), keys("2,4,1,3"));
    QCOMPARE(m_table->rowCount(), 4);
}

QTEST_MAIN(TestGalleryTableModel)
#include "tst_gallerytablemodel.moc"
