// The alt text tools' models: a batch of edits is one undo step (EditSession::applyBatch), the
// staged gallery as the tools see it (altTextProduct), and the preview and import tables
// (checked rows, what cannot be checked), each under QAbstractItemModelTester.
#include "core/altimportcomparison.h"
#include "galleryfixtures.h"
#include "models/altimportmodel.h"
#include "models/alttemplatepreviewmodel.h"
#include "models/alttextsource.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {
QStringList alts(const EditSession &session) {
    QStringList out;
    for (const StagedImage &row : session.model()->rows())
        out << row.image.alt;
    return out;
}
} // namespace

class TstAltTextModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchIsOneUndoStep() {
        EditSession session;
        StoreCapabilities caps;
        caps.altMaxOnUpdate = 20;
        session.setCapabilities(caps);
        session.load(QStringLiteral("p1"), makeGallery(4));
        QSignalSpy pending(&session, &EditSession::pendingCountChanged);
        EditSession::Batch batch;
        batch.name = QStringLiteral("Import alt text");
        batch.altByKey = {{QStringLiteral("1"), QStringLiteral("Front")},
                          {QStringLiteral("3"), QStringLiteral("alt 3")}, // already so
                          {QStringLiteral("9"), QStringLiteral("not in the gallery")}};
        batch.order = keys("4,1,2,3");
        batch.movedKeys = keys("4");
        QVERIFY(session.applyBatch(batch));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Import alt text"));
        QCOMPARE(session.model()->order(), keys("4,1,2,3"));
        QCOMPARE(alts(session), (QStringList{QStringLiteral("alt 4"), QStringLiteral("Front"),
                                             QStringLiteral("alt 2"), QStringLiteral("alt 3")}));
        QCOMPARE(session.pendingCount(), 2); // image 1 (alt), image 4 (moved)
        QVERIFY(!pending.isEmpty());

