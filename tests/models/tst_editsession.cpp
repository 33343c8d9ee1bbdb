#include "galleryfixtures.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "tests/core/stagedprinting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace vitrine;
using namespace vitrine::test;

namespace {
StoreCapabilities shoplineLike() {
    StoreCapabilities caps;
    caps.dialectName = QStringLiteral("SHOPLINE");
    caps.altMaxOnCreate = 255;
    caps.altMaxOnUpdate = 512;
    caps.canReplaceSource = false;
    caps.hasVariants = true;
    caps.ordering = OrderingSemantics::Shift;
    return caps;
}

using Edit = std::function<bool(EditSession &)>;
} // namespace

Q_DECLARE_METATYPE(Edit)

class TestEditSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCommandUndoesAndRedoesExactly_data();
    void everyCommandUndoesAndRedoesExactly();
    void keyboardReorder_data();
    void keyboardReorder();
    void altLimitDependsOnNewOrExisting();
    void refusalsSayWhy_data();
    void refusalsSayWhy();
    void deleteRestoresExactRows();
    void addImageGetsLocalKeys();
    void pendingCountCountsImagesAndDeletions();
    void keepImagesReturnsThemWhereTheStoreHadThem();
    void keepImagesRefusesWhatIsNotDeleted();
    void deletionsChangedFollowsTheDeletedSet();
    void restoreTakesAStateWhole();
};

void TestEditSession::everyCommandUndoesAndRedoesExactly_data() {
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("pendingAfter");
    QTest::newRow("move one") << Edit([](EditSession &s) { return s.moveRows({4}, 0); }) << 1;
    QTest::newRow("move non-contiguous") << Edit([](EditSession &s) {
        return s.moveRows({0, 2, 5}, 4);
    }) << 3;
    QTest::newRow("move left") << Edit([](EditSession &s) { return s.moveLeft({2, 3}); }) << 1;
    QTest::newRow("move right") << Edit([](EditSession &s) { return s.moveRight({0}); }) << 1;
    QTest::newRow("move to first") << Edit([](EditSession &s) {
        return s.moveToFirst({3, 5});
    }) << 2;
    QTest::newRow("move to last") << Edit([](EditSession &s) { return s.moveToLast({0, 1}); }) << 2;
    QTest::newRow("alt one") << Edit([](EditSession &s) {
        return s.setAltText({1}, QStringLiteral("Blue"));
    }) << 1;
    QTest::newRow("alt many") << Edit([](EditSession &s) {
        return s.setAltText({0, 2, 4}, QStringLiteral("Same"));
    }) << 3;
    QTest::newRow("delete many") << Edit([](EditSession &s) {
        return s.deleteRows({0, 3, 5});
    }) << 3;
    QTest::newRow("delete all") << Edit([](EditSession &s) {
        return s.deleteRows({0, 1, 2, 3, 4, 5});
    }) << 6;
    QTest::newRow("add at end") << Edit([](EditSession &s) {
        return !s.addImage(QStringLiteral("https://x.example/a.png"), QStringLiteral("A"))
                    .isEmpty();
    }) << 1;
    QTest::newRow("add at front") << Edit([](EditSession &s) {
        return !s.addImage(QStringLiteral("https://x.example/a.png"), {}, 0).isEmpty();
    }) << 1;
    QTest::newRow("replace source of a new image") << Edit([](EditSession &s) {
        const QString key = s.addImage(QStringLiteral("https://x.example/a.png"));
        s.undoStack()->setClean(); // the baseline of this row: the add itself
        return s.replaceSource(s.model()->rowOfKey(key), QStringLiteral("https://x.example/b.png"));
    }) << 1;
    QTest::newRow("replace source of a store image") << Edit([](EditSession &s) {
        StoreCapabilities caps = s.capabilities();
        caps.canReplaceSource = true;
        s.setCapabilities(caps);
        return s.replaceSource(2, QStringLiteral("https://x.example/b.png"));
    }) << 1;
    QTest::newRow("variants") << Edit([](EditSession &s) {
        return s.setVariants({1, 2}, {QStringLiteral("v1")});
    }) << 2;
    QTest::newRow("keep staged deletions") << Edit([](EditSession &s) {
        return s.deleteRows({1, 2, 4}) && s.keepImages(keys("3,2"));
    }) << 1;
}

