#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QSplitter;
class QTimer;
class QUndoView;

namespace vitrine {

class AltTextPanel;
class DetailsView;
class EditSession;
class AltTextActions;
class GalleryEditActions;
class GalleryStatusBar;
class GalleryTableModel;
class GalleryView;
class PendingDeletionsBar;
class ProductChooser;
class PublishDialog;
class ReviewPanel;
class ThumbnailCache;

// Vitrine's window: the product chooser, the gallery grid and/or details list (one selection),
// the alt text panel, the undo history, menus, toolbar and status line. It does no networking and
// holds no store logic: it edits through the EditSession and tells the app controller what the
// user wants through intent signals; the controller answers through the slots below.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class ViewMode { Grid, Details, SideBySide };
    Q_ENUM(ViewMode)

    // Neither is owned; both must outlive the window.
    MainWindow(EditSession *session, ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~MainWindow() override;

    EditSession *editSession() const;
    GalleryView *galleryView() const;
    DetailsView *detailsView() const;
    AltTextPanel *altTextPanel() const;
    ProductChooser *productChooser() const;
    GalleryStatusBar *galleryStatusBar() const;
    // How long a gallery loads before the window says so (showGalleryLoading()).
    static constexpr int kLoadingIndicatorDelayMs = 250;
    bool isGalleryLoadingShown() const;
    GalleryEditActions *editActions() const;
    // Alt text from a template, and the alt text spreadsheet (docs/alttext.md).
    AltTextActions *altTextActions() const;
    GalleryTableModel *tableModel() const;
    QUndoView *undoView() const;
    ReviewPanel *reviewPanel() const;
    // The thumbnails every view of the window shows (the app sets the store's rendition rule).
    ThumbnailCache *thumbnailCache() const;
    QDockWidget *reviewDock() const;
    // The strip listing staged deletions (failed ones with the store's message) above the views.
    PendingDeletionsBar *pendingDeletionsBar() const;
    // The open publish dialog, if any (created by showPublishPreview).
    PublishDialog *publishDialog() const;

    QAction *publishAction() const;
    QAction *reloadAction() const;
    QAction *switchStoreAction() const;
    QAction *resetDemoAction() const;
    QAction *openDemoAction() const;
    // View ▸ Catalog…: the whole store (catalogRequested).
    QAction *catalogAction() const;
    QAction *undoAction() const;
    QAction *redoAction() const;
    // File ▸ Open Recent (filled by setRecentStores).
    QMenu *recentStoresMenu() const;
    // Help ▸ Keyboard Shortcuts, Vitrine Handbook, About Vitrine.
    QAction *shortcutsAction() const;
    QAction *handbookAction() const;
    QAction *aboutAction() const;

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const;

    // Closing with unpublished edits asks first (they are kept); tests and scripts may turn it off.
    void setConfirmCloseWithPending(bool confirm);
    // Dock and toolbar layout, the view mode (grid, details or both; both on a first run) and
    // how the two share the width, for the app to keep in its settings.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    // Sizes the window for the screen it is on: the preferred size where it fits, otherwise the
    // screen's available area (so the docks and the status bar stay on screen at any scale), and
    // centres it there.
    void fitToScreen();

public Q_SLOTS:
    // --- Fed by the app controller ---
    // The store being edited ("Demo store", "my-shop.myshopline.com"); detail goes in the tooltip.
    void setStoreName(const QString &name, const QString &detail = {});
    // Shows File ▸ Reset Demo Data only for the embedded demo store.
    void setDemoStore(bool isDemo);
    // File ▸ Open Recent: the stores opened lately, most recent first (names as shown).
    void setRecentStores(const QStringList &names);
    // What the store can do; forwarded to the session (the one place capabilities live).
    void setCapabilities(const StoreCapabilities &capabilities);
    // The store's products (a ProductListModel), for the chooser.
    void setProductModel(QAbstractItemModel *products);
    // The product whose gallery the session now holds.
    void setCurrentProduct(const QString &productId, const QString &title);
    // What the store's product list says of the current product beyond its title (after
    // setCurrentProduct): its variants' names by id, vendor and type, where the store lists them,
    // for alt text templates' {variant}, {vendor} and {type} and the review.
    void setProductListing(const ProductSummary &listed);
    // Gallery loading: total < 0 while the amount is unknown; done >= total hides the progress.
    // The indicator (status bar and grid placeholder) appears only when loading lasts longer
    // than kLoadingIndicatorDelayMs: a fast load neither flashes it nor spends two repaints of
    // the window on it while the gallery it waits for is coming in.
    void showGalleryLoading(int done, int total);
    void showStatus(const QString &message);
    // An error in words a merchant understands (StoreError::userMessage()); stays until dismissed.
    void showError(const QString &message);
    void clearError();

    // Publishing, in the order the controller calls them: the plan it computed for
    // publishRequested, then (after publishConfirmed) progress and per-request results, then the
    // outcome.
    void showPublishPreview(const PublishPlan &plan, int imagesRemovedByDeleteAll = 0);
    void setPublishProgress(int done, int total, const QString &current = {});
    void addPublishResult(const QString &what, bool ok, const QString &storeMessage = {});
    void finishPublish(const QString &outcome = {});

Q_SIGNALS:
    // --- Intents, for the app controller ---
    void productRequested(const QString &productId);
    void reloadRequested();
    void publishRequested();
    void publishConfirmed();
    void publishCancelRequested();
    void resetDemoRequested();
    void switchStoreRequested();
    // File ▸ Open Demo Store: back to the embedded demo store from any profile.
    void demoStoreRequested();
    // View ▸ Catalog…: the catalog window of the open store.
    void catalogRequested();
    // File ▸ Open Recent: the store at index of the list given to setRecentStores.
    void recentStoreRequested(int index);
    // File ▸ Open Recent ▸ Clear Menu.
    void recentStoresClearRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildViews();
    void buildDocks();
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildHelpMenu();
    // Thumbnails are decoded for the screen's device pixel ratio (sharp at 125 %, 200 %...).
    void followDevicePixelRatio();
    void connectSession();
    void updateTitle();
    void updateActions();
    // The status bar's part of showGalleryLoading(), with m_loadingProgress.
    void showLoadingProgress();
    void updatePlaceholder();
    void showAltPanelFor();
    void requestReload();
    void requestResetDemo();
    void requestPublish();

    QPointer<EditSession> m_session;
    QPointer<ThumbnailCache> m_thumbnails;
    GalleryTableModel *m_tableModel = nullptr;
    GalleryView *m_grid = nullptr;
    DetailsView *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    PendingDeletionsBar *m_deletionsBar = nullptr;
    AltTextPanel *m_altPanel = nullptr;
    QDockWidget *m_altDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_undoDock = nullptr;
    ReviewPanel *m_reviewPanel = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    ProductChooser *m_chooser = nullptr;
    GalleryStatusBar *m_statusBar = nullptr;
    GalleryEditActions *m_editActions = nullptr;
    AltTextActions *m_altText = nullptr;
    QPointer<PublishDialog> m_publishDialog;

    QAction *m_switchStore = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_resetDemo = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_catalog = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QActionGroup *m_viewModes = nullptr;
    QAction *m_gridMode = nullptr;
    QAction *m_detailsMode = nullptr;
    QAction *m_bothMode = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_handbook = nullptr;
    QAction *m_about = nullptr;

    QString m_storeName;
    QString m_productId;
    QString m_productTitle; // empty for stores whose products have none
    bool m_isDemo = false;
    bool m_loadingGallery = false; // shown as such (after the delay)
    QTimer *m_loadingDelay = nullptr;
    QPair<int, int> m_loadingProgress;
    bool m_confirmClose = true;
    bool m_followingScreen = false;
};

} // namespace vitrine
