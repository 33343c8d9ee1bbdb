// Staging the worklist's edits: each alt text goes to the journal per product exactly like a
// gallery edit (the gallery's own EditSession, SessionJournal and SessionState), is one undo step
// across products, is checked against the store's limit, and the product open in the gallery
// window is edited through that window's session.
#include "catalog/catalogeditor.h"
#include "models/editsession.h"
#include "workflow/journal.h"
#include "workflow/sessionjournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;

namespace {

const QString kStore = QStringLiteral("shop");

CatalogProduct product(const QString &id, int images) {
    CatalogProduct p;
    p.id = id;
    p.title = QStringLiteral("Product ") + id;
    for (int i = 1; i <= images; ++i) {
        ProductImage image;
        image.id = QStringLiteral("%1%2").arg(id).arg(i);
        image.productId = id;
        image.src = QStringLiteral("https://cdn.example.com/%1.jpg").arg(image.id);
        image.position = i;
        p.images << image;
    }
    return p;
}

StoreCapabilities shoplineLike() {
    StoreCapabilities c;
    c.altMaxOnCreate = 255;
    c.altMaxOnUpdate = 20; // small, so a test can go over it
    c.ordering = OrderingSemantics::Shift;
    c.firstPosition = 1;
    return c;
}

} // namespace

class TestCatalogEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QHash<QString, CatalogProduct> m_catalog;

    std::unique_ptr<CatalogEditor> makeEditor() {
        return std::make_unique<CatalogEditor>(
            m_journal.get(), kStore, shoplineLike(),
            [this](const QString &id) -> std::optional<CatalogProduct> {
                if (!m_catalog.contains(id))
                    return std::nullopt;
                return m_catalog.value(id);
            });
    }