void TestEditSession::everyCommandUndoesAndRedoesExactly() {
    QFETCH(Edit, edit);
    QFETCH(int, pendingAfter);
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setCapabilities(shoplineLike());
    session.load(QStringLiteral("p1"), makeGallery(6));
    const SessionState loaded = session.state();
    QVERIFY(edit(session));
    const int index = session.undoStack()->index();
    // The whole staged state is compared: rows, deletions and their messages, the baseline.
    const SessionState done = session.state();
    QCOMPARE(session.pendingCount(), pendingAfter);
    session.undoStack()->undo();
    const SessionState undone = session.state();
    session.undoStack()->redo();
    QCOMPARE(session.state(), done);
    session.undoStack()->undo();
    QCOMPARE(session.state(), undone);
    // Undo to the very start gives back the loaded gallery exactly.
    session.undoStack()->setIndex(0);
    QCOMPARE(session.state(), loaded);
    QCOMPARE(session.pendingCount(), 0);
    session.undoStack()->setIndex(index);
    QCOMPARE(session.state(), done);
}

void TestEditSession::keyboardReorder_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("rowsAfter");
    QTest::newRow("left") << "left" << QList<int>{2} << keys("1,3,2,4,5") << QList<int>{1};
    QTest::newRow("left block") << "left" << QList<int>{2, 3} << keys("1,3,4,2,5")
                                << QList<int>{1, 2};
    QTest::newRow("left gaps") << "left" << QList<int>{1, 3} << keys("2,1,4,3,5")
                               << QList<int>{0, 2};
    QTest::newRow("left at start stays")
        << "left" << QList<int>{0, 3} << keys("1,2,4,3,5") << QList<int>{0, 2};
    QTest::newRow("right") << "right" << QList<int>{0} << keys("2,1,3,4,5") << QList<int>{1};
    QTest::newRow("right at end stays")
        << "right" << QList<int>{1, 4} << keys("1,3,2,4,5") << QList<int>{2, 4};
    QTest::newRow("first") << "first" << QList<int>{2, 4} << keys("3,5,1,2,4") << QList<int>{0, 1};
    QTest::newRow("last") << "last" << QList<int>{0, 2} << keys("2,4,5,1,3") << QList<int>{3, 4};
}

void TestEditSession::keyboardReorder() {
    QFETCH(QString, action);
    QFETCH(QList<int>, rows);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, rowsAfter);
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(5));
    const QStringList selected = session.keysOfRows(rows);
    bool ok = false;
    if (action == QLatin1String("left"))
        ok = session.moveLeft(rows);
    else if (action == QLatin1String("right"))
        ok = session.moveRight(rows);
    else if (action == QLatin1String("first"))
        ok = session.moveToFirst(rows);
    else
        ok = session.moveToLast(rows);
    QVERIFY(ok);
    QCOMPARE(session.model()->order(), expected);
    QCOMPARE(session.rowsOfKeys(selected), rowsAfter);
    QCOMPARE(session.undoStack()->count(), 1);
}

void TestEditSession::altLimitDependsOnNewOrExisting() {
    EditSession session;
    session.setCapabilities(shoplineLike());
    session.load(QStringLiteral("p1"), makeGallery(2));
    const QString key = session.addImage(QStringLiteral("https://x.example/new.png"));
    const int newRow = session.model()->rowOfKey(key);
    QCOMPARE(session.altLimit({0}), 512);
    QCOMPARE(session.altLimit({newRow}), 255);
    QCOMPARE(session.altLimit({0, newRow}), 255);
    const QString text300(300, QLatin1Char('a'));
    QVERIFY(session.setAltText({0}, text300));
    QString why;
    QVERIFY(!session.setAltText({newRow}, text300, &why));
    QVERIFY(why.contains(QStringLiteral("255")));
    QVERIFY(!session.setAltText({1, newRow}, text300, &why));
    QVERIFY(why.contains(QStringLiteral("New images")));
    QCOMPARE(session.model()->rows()[1].image.alt, QStringLiteral("alt 2")); // nothing half-done
    QVERIFY(session.altTextProblem({1}, text300).isEmpty());
}

