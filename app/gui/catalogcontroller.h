#pragma once

#include "catalog/catalogscanner.h"
#include "core/catalogaudit.h"
#include "ui/catalogwindow.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vitrine {

class AltTemplateDialog;
class CatalogDatabase;
class CatalogEditor;
class CatalogProductsModel;
class CatalogSheetController;
class EditSession;
class GalleryController;
class Journal;
class MainWindow;
class PictureChecker;
class SavedTemplates;
class ThumbnailCache;
class ThumbnailFetcher;
class WorklistModel;

// Wires the catalog of the open store to its window: the local catalog beside the journal, the
// scan (progress, Stop), the picture checks in the background, the audit and its models, the
// worklist's edits (CatalogEditor: staged per product in the journal, undoable; the product open
// in the gallery window through its own session), "open this gallery", and the export. Publishing
// everything is CatalogPublishController's, the alt text spreadsheet CatalogSheetController's.
class CatalogController : public QObject {
    Q_OBJECT
public:
    CatalogController(GalleryController *gallery, MainWindow *mainWindow, EditSession *session,
                      ThumbnailCache *thumbnails, ThumbnailFetcher *fetcher,
                      QObject *parent = nullptr);
    ~CatalogController() override;

    // The journal the edits are staged in; the catalog lives beside it (may be null: no catalog).
    void setJournal(Journal *journal);
    // The catalog window of the open store, created on first use.
    CatalogWindow *window();
    void showWindow();

    QCoro::Task<ScanOutcome> scan();
    // Checks the pictures that are due (never checked, or not lately), at most 4 at once.
    QCoro::Task<> checkPictures();
    void stop();
    // Writes the audit as the worklist shows it (its chosen problems) to path: .json or .csv.
    bool exportAudit(const QString &path, QString *error = nullptr);
    // Reads the catalog and the journal again and audits everything.
    void reload();

    // Templates saved by name (shared with the gallery window and vitrinectl; may be null).
    void setSavedTemplates(SavedTemplates *saved);
    // The dictionary of the audit's alt-spelling rule (not owned, used on this thread; null:
    // spelling is not checked). Audits an open catalog again.
    void setSpellChecker(const SpellChecker *checker);
    // The template dialog for these worklist images (window-modal, open when this returns): a
    // preview first, Stage stages what is ticked (stageTemplate). Null without a catalog.
    AltTemplateDialog *fillFromTemplate(const AltTemplatePreview::ImageScope &scope);
    // Stages a template's changes per product in the journal (CatalogEditor), all of them one
    // step of the window's undo stack; the number of alt texts staged.
    int stageTemplate(const QList<AltTemplateChange> &changes);
    // Stages the deletion of these images (product -> keys) in the journal, all of them one step
    // of the window's undo stack; the number staged.
    int deleteImages(const AltTemplatePreview::ImageScope &images);

    CatalogDatabase *database() const { return m_database.get(); }
    CatalogEditor *editor() const { return m_editor.get(); }
    CatalogSheetController *sheet() const { return m_sheet; }
    CatalogProductsModel *productsModel() const { return m_products; }
    WorklistModel *worklistModel() const { return m_worklist; }
    const CatalogAuditResult &audit() const { return m_audit; }
    QString storeKey() const { return m_store; }

Q_SIGNALS:
    // The catalog was read or audited again (a scan, a publish, checks).
    void auditChanged();

private:
    // The gallery controller opened a store: the catalog of that store.
    void bindStore();
    void reauditProduct(const QString &productId);
    void rebuildWorklist();
    QCoro::Task<> openGallery(QString productId, QString imageKey);
    ReviewOptions reviewOptions() const;

    QPointer<GalleryController> m_gallery;
    QPointer<MainWindow> m_mainWindow;
    QPointer<EditSession> m_session;
    ThumbnailCache *m_thumbnails;
    ThumbnailFetcher *m_fetcher;
    Journal *m_journal = nullptr;
    std::unique_ptr<CatalogDatabase> m_database;
    std::unique_ptr<CatalogEditor> m_editor;
    std::unique_ptr<CatalogScanner> m_scanner;
    std::unique_ptr<PictureChecker> m_checker;
    QPointer<CatalogWindow> m_window;
    CatalogProductsModel *m_products;
    WorklistModel *m_worklist;
    CatalogSheetController *m_sheet;
    QString m_store;
    QList<CatalogProduct> m_catalog;
    QHash<QString, int> m_orderOf; // product id -> index in m_catalog
    QHash<QString, PictureCheck> m_checks;
    CatalogAuditResult m_audit;
    bool m_reauditQueued = false;
    SavedTemplates *m_savedTemplates = nullptr;
    const SpellChecker *m_spelling = nullptr;
    QString m_lastTemplate;
};

} // namespace vitrine