        session.undoStack()->undo();
        QCOMPARE(session.model()->order(), keys("1,2,3,4"));
        QCOMPARE(alts(session).at(0), QStringLiteral("alt 1"));
        QCOMPARE(session.pendingCount(), 0);
        session.undoStack()->redo();
        QCOMPARE(session.model()->order(), keys("4,1,2,3"));
    }

    void batchIsRefusedWhole() {
        EditSession session;
        StoreCapabilities caps;
        caps.altMaxOnUpdate = 10;
        session.setCapabilities(caps);
        session.load(QStringLiteral("p1"), makeGallery(3));
        QSignalSpy refused(&session, &EditSession::refused);
        EditSession::Batch tooLong;
        tooLong.name = QStringLiteral("x");
        tooLong.altByKey = {{QStringLiteral("1"), QStringLiteral("ok")},
                            {QStringLiteral("2"), QStringLiteral("far too long for the store")}};
        QString why;
        QVERIFY(!session.applyBatch(tooLong, &why));
        QVERIFY2(why.contains(QStringLiteral("Image 2")), qPrintable(why));
        QCOMPARE(refused.size(), 1);
        EditSession::Batch badOrder;
        badOrder.order = keys("1,2");
        QVERIFY(!session.applyBatch(badOrder, &why));
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(alts(session).at(0), QStringLiteral("alt 1"));
        // Nothing to change: no step.
        EditSession::Batch same;
        same.altByKey = {{QStringLiteral("1"), QStringLiteral("alt 1")}};
        same.order = keys("1,2,3");
        QVERIFY(session.applyBatch(same));
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void stagedGalleryAsTheToolsSeeIt() {
        EditSession session;
        session.load(QStringLiteral("p1"), makeGallery(2));
        const QString added = session.addImage(QStringLiteral("https://cdn.example.com/new.jpg"),
                                               QStringLiteral("new one"));
        QVERIFY(session.setAltText({0}, QStringLiteral("staged alt")));
        AltTextProduct details;
        details.id = QStringLiteral("p1");
        details.title = QStringLiteral("Sofa");
        details.images = {StagedImage{}}; // ignored
        const AltTextProduct product = altTextProduct(*session.model(), details);
        QCOMPARE(product.title, QStringLiteral("Sofa"));
        QCOMPARE(product.images.size(), 3);
        QCOMPARE(product.images.at(0).image.alt, QStringLiteral("staged alt"));
        QCOMPARE(product.images.at(2).key, added);
        QVERIFY(product.images.at(2).isNew);
    }

    void previewModel() {
        AltTextProduct p;
        p.id = QStringLiteral("p");
        p.title = QStringLiteral("A long product title");
        for (int i = 1; i <= 3; ++i) {
            StagedImage image;
            image.key = QString::number(i);
            image.image.id = image.key;
            image.image.src = QStringLiteral("https://cdn.test/%1.jpg").arg(i);
            p.images << image;
        }
        p.images[2].isNew = true;
        const AltTemplatePreview preview =
            AltTemplatePreview::compute({p}, AltTemplate::parse(QStringLiteral("{title} {place}")),
                                        AltWriteMode::Empty, {100, 10});
        AltTemplatePreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &AltTemplatePreviewModel::checkedCountChanged);
        model.setPreview(preview);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.checkedCount(), 2); // the new image's text is over its limit of 10
        using Col = AltTemplatePreviewModel::Column;
        QCOMPARE(model.index(2, Col::StageColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(!(model.flags(model.index(2, Col::StageColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(2, Col::StageColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(2, Col::LengthColumn).data().toString(), QStringLiteral("22 / 10"));
        QVERIFY(
            model.index(2, Col::FlagsColumn).data().toString().contains(QStringLiteral("limit")));
        QCOMPARE(model.index(0, Col::AfterColumn).data().toString(),
                 QStringLiteral("A long product title 1"));
        QCOMPARE(model.index(0, Col::PlaceColumn).data().toInt(), 1);
        QVERIFY(model.setData(model.index(0, Col::StageColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 1);
        QCOMPARE(model.checkedChanges().size(), 1);
        QCOMPARE(model.checkedChanges().first().key, QStringLiteral("2"));
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 2);
        model.setAllChecked(false);
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(count.last().first().toInt(), 0);
    }

    void importModel() {
        AltImportCell a;
        a.line = 2;
        a.productId = QStringLiteral("p");
        a.imageId = QStringLiteral("1");
        a.hasExported = true;
        a.exported = QStringLiteral("old");
        a.inFile = QStringLiteral("mine");
        a.onStore = QStringLiteral("theirs");
        AltImportCell b = a;
        b.line = 3;
        b.hasExported = false;
        b.field = AltImportCell::Field::Place;
        AltImportModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCells({a, b}, false);
        QCOMPARE(model.checkedCount(), 0);
        using Col = AltImportModel::Column;
        QCOMPARE(model.index(0, Col::ExportedColumn).data().toString(), QStringLiteral("old"));
        QCOMPARE(model.index(0, Col::InFileColumn).data().toString(), QStringLiteral("mine"));
        QCOMPARE(model.index(0, Col::NowColumn).data().toString(), QStringLiteral("theirs"));
        QCOMPARE(model.index(1, Col::ExportedColumn).data().toString(),
                 QStringLiteral("(not in the file)"));
        QCOMPARE(model.index(1, Col::FieldColumn).data().toString(), QStringLiteral("place"));
        AltImportCell cleared = a; // the file empties a text: shown as such, not as a blank cell
        cleared.inFile.clear();
        model.setCells({a, b, cleared}, false);
        QCOMPARE(model.index(2, Col::InFileColumn).data().toString(), QStringLiteral("(empty)"));
        model.setCells({a, b}, false);
        model.setChecked(1, true);
        QCOMPARE(model.checkedCells().size(), 1);
        QCOMPARE(model.checkedCells().first().line, 3);
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 2);
    }
};

QTEST_MAIN(TstAltTextModels)
#include "tst_alttextmodels.moc"