void TestEditSession::refusalsSayWhy_data() {
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("replace source on SHOPLINE") << Edit([](EditSession &s) {
        return s.replaceSource(0, QStringLiteral("https://x.example/b.png"));
    }) << QStringLiteral("cannot change the URL");
    QTest::newRow("bad URL on add") << Edit([](EditSession &s) {
        return !s.addImage(QStringLiteral("ftp://x/a.png")).isEmpty();
    }) << QStringLiteral("Only http and https");
    QTest::newRow("alt with a line break")
        << Edit([](EditSession &s) { return s.setAltText({0}, QStringLiteral("a\nb")); })
        << QStringLiteral("line break");
    QTest::newRow("variants without variants") << Edit([](EditSession &s) {
        StoreCapabilities caps = s.capabilities();
        caps.hasVariants = false;
        s.setCapabilities(caps);
        return s.setVariants({0}, {QStringLiteral("v")});
    }) << QStringLiteral("variants");
    QTest::newRow("delete nothing")
        << Edit([](EditSession &s) { return s.deleteRows({}); }) << QStringLiteral("Select");
    QTest::newRow("too many images") << Edit([](EditSession &s) {
        StoreCapabilities caps = s.capabilities();
        caps.maxImagesPerProduct = 3;
        s.setCapabilities(caps);
        return !s.addImage(QStringLiteral("https://x.example/a.png")).isEmpty();
    }) << QStringLiteral("at most 3");
}

void TestEditSession::refusalsSayWhy() {
    QFETCH(Edit, edit);
    QFETCH(QString, reasonContains);
    EditSession session;
    session.setCapabilities(shoplineLike());
    session.load(QStringLiteral("p1"), makeGallery(3));
    QSignalSpy refused(&session, &EditSession::refused);
    const SessionState before = session.state();
    QVERIFY(!edit(session));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(reasonContains),
             qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(session.state(), before);
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestEditSession::deleteRestoresExactRows() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(6));
    QVERIFY(session.moveRows({5}, 0)); // 6,1,2,3,4,5
    const QString key = session.addImage(QStringLiteral("https://x.example/n.png"), {}, 3);
    QCOMPARE(session.model()->order(), keys("6,1,2") + QStringList{key} + keys("3,4,5"));
    QVERIFY(session.deleteRows({0, 3, 5}));
    QCOMPARE(session.model()->order(), keys("1,2,3,5"));
    QCOMPARE(session.deletedIds(), keys("4,6")); // the new image is not a store deletion
    session.undoStack()->undo();
    QCOMPARE(session.model()->order(), keys("6,1,2") + QStringList{key} + keys("3,4,5"));
    QCOMPARE(session.deletedIds(), QStringList());
}

void TestEditSession::addImageGetsLocalKeys() {
    EditSession session;
    session.load(QStringLiteral("p1"), makeGallery(1));
    const QString a = session.addImage(QStringLiteral("  https://x.example/a.png\n"));
    QCOMPARE(a, QStringLiteral("new:1"));
    const int row = session.model()->rowOfKey(a);
    QCOMPARE(row, 1);
    QCOMPARE(session.model()->rows()[row].image.src, QStringLiteral("https://x.example/a.png"));
    QVERIFY(session.model()->index(row).data(GalleryModel::IsNewRole).toBool());
    QCOMPARE(session.model()->index(row).data(GalleryModel::EditedFieldsRole).toStringList(),
             QStringList{QStringLiteral("new")});
    session.undoStack()->undo();
    session.undoStack()->redo();
    QCOMPARE(session.model()->rowOfKey(a), 1); // redo keeps the key
    QCOMPARE(session.addImage(QStringLiteral("https://x.example/b.png")), QStringLiteral("new:2"));
}

void TestEditSession::pendingCountCountsImagesAndDeletions() {
    EditSession session;
    session.load(QStringLiteral("p1"), makeGallery(5));
    QSignalSpy pending(&session, &EditSession::pendingCountChanged);
    QVERIFY(session.setAltText({0, 1}, QStringLiteral("x")));
    QCOMPARE(session.pendingCount(), 2);
    QVERIFY(session.moveRows({0}, 5)); // image 1 moved and edited: still one image
    QCOMPARE(session.pendingCount(), 2);
    QVERIFY(session.deleteRows({0})); // image 2 (edited) deleted: one deletion
    QCOMPARE(session.pendingCount(), 2);
    QVERIFY(!session.addImage(QStringLiteral("https://x.example/n.png")).isEmpty());
    QCOMPARE(session.pendingCount(), 3);
    QVERIFY(!pending.isEmpty());
    QCOMPARE(pending.last().at(0).toInt(), 3);
    QVERIFY(session.hasPendingChanges());
}

