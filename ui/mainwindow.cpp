#include "ui/mainwindow.h"

#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/gallerytablemodel.h"
#include "ui/aboutdialog.h"
#include "ui/alttextactions.h"
#include "ui/alttextdelegate.h"
#include "ui/alttextpanel.h"
#include "ui/detailsview.h"
#include "ui/editablegallerytablemodel.h"
#include "ui/gallerydelegate.h"
#include "ui/galleryeditactions.h"
#include "ui/gallerystatusbar.h"
#include "ui/galleryview.h"
#include "ui/handbookbrowser.h"
#include "ui/icons.h"
#include "ui/pendingdeletionsbar.h"
#include "ui/productchooser.h"
#include "ui/productname.h"
#include "ui/publishdialog.h"
#include "ui/reviewpanel.h"
#include "ui/shortcutsdialog.h"
#include "ui/thumbnailcache.h"
#include "ui/uilogging.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWindow>

namespace vitrine {

MainWindow::MainWindow(EditSession *session, ThumbnailCache *thumbnails, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_thumbnails(thumbnails) {
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_tableModel = new EditableGalleryTableModel(this);
    m_tableModel->setSourceModel(session->model());

    buildViews();
    buildDocks();
    buildActions();
    buildMenus();
    buildHelpMenu();
    buildToolBar();
    m_statusBar = new GalleryStatusBar(this);
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(kLoadingIndicatorDelayMs);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] {
        m_loadingGallery = true;
        showLoadingProgress();
        updatePlaceholder();
    });
    m_statusBar->watchThumbnails(thumbnails);
    setStatusBar(m_statusBar);
    connectSession();
    // The first run shows both: the grid to arrange, the list to review position, size and URL
    // (the user's later choice comes back through restoreLayout()).
    setViewMode(ViewMode::SideBySide);
    updatePlaceholder();
    resize(1280, 820); // fitToScreen() makes it fit the screen it ends up on
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() {
    // Qt may send a close event while the window is destroyed: that is no time to ask.
    m_confirmClose = false;
}

void MainWindow::buildViews() {
    m_grid = new GalleryView(m_thumbnails);
    // One model and one selection for both views: the table model keeps the gallery's rows, and
    // its alt text column is the grid's, so the grid's inline edits reach the session.
    m_grid->setModel(m_tableModel);
    m_grid->setModelColumn(GalleryTableModel::AltTextColumn);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setEditSession(m_session);

    m_details = new DetailsView(m_thumbnails);
    m_details->setModel(m_tableModel);
    m_details->setSelectionModel(m_grid->selectionModel());
    // The grid's keyboard actions work from the list too (same selection, same session).
    for (QAction *action : m_grid->arrangeActions())
        m_details->addAction(action);
    m_details->addAction(m_grid->deleteAction());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("viewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_details);
    // Side by side, the list needs room for place, picture, alt text, size and (elided) URL as
    // much as the grid needs it for two columns of cards: half each.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    // Deleted images have no card: the strip above the views keeps them in sight (with the
    // store's message when their deletion failed) until the store has really deleted them.
    m_deletionsBar = new PendingDeletionsBar(m_session, m_thumbnails);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(4);
    centralLayout->addWidget(m_deletionsBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_deletionsBar, &PendingDeletionsBar::statusMessage, this, &MainWindow::showStatus);
    connect(m_deletionsBar, &PendingDeletionsBar::publishRequested, this,
            &MainWindow::requestPublish);
    connect(m_deletionsBar, &PendingDeletionsBar::imagesKept, this, [this](const QStringList &ids) {
        // The kept images come back selected and in view, in whichever view shows.
        const QList<int> rows = m_session->rowsOfKeys(ids);
        if (rows.isEmpty())
            return;
        m_grid->selectRows(rows);
        const QModelIndex first = m_tableModel->index(rows.constFirst(), 0);
        m_grid->scrollTo(m_tableModel->index(rows.constFirst(), m_grid->modelColumn()));
        m_details->scrollTo(first);
    });

    connect(m_grid, &GalleryView::statusMessage, this, &MainWindow::showStatus);
    connect(m_grid, &GalleryView::altTextEditRequested, this, &MainWindow::showAltPanelFor);
    connect(m_details, &DetailsView::altTextEditRequested, this, &MainWindow::showAltPanelFor);
    connect(m_grid->galleryDelegate(), &AltTextDelegate::editRefused, this,
            &MainWindow::showStatus);
    connect(m_details->altTextDelegate(), &AltTextDelegate::editRefused, this,
            &MainWindow::showStatus);
}

void MainWindow::buildDocks() {
    m_altPanel = new AltTextPanel(m_thumbnails);
    m_altPanel->setEditSession(m_session);
    m_altPanel->setSelectionModel(m_grid->selectionModel());
    m_altDock = new QDockWidget(tr("Alt Text"), this);
    m_altDock->setObjectName(QStringLiteral("altTextDock"));
    m_altDock->setWidget(m_altPanel);
    m_altDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_altDock);

    m_undoView = new QUndoView(m_session->undoStack());
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("As loaded from the store"));
    m_undoView->setAlternatingRowColors(true);
    m_undoDock = new QDockWidget(tr("History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    splitDockWidget(m_altDock, m_undoDock, Qt::Vertical);

    // The QA review shares the lower dock with the history; closed until asked for, since it
    // loads every image of the gallery when shown.
    m_reviewPanel = new ReviewPanel(m_session, m_thumbnails);
    m_reviewDock = new QDockWidget(tr("Review"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    m_reviewDock->toggleViewAction()->setText(tr("&Review Gallery"));
    m_reviewDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reviewDock->toggleViewAction()->setStatusTip(
        tr("List missing or overlong alt text, duplicates, broken and tiny images"));
    tabifyDockWidget(m_undoDock, m_reviewDock);
    m_reviewDock->hide();
    // Asked for, it comes to the front of its tab group rather than opening behind History.
    connect(m_reviewDock->toggleViewAction(), &QAction::triggered, m_reviewDock,
            [this](bool shown) {
                if (shown)
                    m_reviewDock->raise();
            });
    connect(m_reviewPanel, &ReviewPanel::imageActivated, this, [this](const QString &key) {
        m_grid->selectRows(m_session->rowsOfKeys({key}));
        const QList<int> rows = m_session->rowsOfKeys({key});
        if (!rows.isEmpty())
            m_grid->scrollTo(m_session->model()->index(rows.constFirst()));
    });
    // "Delete the later copy" of a duplicate picture: confirmed and staged as any delete.
    connect(m_reviewPanel, &ReviewPanel::deleteRequested, this, [this](const QString &key) {
        const QList<int> rows = m_session->rowsOfKeys({key});
        if (!rows.isEmpty() && m_editActions)
            m_editActions->confirmAndDelete(rows);
    });
}

void MainWindow::buildActions() {
    m_switchStore = new QAction(Icons::get(Icons::Id::Store), tr("S&witch Store…"), this);
    m_switchStore->setObjectName(QStringLiteral("switchStoreAction"));
    m_switchStore->setStatusTip(tr("Open another store profile, or add one"));
    connect(m_switchStore, &QAction::triggered, this, &MainWindow::switchStoreRequested);

    m_catalog = new QAction(tr("&Catalog…"), this);
    m_catalog->setObjectName(QStringLiteral("catalogAction"));
    m_catalog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_catalog->setStatusTip(
        tr("Every product of the store: scan it, audit every image, fix across products"));
    connect(m_catalog, &QAction::triggered, this, &MainWindow::catalogRequested);

    m_reload = new QAction(Icons::get(Icons::Id::Reload), tr("&Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    m_reload->setShortcut(QKeySequence::Refresh);
    connect(m_reload, &QAction::triggered, this, &MainWindow::requestReload);

    m_publish = new QAction(Icons::get(Icons::Id::Publish), tr("&Publish…"), this);
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setShortcut(QKeySequence::Save);
    m_publish->setPriority(QAction::HighPriority); // label shown beside the toolbar icon
    connect(m_publish, &QAction::triggered, this, &MainWindow::requestPublish);

    m_openDemo = new QAction(tr("Open &Demo Store"), this);
    m_openDemo->setObjectName(QStringLiteral("openDemoAction"));
    m_openDemo->setStatusTip(
        tr("Try Vitrine on its built-in demo store (nothing leaves this computer)"));
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::demoStoreRequested);

    m_resetDemo = new QAction(tr("Reset &Demo Data…"), this);
    m_resetDemo->setObjectName(QStringLiteral("resetDemoAction"));
    m_resetDemo->setStatusTip(tr("Put every demo product back as it was at the start"));
    m_resetDemo->setVisible(false);
    connect(m_resetDemo, &QAction::triggered, this, &MainWindow::requestResetDemo);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    QUndoStack *stack = m_session->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(Icons::get(Icons::Id::Undo));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(Icons::get(Icons::Id::Redo));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_editActions = new GalleryEditActions(m_session, m_grid, this);
    m_details->addAction(m_editActions->selectAllAction());
    connect(m_editActions, &GalleryEditActions::statusMessage, this, &MainWindow::showStatus);
    m_altText = new AltTextActions(m_session, this);
    connect(m_altText, &AltTextActions::statusMessage, this, &MainWindow::showStatus);

    m_viewModes = new QActionGroup(this);
    m_gridMode = new QAction(Icons::get(Icons::Id::GridView), tr("&Grid"), m_viewModes);
    m_gridMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_detailsMode = new QAction(Icons::get(Icons::Id::DetailsView), tr("&Details"), m_viewModes);
    m_detailsMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_bothMode = new QAction(tr("Grid &and Details"), m_viewModes);
    m_bothMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    for (QAction *mode : m_viewModes->actions())
        mode->setCheckable(true);
    connect(m_gridMode, &QAction::triggered, this, [this] { setViewMode(ViewMode::Grid); });
    connect(m_detailsMode, &QAction::triggered, this, [this] { setViewMode(ViewMode::Details); });
    connect(m_bothMode, &QAction::triggered, this, [this] { setViewMode(ViewMode::SideBySide); });
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_switchStore);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentStoresMenu"));
    setRecentStores({});
    file->addAction(m_openDemo);
    file->addAction(m_reload);
    file->addSeparator();
    file->addAction(m_altText->exportAction());
    file->addAction(m_altText->importAction());
    file->addSeparator();
    file->addAction(m_publish);
    file->addSeparator();
    file->addAction(m_resetDemo);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_grid->editAltAction());
    edit->addAction(m_editActions->addImageAction());
    edit->addAction(m_editActions->replaceUrlAction());
    edit->addAction(m_editActions->setVariantsAction());
    edit->addAction(m_altText->fromTemplateAction());
    edit->addAction(m_grid->deleteAction());
    edit->addSeparator();
    edit->addAction(m_editActions->selectAllAction());

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    for (QAction *action : m_grid->arrangeActions())
        arrange->addAction(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewModes->actions());
    view->addSeparator();
    view->addAction(m_altDock->toggleViewAction());
    view->addAction(m_undoDock->toggleViewAction());
    view->addAction(m_reviewDock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_catalog);

    // Disabled actions carry the reason in their tooltip: let menus show it.
    for (QMenu *menu : {file, edit, arrange, view})
        menu->setToolTipsVisible(true);
}

void MainWindow::buildToolBar() {
    QToolBar *product = addToolBar(tr("Product"));
    product->setObjectName(QStringLiteral("productToolBar"));
    product->setMovable(false);
    m_chooser = new ProductChooser;
    product->addWidget(m_chooser);
    connect(m_chooser, &ProductChooser::productRequested, this, &MainWindow::productRequested);

    QToolBar *tools = addToolBar(tr("Edit"));
    tools->setObjectName(QStringLiteral("editToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(20, 20));
    tools->addAction(m_publish);
    tools->addSeparator();
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    tools->addSeparator();
    tools->addAction(m_editActions->addImageAction());
    tools->addAction(m_grid->editAltAction());
    tools->addAction(m_grid->deleteAction());
    tools->addSeparator();
    for (QAction *action : m_grid->arrangeActions())
        tools->addAction(action);
    tools->addSeparator();
    tools->addAction(m_gridMode);
    tools->addAction(m_detailsMode);
    tools->addAction(m_reload);
    // Icons only, except Publish (HighPriority): the toolbar stays one row at 1280 px.
    for (QAction *action : tools->actions())
        if (action->priority() != QAction::HighPriority)
            action->setPriority(QAction::LowPriority);
}

void MainWindow::connectSession() {
    EditSession *session = m_session;
    connect(session, &EditSession::pendingCountChanged, this, [this](int count) {
        m_statusBar->setPendingCount(count);
        updateTitle();
        updateActions();
    });
    connect(session, &EditSession::refused, this, &MainWindow::showStatus);
    connect(session, &EditSession::loaded, this, [this] {
        // Thumbnails queued for the previous product are not needed any more.
        if (m_thumbnails)
            m_thumbnails->cancelQueued();
        updatePlaceholder();
        m_grid->clearSelection();
        m_statusBar->setPendingCount(m_session->pendingCount());
        updateTitle();
        updateActions();
    });
    connect(session, &EditSession::capabilitiesChanged, this, [this] {
        const StoreCapabilities &caps = m_session->capabilities();
        m_grid->galleryDelegate()->setCapabilities(caps);
        m_details->altTextDelegate()->setCapabilities(caps);
        m_chooser->setCanListProducts(caps.canListProducts,
                                      caps.whyNot(StoreCapabilities::Feature::ListProducts));
        updateActions();
    });
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
}

// --- Accessors ---------------------------------------------------------------------------------

EditSession *MainWindow::editSession() const {
    return m_session;
}
GalleryView *MainWindow::galleryView() const {
    return m_grid;
}
DetailsView *MainWindow::detailsView() const {
    return m_details;
}
AltTextPanel *MainWindow::altTextPanel() const {
    return m_altPanel;
}
ProductChooser *MainWindow::productChooser() const {
    return m_chooser;
}
GalleryStatusBar *MainWindow::galleryStatusBar() const {
    return m_statusBar;
}
GalleryEditActions *MainWindow::editActions() const {
    return m_editActions;
}
AltTextActions *MainWindow::altTextActions() const {
    return m_altText;
}
GalleryTableModel *MainWindow::tableModel() const {
    return m_tableModel;
}
QUndoView *MainWindow::undoView() const {
    return m_undoView;
}

ReviewPanel *MainWindow::reviewPanel() const {
    return m_reviewPanel;
}

ThumbnailCache *MainWindow::thumbnailCache() const {
    return m_thumbnails;
}

QDockWidget *MainWindow::reviewDock() const {
    return m_reviewDock;
}
PendingDeletionsBar *MainWindow::pendingDeletionsBar() const {
    return m_deletionsBar;
}
PublishDialog *MainWindow::publishDialog() const {
    return m_publishDialog;
}
QAction *MainWindow::publishAction() const {
    return m_publish;
}
QAction *MainWindow::reloadAction() const {
    return m_reload;
}
QAction *MainWindow::switchStoreAction() const {
    return m_switchStore;
}
QAction *MainWindow::openDemoAction() const {
    return m_openDemo;
}

QAction *MainWindow::catalogAction() const {
    return m_catalog;
}

QAction *MainWindow::resetDemoAction() const {
    return m_resetDemo;
}
QAction *MainWindow::undoAction() const {
    return m_undo;
}
QAction *MainWindow::redoAction() const {
    return m_redo;
}
QMenu *MainWindow::recentStoresMenu() const {
    return m_recentMenu;
}
QAction *MainWindow::shortcutsAction() const {
    return m_shortcuts;
}
QAction *MainWindow::handbookAction() const {
    return m_handbook;
}
QAction *MainWindow::aboutAction() const {
    return m_about;
}

void MainWindow::setViewMode(ViewMode mode) {
    m_grid->setVisible(mode != ViewMode::Details);
    m_details->setVisible(mode != ViewMode::Grid);
    m_gridMode->setChecked(mode == ViewMode::Grid);
    m_detailsMode->setChecked(mode == ViewMode::Details);
    m_bothMode->setChecked(mode == ViewMode::SideBySide);
    QWidget *focus = mode == ViewMode::Details ? static_cast<QWidget *>(m_details) : m_grid;
    focus->setFocus();
    if (m_grid->currentIndex().isValid()) {
        m_grid->scrollTo(m_grid->currentIndex());
        m_details->scrollTo(m_grid->currentIndex());
    }
}

MainWindow::ViewMode MainWindow::viewMode() const {
    if (m_grid->isHidden())
        return ViewMode::Details;
    return m_details->isHidden() ? ViewMode::Grid : ViewMode::SideBySide;
}

void MainWindow::setConfirmCloseWithPending(bool confirm) {
    m_confirmClose = confirm;
}

namespace {
// saveLayout()'s format: this marker, the view mode, the grid/list splitter, then
// QMainWindow::saveState(). Layouts saved before the view mode was kept are saveState() alone
// (which starts with another marker) and are still read.
constexpr quint32 kLayoutMarker = 0x56544c31; // "VTL1"
} // namespace

QByteArray MainWindow::saveLayout() const {
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kLayoutMarker << qint32(viewMode()) << m_splitter->saveState() << saveState();
    return out;
}

bool MainWindow::restoreLayout(const QByteArray &state) {
    QDataStream stream(state);
    quint32 marker = 0;
    stream >> marker;
    if (marker != kLayoutMarker)
        return restoreState(state);
    qint32 mode = 0;
    QByteArray splitter;
    QByteArray window;
    stream >> mode >> splitter >> window;
    if (stream.status() != QDataStream::Ok || mode < qint32(ViewMode::Grid) ||
        mode > qint32(ViewMode::SideBySide))
        return false;
    if (!restoreState(window))
        return false;
    m_splitter->restoreState(splitter);
    setViewMode(ViewMode(mode));
    return true;
}

void MainWindow::fitToScreen() {
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the window is shown: leave room for it.
    const QSize room = available.size() - QSize(16, 48);
    const QSize preferred(1280, 820);
    const QSize size = preferred.boundedTo(room).expandedTo(QSize(480, 360));
    resize(size);
    QRect frame(QPoint(0, 0), size + QSize(16, 48));
    frame.moveCenter(available.center());
    move(frame.topLeft().x() < available.left() ? available.left() : frame.topLeft().x(),
         frame.topLeft().y() < available.top() ? available.top() : frame.topLeft().y());
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (!m_followingScreen && windowHandle()) {
        m_followingScreen = true;
        connect(windowHandle(), &QWindow::screenChanged, this, &MainWindow::followDevicePixelRatio);
    }
    followDevicePixelRatio();
}

void MainWindow::followDevicePixelRatio() {
    if (!m_thumbnails)
        return;
    const qreal ratio = devicePixelRatioF();
    if (qFuzzyCompare(ratio, m_thumbnails->devicePixelRatio()))
        return;
    // The cache drops the pixmaps decoded for the old ratio; the views ask again as they paint.
    m_thumbnails->setDevicePixelRatio(ratio);
    m_grid->viewport()->update();
    m_details->viewport()->update();
}

void MainWindow::buildHelpMenu() {
    m_handbook = new QAction(tr("Vitrine &Handbook"), this);
    m_handbook->setObjectName(QStringLiteral("handbookAction"));
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_handbook->setStatusTip(tr("How to edit galleries, publish, and set up stores"));
    connect(m_handbook, &QAction::triggered, this, [this] {
        auto *handbook = new HandbookBrowser(this);
        handbook->setAttribute(Qt::WA_DeleteOnClose);
        handbook->show();
    });

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcuts->setStatusTip(tr("List the keys of every command"));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        auto *shortcuts = new ShortcutsDialog(menuBar(), this);
        shortcuts->setAttribute(Qt::WA_DeleteOnClose);
        shortcuts->show();
    });

    m_about = new QAction(tr("&About Vitrine"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_handbook);
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
}

// --- Controller's slots ------------------------------------------------------------------------

void MainWindow::setStoreName(const QString &name, const QString &detail) {
    m_storeName = name;
    m_statusBar->setStoreName(name, detail);
    updateActions();
    updateTitle();
}

void MainWindow::setDemoStore(bool isDemo) {
    m_isDemo = isDemo;
    m_resetDemo->setVisible(isDemo);
    m_openDemo->setVisible(!isDemo);
}

void MainWindow::setRecentStores(const QStringList &names) {
    m_recentMenu->clear();
    for (int i = 0; i < names.size(); ++i) {
        // "&1 Demo store": the digit is the mnemonic; an "&" in a name is shown, not a mnemonic.
        QString label = names.at(i);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *open =
            m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label) : label);
        open->setStatusTip(tr("Open %1 again").arg(names.at(i)));
        connect(open, &QAction::triggered, this, [this, i] { Q_EMIT recentStoreRequested(i); });
    }
    if (!names.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!names.isEmpty());
    connect(clear, &QAction::triggered, this, &MainWindow::recentStoresClearRequested);
    m_recentMenu->setEnabled(!names.isEmpty());
}

void MainWindow::setCapabilities(const StoreCapabilities &capabilities) {
    m_session->setCapabilities(capabilities); // capabilitiesChanged updates the views
}

void MainWindow::setProductModel(QAbstractItemModel *products) {
    m_chooser->setProductModel(products);
}

void MainWindow::setCurrentProduct(const QString &productId, const QString &title) {
    m_productId = productId;
    m_productTitle = title;
    m_chooser->setCurrentProduct(productId);
    m_editActions->setProductName(ProductName::inSentence(productId, title));
    // What else the app knows of the product (vendor, variants) stays while it stays open.
    AltTextProduct details = m_altText->productDetails();
    if (details.id != productId)
        details = AltTextProduct{};
    details.id = productId;
    details.title = title;
    m_altText->setProductDetails(details);
    m_reviewPanel->setProduct(productId, title);
    updateTitle();
    updateActions();
}

void MainWindow::setProductListing(const ProductSummary &listed) {
    AltTextProduct details = m_altText->productDetails();
    details.variants = listed.variants;
    details.vendor = listed.vendor;
    details.productType = listed.productType;
    m_altText->setProductDetails(details);
    m_reviewPanel->setVariants(listed.variants);
}

void MainWindow::showGalleryLoading(int done, int total) {
    m_loadingProgress = {done, total};
    const bool loading = total < 0 || done < total;
    if (!loading) {
        m_loadingDelay->stop();
        showLoadingProgress(); // hides it
        m_loadingGallery = false;
        updatePlaceholder();
        return;
    }
    if (m_loadingGallery) // already shown: the progress moves at once
        showLoadingProgress();
    else if (!m_loadingDelay->isActive())
        m_loadingDelay->start();
}

void MainWindow::showLoadingProgress() {
    m_statusBar->showLoading(tr("Loading gallery…"), m_loadingProgress.first,
                             m_loadingProgress.second);
}

bool MainWindow::isGalleryLoadingShown() const {
    return m_loadingGallery;
}

void MainWindow::updatePlaceholder() {
    if (m_loadingGallery)
        m_grid->setPlaceholderText(tr("Loading the gallery…"));
    else if (!m_session || m_session->productId().isEmpty())
        m_grid->setPlaceholderText(tr("Choose a product to see its images."));
    else
        m_grid->setPlaceholderText(
            tr("This product has no images yet. Add one with Edit ▸ Add Image by URL (%1).")
                .arg(m_editActions->addImageAction()->shortcut().toString(
                    QKeySequence::NativeText)));
}

void MainWindow::showStatus(const QString &message) {
    m_statusBar->showStatus(message);
}

void MainWindow::showError(const QString &message) {
    qCInfo(lcUi) << "error shown:" << message;
    m_statusBar->showError(message);
}

void MainWindow::clearError() {
    m_statusBar->clearError();
}

void MainWindow::showPublishPreview(const PublishPlan &plan, int imagesRemovedByDeleteAll) {
    if (!m_publishDialog) {
        m_publishDialog = new PublishDialog(this);
        m_publishDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_publishDialog->setWindowModality(Qt::WindowModal);
        connect(m_publishDialog, &PublishDialog::publishConfirmed, this,
                &MainWindow::publishConfirmed);
        connect(m_publishDialog, &PublishDialog::cancelRequested, this,
                &MainWindow::publishCancelRequested);
    }
    m_publishDialog->showPreview(m_storeName, ProductName::inSentence(m_productId, m_productTitle),
                                 plan, imagesRemovedByDeleteAll);
    m_publishDialog->open();
}

void MainWindow::setPublishProgress(int done, int total, const QString &current) {
    if (m_publishDialog)
        m_publishDialog->setProgress(done, total, current);
}

void MainWindow::addPublishResult(const QString &what, bool ok, const QString &storeMessage) {
    if (m_publishDialog)
        m_publishDialog->addResult(what, ok, storeMessage);
}

void MainWindow::finishPublish(const QString &outcome) {
    if (m_publishDialog)
        m_publishDialog->finish(outcome);
    if (!outcome.isEmpty())
        showStatus(outcome);
}

// --- Internals ---------------------------------------------------------------------------------

void MainWindow::updateTitle() {
    // "Oak Dining Chair* — Shopify at 127.0.0.1": the platform appends the application's name
    // ("— Vitrine") itself, and the unpublished-edits mark goes with the product it concerns.
    QStringList parts;
    const QString product = ProductName::standalone(m_productId, m_productTitle);
    if (!product.isEmpty())
        parts << product + QStringLiteral("[*]");
    if (!m_storeName.isEmpty())
        parts << m_storeName;
    setWindowTitle(parts.join(QStringLiteral(" — ")));
    setWindowModified(m_session && m_session->hasPendingChanges());
}

void MainWindow::updateActions() {
    const bool loaded = m_session && !m_session->productId().isEmpty();
    const int pending = m_session ? m_session->pendingCount() : 0;
    // With a store but no gallery (the store did not answer), Reload tries the store again.
    m_reload->setEnabled(loaded || !m_storeName.isEmpty());
    m_reload->setStatusTip(loaded ? tr("Read the product's gallery from the store again")
                                  : tr("Try the store again"));
    m_publish->setEnabled(pending > 0);
    const QString publishTip = pending > 0
                                   ? tr("Send the %n staged edit(s) to the store", nullptr, pending)
                                   : tr("Nothing to publish: no staged edits");
    m_publish->setToolTip(publishTip);
    m_publish->setStatusTip(publishTip);
    m_editActions->updateStates();
}

void MainWindow::showAltPanelFor() {
    m_altDock->show();
    m_altDock->raise();
    m_altPanel->focusEditor();
}

void MainWindow::requestReload() {
    if (m_session && m_session->hasPendingChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Reload from the store"),
                        tr("Reload %1 from the store?")
                            .arg(ProductName::inSentence(m_productId, m_productTitle)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("The %n edit(s) you have not published are discarded.", nullptr,
                                  m_session->pendingCount()));
        QPushButton *reload = box.addButton(tr("Reload and Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != reload)
            return;
    }
    Q_EMIT reloadRequested();
}

void MainWindow::requestResetDemo() {
    QMessageBox box(QMessageBox::Warning, tr("Reset demo data"),
                    tr("Put every demo product back as it was at the start?"),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Everything published to the demo store is lost; unpublished edits "
                              "are discarded."));
    QPushButton *reset = box.addButton(tr("Reset Demo Data"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reset)
        Q_EMIT resetDemoRequested();
}

void MainWindow::requestPublish() {
    if (m_session && m_session->hasPendingChanges())
        Q_EMIT publishRequested();
    else
        showStatus(tr("Nothing to publish: no staged edits."));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    const int pending = m_session ? m_session->pendingCount() : 0;
    if (pending == 0 || !m_confirmClose) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Unpublished edits"),
                    tr("You have %n edit(s) to %1 that are not published yet.", nullptr, pending)
                        .arg(ProductName::inSentence(m_productId, m_productTitle)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeQuestion"));
    box.setInformativeText(tr("They are kept on this computer and come back the next time you "
                              "open this product. Publish now, or quit and publish later."));
    QPushButton *publish = box.addButton(tr("Publish…"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Quit and Keep Edits"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(publish);
    box.exec();
    if (box.clickedButton() == quit) {
        event->accept();
        return;
    }
    event->ignore();
    if (box.clickedButton() == publish)
        Q_EMIT publishRequested();
}

} // namespace vitrine
