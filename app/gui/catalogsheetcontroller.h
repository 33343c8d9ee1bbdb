#pragma once

#include "core/altimportcomparison.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

namespace vitrine {

class AltImportDialog;
class CatalogController;
class GalleryController;

// The alt text spreadsheet of the whole catalog, from the Catalog window (docs/alttext.md):
// Export writes every product of the last scan with the edits staged for it — what a publish
// would send — one row per image; Import compares the file three ways (when exported, in the
// file, now) like the gallery's import and vitrinectl's, shows the same preview, and stages the
// cells the user keeps per product through the catalog's editor: one step of the Catalog
// window's undo stack, one journal entry per product. "Now" is the store now: the products whose
// rows were edited are read from the store first (into the local catalog), the untouched ones
// are not read at all.
class CatalogSheetController : public QObject {
    Q_OBJECT
public:
    CatalogSheetController(CatalogController *catalog, GalleryController *gallery,
                           QObject *parent = nullptr);

    // Writes the sheet; the number of rows written, -1 (and *error) when it cannot be.
    int exportTo(const QString &path, bool byteOrderMark, QString *error = nullptr) const;

    struct Preview {
        AltImportComparison::Result result;
        QList<AltSheetProblem> problems; // the file's unreadable lines and the skipped ones
        QString error;                   // the file or the store cannot be used at all
    };
    QCoro::Task<Preview> preview(QString path);
    // Stages the chosen cells, each product's as one batch; all of them one undo step. The
    // number of cells staged; products the editor refused are said in *refusals.
    int stage(const QList<AltImportCell> &cells, QStringList *refusals = nullptr);

    // The dialogs: a file chooser, then (import) the preview, window-modal over the Catalog
    // window. importFile skips the chooser; it returns the open preview (null: nothing to show,
    // the status line says why).
    void exportWithDialog();
    QCoro::Task<> importWithDialog();
    QCoro::Task<AltImportDialog *> importFile(QString path);

private:
    QPointer<CatalogController> m_catalog;
    QPointer<GalleryController> m_gallery;
    bool m_busy = false; // an import is reading the store
};

} // namespace vitrine