void TestEditSession::keepImagesReturnsThemWhereTheStoreHadThem() {
    EditSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.load(QStringLiteral("p1"), makeGallery(6));
    QVERIFY(session.moveToFirst({5}));   // 6,1,2,3,4,5
    QVERIFY(session.deleteRows({2, 3})); // images 2 and 3
    QCOMPARE(session.model()->order(), keys("6,1,4,5"));
    session.undoStack()->clear(); // as after a publish: the Delete step is gone
    QVERIFY(session.keepImages(keys("3,2")));
    // Back after image 1, their predecessor on the store, in the store's order.
    QCOMPARE(session.model()->order(), keys("6,1,2,3,4,5"));
    QCOMPARE(session.deletedIds(), QStringList());
    QCOMPARE(session.pendingCount(), 1); // image 6 moved
    QCOMPARE(session.model()->index(2).data(GalleryModel::IsEditedRole).toBool(), false);
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Keep 2 images"));
    session.undoStack()->undo();
    QCOMPARE(session.model()->order(), keys("6,1,4,5"));
    QCOMPARE(session.deletedIds(), keys("2,3"));
    session.undoStack()->redo();
    QCOMPARE(session.model()->order(), keys("6,1,2,3,4,5"));

    // The first image, with no store predecessor left, goes first.
    session.load(QStringLiteral("p1"), makeGallery(3));
    QVERIFY(session.deleteRows({0, 1}));
    QVERIFY(session.keepImages(keys("1")));
    QCOMPARE(session.model()->order(), keys("1,3"));
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Keep image"));
}

void TestEditSession::keepImagesRefusesWhatIsNotDeleted() {
    EditSession session;
    session.load(QStringLiteral("p1"), makeGallery(3));
    QSignalSpy refused(&session, &EditSession::refused);
    QString why;
    QVERIFY(!session.keepImages(keys("2"), &why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(session.undoStack()->count(), 0);
    QVERIFY(session.deleteRows({0}));
    // Only the staged deletion among the ids is kept; the image in the gallery stays once.
    QVERIFY(session.keepImages(keys("1,2")));
    QCOMPARE(session.model()->order(), keys("1,2,3"));
    session.undoStack()->undo();
    QCOMPARE(session.model()->order(), keys("2,3"));
    QCOMPARE(session.deletedIds(), keys("1"));
}

void TestEditSession::deletionsChangedFollowsTheDeletedSet() {
    EditSession session;
    session.load(QStringLiteral("p1"), makeGallery(4));
    QSignalSpy changed(&session, &EditSession::deletionsChanged);
    QVERIFY(session.setAltText({0}, QStringLiteral("x")));
    QVERIFY(session.moveRows({0}, 3));
    QCOMPARE(changed.count(), 0); // edits that delete nothing say nothing
    QVERIFY(session.deleteRows({1}));
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.keepImages(session.deletedIds()));
    QCOMPARE(changed.count(), 2);
    session.undoStack()->undo();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(session.deletedIds().size(), 1);
    session.model()->setDeleteError(session.deletedIds().constFirst(), QStringLiteral("No."));
    QCOMPARE(changed.count(), 4);
    session.model()->setDeleteError(session.deletedIds().constFirst(), QStringLiteral("No."));
    QCOMPARE(changed.count(), 4); // the same message again is no change
    session.load(QStringLiteral("p1"), makeGallery(4));
    QCOMPARE(changed.count(), 5);
}

void TestEditSession::restoreTakesAStateWhole() {
    EditSession first;
    first.setCapabilities(shoplineLike());
    first.load(QStringLiteral("p1"), makeGallery(4));
    QVERIFY(first.moveRows({3}, 0));
    QVERIFY(first.setAltText({1}, QStringLiteral("Front")));
    QVERIFY(first.deleteRows({2}));
    QCOMPARE(first.addImage(QStringLiteral("https://cdn.example.com/a.jpg")),
             QStringLiteral("new:1"));
    QCOMPARE(first.addImage(QStringLiteral("https://cdn.example.com/b.jpg")),
             QStringLiteral("new:2"));
    const SessionState kept = first.state();

    // A restart: another session takes the kept state, with no undo history of it.
    EditSession second;
    QAbstractItemModelTester tester(second.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    second.setCapabilities(shoplineLike());
    QSignalSpy loaded(&second, &EditSession::loaded);
    second.restore(kept);
    QCOMPARE(second.state(), kept);
    QCOMPARE(second.model()->staged(), kept.staged);
    QCOMPARE(second.pendingCount(), first.pendingCount());
    QCOMPARE(second.undoStack()->count(), 0);
    QCOMPARE(loaded.count(), 1);
    // New images are numbered after the kept ones.
    QCOMPARE(second.addImage(QStringLiteral("https://cdn.example.com/c.jpg")),
             QStringLiteral("new:3"));
}

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
