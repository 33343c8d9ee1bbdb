#pragma once

#include "core/alttemplatepreview.h"
#include "core/catalogaudit.h"
#include "core/storecapabilities.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace vitrine {

class AltTextDelegate;
class CatalogProductsModel;
class CatalogSummaryView;
class DuplicatePairView;
class ThumbnailCache;
class WorklistModel;

// The whole store in one window: the summary at a glance (alt text coverage, problems per kind),
// the products table (sortable, filterable), and the worklist — every image with a chosen problem
// across the catalog, its alt text editable in place with the store's limit and counter, undoable,
// and "open this gallery" for anything else. Scan, Stop, Publish All, Export and the alt text
// spreadsheet are intents for the controller; the window does no networking and holds no store
// logic (docs/catalog.md).
class CatalogWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit CatalogWindow(ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    // --- Fed by the controller ---
    void setStoreName(const QString &name);
    void setCapabilities(const StoreCapabilities &capabilities);
    void setModels(CatalogProductsModel *products, WorklistModel *worklist);
    void setUndoStack(QUndoStack *stack);
    void setAudit(const CatalogAuditResult &audit);
    // A scan or picture checks under way: done of total (total < 0: unknown), a line of text.
    void showProgress(int done, int total, const QString &text);
    void hideProgress(const QString &finalText = {});
    void showStatus(const QString &text);
    QString statusText() const; // what the status line says now
    void setBusy(bool scanning);
    void setPublishEnabled(bool enabled);

    // The worklist's choice: the problem kinds shown (empty: any problem), or every image.
    QList<ReviewFinding::Kind> worklistKinds() const;
    bool worklistShowsEveryImage() const;
    void setWorklistChoice(const QList<ReviewFinding::Kind> &kinds, bool everyImage);
    // The worklist lines a template is for: the selected ones, or every line when none is.
    AltTemplatePreview::ImageScope worklistScope() const;

    // For tests and the controller.
    QTableView *productsView() const { return m_productsView; }
    QTableView *worklistView() const { return m_worklistView; }
    QLineEdit *productFilter() const { return m_filter; }
    QSortFilterProxyModel *productsProxy() const { return m_proxy; }
    CatalogSummaryView *summaryView() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *worklistChoice() const { return m_choice; }
    QAction *scanAction() const { return m_scan; }
    QAction *stopAction() const { return m_stop; }
    QAction *publishAllAction() const { return m_publishAll; }
    QAction *exportAction() const { return m_export; }
    QAction *openGalleryAction() const { return m_openGallery; }
    QAction *fromTemplateAction() const { return m_fromTemplate; }
    QAction *deleteImagesAction() const { return m_deleteImages; }
    DuplicatePairView *duplicatePairView() const { return m_pair; }
    QAction *exportAltTextAction() const { return m_exportAltText; }
    QAction *importAltTextAction() const { return m_importAltText; }

Q_SIGNALS:
    void scanRequested();
    void stopRequested();
    void publishAllRequested();
    // The audit as it is shown, to a file: .csv or .json by its extension.
    void exportRequested(const QString &path);
    void worklistChoiceChanged();
    // Open the product in the gallery window (imageKey: select that image; may be empty).
    void openGalleryRequested(const QString &productId, const QString &imageKey);
    // Fill the alt text of these images from a template (a preview first).
    void templateRequested(const vitrine::AltTemplatePreview::ImageScope &scope);
    // Stage the deletion of these images (the selected worklist lines, or the later copy of a
    // picture shown twice).
    void deleteImagesRequested(const vitrine::AltTemplatePreview::ImageScope &images);
    // The alt text spreadsheet of the whole catalog (the controller asks for the file).
    void altTextExportRequested();
    void altTextImportRequested();

private:
    void buildActions();
    void buildMenus();
    QWidget *buildOverview();
    QWidget *buildWorklist();
    void requestExport();
    void openCurrentGallery();
    void updateTemplateAction();
    void updatePair();
    const WorklistEntry *currentLine() const; // the worklist's current line, or null
    AltTemplatePreview::ImageScope selectedLines() const;

    QPointer<ThumbnailCache> m_thumbnails;
    QTabWidget *m_tabs = nullptr;
    CatalogSummaryView *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_productsView = nullptr;
    QComboBox *m_choice = nullptr;
    QTableView *m_worklistView = nullptr;
    AltTextDelegate *m_altDelegate = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_scan = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_publishAll = nullptr;
    QAction *m_export = nullptr;
    QAction *m_openGallery = nullptr;
    QAction *m_fromTemplate = nullptr;
    QAction *m_deleteImages = nullptr;
    DuplicatePairView *m_pair = nullptr;
    QAction *m_exportAltText = nullptr;
    QAction *m_importAltText = nullptr;
    QAction *m_close = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QString m_storeName;
};

} // namespace vitrine
