// The window's alt text tools in real widgets: the template dialog previews as the user types
// (off the GUI thread), refuses a broken template, never lets an over-limit text be staged,
// saves and deletes templates by signal; the import dialog shows conflicts side by side,
// unticked; the actions stage what was kept as one undo step, and an untouched export/import
// round trip stages nothing.
#include "models/altimportmodel.h"
#include "models/alttemplatepreviewmodel.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/altimportdialog.h"
#include "ui/alttemplatedialog.h"
#include "ui/alttextactions.h"
#include "uifixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {

AltTextProduct sofa(int images) {
    AltTextProduct p;
    p.id = QStringLiteral("sofa");
    p.title = QStringLiteral("Grey sofa");
    for (int i = 1; i <= images; ++i) {
        StagedImage image;
        image.key = QString::number(i);
        image.image.id = image.key;
        image.image.src = QStringLiteral("http://127.0.0.1:9/img%1.png").arg(i);
        image.image.alt = i % 2 ? QString() : QStringLiteral("alt %1").arg(i);
        p.images << image;
    }
    return p;
}

// Waits until the dialog shows the preview of what it has now.
bool settled(AltTemplateDialog &dialog) {
    return QTest::qWaitFor([&dialog] { return !dialog.isComputing(); }, 5000);
}

} // namespace

class TstAltTextDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void templatePreviewFollowsTyping() {
        AltTemplateDialog dialog({sofa(4)}, {20, 20});
        dialog.show();
        QVERIFY(!dialog.applyButton()->isEnabled());
        QTest::keyClicks(dialog.templateEdit(), QStringLiteral("{title}, view {place}"));
        QVERIFY(settled(dialog));
        // Empty mode: images 1 and 3 have no alt text.
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->index(0, AltTemplatePreviewModel::AfterColumn).data().toString(),
                 QStringLiteral("Grey sofa, view 1"));
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("2")),
                 qPrintable(dialog.summaryLabel()->text()));

        dialog.setMode(AltWriteMode::Replace);
        QVERIFY(settled(dialog));
        QCOMPARE(dialog.model()->rowCount(), 4);

        // Over the limit of 20: shown, but never checked or staged.
        dialog.setTemplateText(QStringLiteral("{title}, seen from the front, {place}"));
        QVERIFY(settled(dialog));
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.model()->checkedCount(), 0);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(dialog.chosenChanges().isEmpty());
    }

    void brokenTemplateSaysWhere() {
        AltTemplateDialog dialog({sofa(2)}, {});
        dialog.show();
        dialog.setTemplateText(QStringLiteral("{title} {colour}"));
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("{colour}")));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.setTemplateText(QStringLiteral("{title}"));
        QVERIFY(!dialog.errorLabel()->isVisible());
        QVERIFY(settled(dialog));
        QCOMPARE(dialog.model()->rowCount(), 1); // image 2 has text; image 1 not
    }

    void savedTemplates() {
        AltTemplateDialog dialog({sofa(2)}, {});
        QSignalSpy save(&dialog, &AltTemplateDialog::saveRequested);
        QSignalSpy remove(&dialog, &AltTemplateDialog::deleteRequested);
        dialog.setSavedTemplates({{QStringLiteral("views"), QStringLiteral("{title} {place}")},
                                  {QStringLiteral("plain"), QStringLiteral("{title}")}});
        QCOMPARE(dialog.savedBox()->count(), 3);
        dialog.savedBox()->setCurrentIndex(dialog.savedBox()->findText(QStringLiteral("views")));
        Q_EMIT dialog.savedBox()->activated(dialog.savedBox()->currentIndex());
        QCOMPARE(dialog.templateText(), QStringLiteral("{title} {place}"));
        dialog.saveAs(QStringLiteral("  mine "));
        QCOMPARE(save.size(), 1);
        QCOMPARE(save.first(),
                 (QList<QVariant>{QStringLiteral("mine"), QStringLiteral("{title} {place}")}));
        QVERIFY(dialog.deleteButton()->isEnabled());
        dialog.deleteButton()->click();
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.first().first().toString(), QStringLiteral("views"));
        dialog.setTemplateText(QStringLiteral("{broken"));
        dialog.saveAs(QStringLiteral("broken"));
        QCOMPARE(save.size(), 1); // a broken template is not saved
    }

    void importDialogConflictsStartUnticked() {
        AltImportComparison::Result result;
        AltImportCell change;
        change.line = 2;
        change.productId = QStringLiteral("sofa");
        change.imageId = QStringLiteral("1");
        change.hasExported = true;
        change.inFile = QStringLiteral("Front");
        AltImportCell conflict = change;
        conflict.line = 3;
        conflict.imageId = QStringLiteral("2");
        conflict.exported = QStringLiteral("alt 2");
        conflict.inFile = QStringLiteral("mine");
        conflict.onStore = QStringLiteral("theirs");
        result.changes = {change};
        result.conflicts = {conflict};
        result.unchangedCells = 5;
        AltImportDialog dialog(QStringLiteral("/tmp/sofa.csv"), result,
                               {AltSheetProblem{7, QStringLiteral("Line 7: bad.")}});
        dialog.show();
        QCOMPARE(dialog.tabs()->currentIndex(), 1); // the conflicts first
        QCOMPARE(dialog.problemsList()->count(), 1);
        QCOMPARE(dialog.chosenCells(), QList<AltImportCell>{change});
        QCOMPARE(dialog.conflictsModel()->index(0, AltImportModel::NowColumn).data().toString(),
                 QStringLiteral("theirs"));
        dialog.takeAllButton()->click();
        QCOMPARE(dialog.chosenCells().size(), 2);
        dialog.keepAllButton()->click();
        dialog.changesModel()->setChecked(0, false);
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.conflictsModel()->setChecked(0, true);
        QCOMPARE(dialog.chosenCells(), QList<AltImportCell>{conflict});
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("5")));
    }

    void actionsRoundTripAndStaging() {
        QWidget window;
        EditSession session;
        StoreCapabilities caps;
        caps.altMaxOnUpdate = 40;
        session.setCapabilities(caps);
        session.load(QStringLiteral("sofa"), makeGallery(3));
        AltTextActions actions(&session, &window);
        AltTextProduct details;
        details.id = QStringLiteral("sofa");
        details.title = QStringLiteral("Grey sofa");
        actions.setProductDetails(details);
        QVERIFY(actions.exportAction()->isEnabled());
        QVERIFY(actions.fromTemplateAction()->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sofa.csv"));
        QString error;
        QVERIFY2(actions.exportTo(path, false, &error), qPrintable(error));
        const AltTextActions::ImportPreview untouched = actions.previewImport(path);
        QVERIFY(untouched.error.isEmpty());
        QVERIFY(untouched.result.changes.isEmpty());
        QVERIFY(untouched.result.conflicts.isEmpty());
        QCOMPARE(untouched.result.unchangedCells, 6);
        QVERIFY(actions.stageImport(untouched.result.changes));
        QCOMPARE(session.undoStack()->count(), 0);

        // The file changes image 1's text and moves image 3 first; meanwhile the user staged
        // another text for image 2 in the window.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(QStringLiteral(",alt 1,"), QStringLiteral(",Front of the sofa,"));
        text.replace(QStringLiteral(",alt 2,"), QStringLiteral(",Side of the sofa,"));
        text.replace(QStringLiteral("sofa,Grey sofa,3,3,"), QStringLiteral("sofa,Grey sofa,3,1,"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QVERIFY(session.setAltText({1}, QStringLiteral("Side, staged here")));
        const AltTextActions::ImportPreview edited = actions.previewImport(path);
        QCOMPARE(edited.result.changes.size(), 2);
        QCOMPARE(edited.result.conflicts.size(), 1);
        QCOMPARE(edited.result.conflicts.first().onStore, QStringLiteral("Side, staged here"));
        QVERIFY(actions.stageImport(edited.result.changes));
        QCOMPARE(session.undoStack()->count(), 2); // the user's edit, the import
        QCOMPARE(session.model()->order(),
                 (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(session.model()->rows().at(1).image.alt, QStringLiteral("Front of the sofa"));
        QCOMPARE(session.model()->rows().at(2).image.alt, QStringLiteral("Side, staged here"));
        session.undoStack()->undo();
        QCOMPARE(session.model()->rows().at(0).image.alt, QStringLiteral("alt 1"));

        const QString missing = dir.filePath(QStringLiteral("none.csv"));
        QVERIFY(!actions.previewImport(missing).error.isEmpty());
    }

    void templateThroughTheDialog() {
        QWidget window;
        EditSession session;
        session.load(QStringLiteral("sofa"), makeGallery(3));
        QVERIFY(session.setAltText({0, 2}, QString()));
        session.undoStack()->clear();
        AltTextActions actions(&session, &window);
        AltTextProduct details;
        details.title = QStringLiteral("Grey sofa");
        actions.setProductDetails(details);
        QSignalSpy status(&actions, &AltTextActions::statusMessage);
        // The user types a template, waits for the preview and stages it.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<AltTemplateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTemplateText(QStringLiteral("{title}, photo {place} of {count}"));
            QVERIFY(settled(*dialog));
            dialog->applyButton()->click();
        });
        actions.fromTemplateAction()->trigger();
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.model()->rows().at(0).image.alt,
                 QStringLiteral("Grey sofa, photo 1 of 3"));
        QCOMPARE(session.model()->rows().at(1).image.alt, QStringLiteral("alt 2"));
        QCOMPARE(session.model()->rows().at(2).image.alt,
                 QStringLiteral("Grey sofa, photo 3 of 3"));
        QCOMPARE(status.size(), 1);
    }
};

QTEST_MAIN(TstAltTextDialogs)
#include "tst_alttextdialogs.moc"