private Q_SLOTS:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite")));
        m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_catalog = {{QStringLiteral("1"), product(QStringLiteral("1"), 3)},
                     {QStringLiteral("2"), product(QStringLiteral("2"), 2)}};
    }
    void cleanup() { m_journal.reset(); }

    void editsAreStagedInTheJournalPerProduct() {
        auto editor = makeEditor();
        QSignalSpy changed(editor.get(), &CatalogEditor::productChanged);
        QVERIFY(
            editor->setAltText(QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("Side")));
        QVERIFY(
            editor->setAltText(QStringLiteral("2"), QStringLiteral("21"), QStringLiteral("Front")));
        QCOMPARE(changed.size(), 2);

        // The journal keeps exactly what a gallery edit keeps: the product's SessionState.
        const std::optional<SessionState> kept = m_journal->loadState(kStore, QStringLiteral("1"));
        QVERIFY(kept);
        StagedGallery expected =
            StagedGallery::unchanged(m_catalog.value(QStringLiteral("1")).images);
        expected.rows[1].image.alt = QStringLiteral("Side");
        QCOMPARE(kept->staged, expected);
        QCOMPARE(m_journal->entry(kStore, QStringLiteral("1"))->pendingCount, 1);
        QCOMPARE(m_journal->entry(kStore, QStringLiteral("1"))->productTitle,
                 QStringLiteral("Product 1"));
        QCOMPARE(m_journal->entries(kStore).size(), 2);
        QCOMPARE(editor->staged(QStringLiteral("1"))->staged, expected);
        QVERIFY(!editor->staged(QStringLiteral("3")));

        // A gallery opening the product finds the edit, as after any gallery session.
        EditSession gallery;
        gallery.setCapabilities(shoplineLike());
        SessionJournal galleryJournal(m_journal.get(), kStore, &gallery);
        QVERIFY(galleryJournal.pending(QStringLiteral("1")));
        QVERIFY(galleryJournal.restore(QStringLiteral("1")));
        QCOMPARE(gallery.targets().at(1).image.alt, QStringLiteral("Side"));
    }

    // One undo step per edit, across products; undoing all leaves nothing staged.
    void undoAcrossProducts() {
        auto editor = makeEditor();
        QVERIFY(editor->setAltText(QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("A")));
        QVERIFY(editor->setAltText(QStringLiteral("2"), QStringLiteral("22"), QStringLiteral("B")));
        QVERIFY(editor->setAltText(QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("C")));
        QCOMPARE(editor->undoStack()->count(), 3);
        editor->undoStack()->undo();
        QCOMPARE(m_journal->loadState(kStore, QStringLiteral("1"))->staged.rows.at(0).image.alt,
                 QStringLiteral("A"));
        editor->undoStack()->undo();
        QVERIFY(!m_journal->entry(kStore, QStringLiteral("2")));
        editor->undoStack()->undo();
        QVERIFY(m_journal->entries(kStore).isEmpty());
        editor->undoStack()->redo();
        QCOMPARE(m_journal->loadState(kStore, QStringLiteral("1"))->staged.rows.at(0).image.alt,
                 QStringLiteral("A"));
        // The same text again is no step.
        QVERIFY(editor->setAltText(QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("A")));
        QCOMPARE(editor->undoStack()->index(), 1);
    }

    // A template's or a spreadsheet's edits of one product: one step of the editor's stack,
    // kept in the journal; undo puts back the texts and the order; a batch with a text the store
    // would refuse stages nothing; a batch that changes nothing is no step.
    void batchesAreOneStepPerProduct_data() {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("order"); // empty: unchanged
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("steps");
        QTest::newRow("two texts")
            << QStringList{QStringLiteral("11"), QStringLiteral("13")}
            << QStringList{QStringLiteral("A"), QStringLiteral("C")} << QStringList() << true << 1;
        QTest::newRow("texts and a move")
            << QStringList{QStringLiteral("12")} << QStringList{QStringLiteral("B")}
            << QStringList{QStringLiteral("12"), QStringLiteral("11"), QStringLiteral("13")} << true
            << 1;
        QTest::newRow("one over the limit refuses all")
            << QStringList{QStringLiteral("11"), QStringLiteral("12")}
            << QStringList{QStringLiteral("A"), QString(21, QLatin1Char('x'))} << QStringList()
            << false << 0;
        QTest::newRow("nothing changes") << QStringList{QStringLiteral("11")}
                                         << QStringList{QString()} << QStringList() << true << 0;
    }
    void batchesAreOneStepPerProduct() {
        QFETCH(QStringList, keys);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, order);
        QFETCH(bool, accepted);
        QFETCH(int, steps);
        auto editor = makeEditor();
        QSignalSpy refused(editor.get(), &CatalogEditor::refused);
        EditSession::Batch batch;
        batch.name = QStringLiteral("Apply template");
        for (int i = 0; i < keys.size(); ++i)
            batch.altByKey.insert(keys.at(i), texts.at(i));
        batch.order = order;
        if (!order.isEmpty())
            batch.movedKeys = {order.first()};
        QString why;
        QCOMPARE(editor->applyBatch(QStringLiteral("1"), batch, &why), accepted);
        QCOMPARE(why.isEmpty(), accepted);
        QCOMPARE(refused.size(), accepted ? 0 : 1);
        QCOMPARE(editor->undoStack()->count(), steps);
        if (steps == 0) {
            QVERIFY(!m_journal->entry(kStore, QStringLiteral("1")));
            return;
        }
        const std::optional<SessionState> kept = m_journal->loadState(kStore, QStringLiteral("1"));
        QVERIFY(kept);
        for (int i = 0; i < keys.size(); ++i) {
            const int row = kept->staged.rowOfKey(keys.at(i));
            QCOMPARE(kept->staged.rows.at(row).image.alt, texts.at(i));
        }
        if (!order.isEmpty())
            QCOMPARE(kept->staged.order(), order);
        QCOMPARE(editor->rows(QStringLiteral("1")), kept->staged.rows);
        editor->undoStack()->undo();
        QVERIFY(!m_journal->entry(kStore, QStringLiteral("1"))); // all of it undone at once
        editor->undoStack()->redo();
        QCOMPARE(m_journal->loadState(kStore, QStringLiteral("1"))->staged.rows, kept->staged.rows);
    }

    void refusesWhatTheStoreWouldRefuse_data() {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("over the update limit") << "1"
                                               << "11" << QString(21, QLatin1Char('x')) << "20";
        QTest::newRow("unknown product") << "9"
                                         << "91"
                                         << "x"
                                         << "not in the catalog";
        QTest::newRow("unknown image") << "1"
                                       << "99"
                                       << "x"
                                       << "no longer in the gallery";
    }
    void refusesWhatTheStoreWouldRefuse() {
        QFETCH(QString, product);
        QFETCH(QString, image);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        auto editor = makeEditor();
        QSignalSpy refused(editor.get(), &CatalogEditor::refused);
        QString why;
        QVERIFY(!editor->setAltText(product, image, text, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(editor->undoStack()->count(), 0);
        QVERIFY(m_journal->entries(kStore).isEmpty());
        QCOMPARE(editor->altLimit(QStringLiteral("1"), QStringLiteral("11")), 20);
    }

    // Kept edits are the starting point: a worklist edit adds to them, never replaces them.
    void startsFromWhatTheJournalKeeps() {
        {
            auto first = makeEditor();
            QVERIFY(first->setAltText(QStringLiteral("1"), QStringLiteral("11"),
                                      QStringLiteral("Kept")));
        }
        auto editor = makeEditor();
        QVERIFY(
            editor->setAltText(QStringLiteral("1"), QStringLiteral("13"), QStringLiteral("New")));
        const SessionState kept = *m_journal->loadState(kStore, QStringLiteral("1"));
        QCOMPARE(kept.staged.rows.at(0).image.alt, QStringLiteral("Kept"));
        QCOMPARE(kept.staged.rows.at(2).image.alt, QStringLiteral("New"));
        QCOMPARE(kept.pendingCount(), 2);
    }

    // The product open in the gallery window is edited through that window's session: one
    // session per product, its undo stack and journal.
    // Deleting images of a product from the catalog: staged in the journal like a gallery delete,
    // one step across products; undo brings them back with the alt text they had staged; an
    // image not on the store or not in the gallery is refused and nothing is staged.
    void deletesImagesAsOneUndoableStep() {
        auto editor = makeEditor();
        QVERIFY(
            editor->setAltText(QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("Side")));
        QVERIFY(editor->deleteImages(QStringLiteral("1"),
                                     {QStringLiteral("12"), QStringLiteral("13")}));
        QCOMPARE(editor->undoStack()->count(), 2);
        std::optional<SessionState> kept = m_journal->loadState(kStore, QStringLiteral("1"));
        QVERIFY(kept);
        QCOMPARE(kept->staged.deletedIds,
                 QStringList({QStringLiteral("12"), QStringLiteral("13")}));
        QCOMPARE(kept->staged.rows.size(), 1);
        QCOMPARE(editor->rows(QStringLiteral("1")).size(), 1);

        editor->undoStack()->undo();
        kept = m_journal->loadState(kStore, QStringLiteral("1"));
        QVERIFY(kept);
        QVERIFY(kept->staged.deletedIds.isEmpty());
        QCOMPARE(kept->staged.rows.size(), 3);
        QCOMPARE(kept->staged.rows.at(1).image.id, QStringLiteral("12"));
        QCOMPARE(kept->staged.rows.at(1).image.alt, QStringLiteral("Side"));
        editor->undoStack()->redo();
        QCOMPARE(m_journal->loadState(kStore, QStringLiteral("1"))->staged.deletedIds.size(), 2);

        // Refused: an unknown image, a product not in the catalog. No step, nothing staged.
        QSignalSpy refused(editor.get(), &CatalogEditor::refused);
        QString why;
        QVERIFY(!editor->deleteImages(QStringLiteral("2"), {QStringLiteral("99")}, &why));
        QVERIFY2(why.contains(QStringLiteral("no longer in the gallery")), qPrintable(why));
        QVERIFY(!editor->deleteImages(QStringLiteral("7"), {QStringLiteral("71")}, &why));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(editor->undoStack()->count(), 2);
        QVERIFY(!m_journal->entry(kStore, QStringLiteral("2")));
    }

    void editsTheOpenProductThroughTheGallerysSession() {
        EditSession gallery;
        gallery.setCapabilities(shoplineLike());
        gallery.load(QStringLiteral("2"), m_catalog.value(QStringLiteral("2")).images);
        SessionJournal galleryJournal(m_journal.get(), kStore, &gallery);
        auto editor = makeEditor();
        editor->setOpenSession(&gallery);
        QVERIFY(
            editor->setAltText(QStringLiteral("2"), QStringLiteral("21"), QStringLiteral("Open")));
        QCOMPARE(gallery.targets().at(0).image.alt, QStringLiteral("Open"));
        QCOMPARE(gallery.undoStack()->count(), 1);
        QCOMPARE(m_journal->loadState(kStore, QStringLiteral("2"))->staged.rows.at(0).image.alt,
                 QStringLiteral("Open"));
        editor->undoStack()->undo();
        QCOMPARE(gallery.targets().at(0).image.alt, QString());
        QVERIFY(!m_journal->entry(kStore, QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
