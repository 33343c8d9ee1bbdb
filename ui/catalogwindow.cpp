#include "ui/catalogwindow.h"

#include "models/catalogproductsmodel.h"
#include "models/gallerymodel.h"
#include "models/worklistmodel.h"
#include "ui/alttextdelegate.h"
#include "ui/catalogsummaryview.h"
#include "ui/duplicatepairview.h"
#include "ui/icons.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnailcelldelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vitrine {

namespace {
// Worklist choices: every image, any problem, then one kind each (docs/review.md's order).
constexpr int kEveryImage = -2;
constexpr int kAnyProblem = -1;
} // namespace

CatalogWindow::CatalogWindow(ThumbnailCache *thumbnails, QWidget *parent)
    : QMainWindow(parent)
    , m_thumbnails(thumbnails) {
    setWindowTitle(tr("Catalog"));
    buildActions();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_tabs->addTab(buildWorklist(), tr("&Worklist"));
    setCentralWidget(m_tabs);
    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    setBusy(false);
    resize(1100, 760);
}

void CatalogWindow::buildActions() {
    m_scan = new QAction(Icons::get(Icons::Id::Reload), tr("&Scan Store"), this);
    m_scan->setToolTip(tr("Read every product and image of the store into the catalog (only "
                          "what changed, when it was scanned before)"));
    m_scan->setShortcut(QKeySequence::Refresh);
    m_stop = new QAction(tr("S&top"), this);
    m_stop->setToolTip(tr("Stop the scan or the picture checks; the next scan continues"));
    m_publishAll = new QAction(Icons::get(Icons::Id::Publish), tr("&Publish All…"), this);
    m_publishAll->setToolTip(tr("Publish the staged edits of every product"));
    m_export = new QAction(tr("&Export Audit…"), this);
    m_export->setToolTip(tr("Write the findings to a CSV or JSON file"));
    m_openGallery = new QAction(tr("Open &Gallery"), this);
    m_openGallery->setToolTip(tr("Open the product of the selected line in the gallery window"));
    m_openGallery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_fromTemplate = new QAction(tr("Alt Text from &Template…"), this);
    m_fromTemplate->setToolTip(tr("Fill the alt text of the selected lines (or of every line "
                                  "shown) from a template, with a preview first"));
    m_fromTemplate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_fromTemplate->setEnabled(false);
    m_deleteImages = new QAction(Icons::get(Icons::Id::Delete), tr("&Delete Images"), this);
    m_deleteImages->setToolTip(tr("Stage the deletion of the selected lines' images from their "
                                  "products (Undo takes it back; a publish deletes them)"));
    m_deleteImages->setShortcut(QKeySequence::Delete);
    // Only while the worklist has the focus: Delete in the filter box deletes text.
    m_deleteImages->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteImages->setEnabled(false);
    connect(m_deleteImages, &QAction::triggered, this, [this] {
        const AltTemplatePreview::ImageScope lines = selectedLines();
        if (!lines.isEmpty())
            Q_EMIT deleteImagesRequested(lines);
    });
    m_exportAltText = new QAction(tr("E&xport Alt Text…"), this);
    m_exportAltText->setToolTip(tr("Save the alt text of every product as a spreadsheet (CSV), "
                                   "with what is staged"));
    m_importAltText = new QAction(tr("&Import Alt Text…"), this);
    m_importAltText->setToolTip(tr("Stage the alt text and places of an edited spreadsheet, after "
                                   "a preview that shows what changed on the store meanwhile"));
    m_close = new QAction(tr("&Close"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_exportAltText, &QAction::triggered, this, &CatalogWindow::altTextExportRequested);
    connect(m_importAltText, &QAction::triggered, this, &CatalogWindow::altTextImportRequested);
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    connect(m_fromTemplate, &QAction::triggered, this,
            [this] { Q_EMIT templateRequested(worklistScope()); });
    connect(m_scan, &QAction::triggered, this, &CatalogWindow::scanRequested);
    connect(m_stop, &QAction::triggered, this, &CatalogWindow::stopRequested);
    connect(m_publishAll, &QAction::triggered, this, &CatalogWindow::publishAllRequested);
    connect(m_export, &QAction::triggered, this, &CatalogWindow::requestExport);
    connect(m_openGallery, &QAction::triggered, this, &CatalogWindow::openCurrentGallery);

    QToolBar *bar = addToolBar(tr("Catalog"));
    bar->setObjectName(QStringLiteral("catalogToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_scan);
    bar->addAction(m_stop);
    bar->addSeparator();
    bar->addAction(m_publishAll);
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addAction(m_openGallery);
    bar->addAction(m_fromTemplate);
    m_undo = new QAction(Icons::get(Icons::Id::Undo), tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(Icons::get(Icons::Id::Redo), tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->redo();
    });
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    buildMenus();
}

// Every action in a menu too: the toolbar can be hidden, and menus show the shortcuts.
void CatalogWindow::buildMenus() {
    QMenu *catalog = menuBar()->addMenu(tr("&Catalog"));
    catalog->addAction(m_scan);
    catalog->addAction(m_stop);
    catalog->addSeparator();
    catalog->addAction(m_publishAll);
    catalog->addSeparator();
    catalog->addAction(m_export);
    catalog->addAction(m_exportAltText);
    catalog->addAction(m_importAltText);
    catalog->addSeparator();
    catalog->addAction(m_close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_fromTemplate);
    edit->addAction(m_deleteImages);
    edit->addAction(m_openGallery);
}

QWidget *CatalogWindow::buildOverview() {
    auto *page = new QSplitter(Qt::Vertical, this);
    m_summary = new CatalogSummaryView(page);
    auto *products = new QWidget(page);
    m_filter = new QLineEdit(products);
    m_filter->setPlaceholderText(tr("Filter products by title"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter products"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(CatalogProductsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CatalogProductsModel::Title);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_productsView = new QTableView(products);
    m_productsView->setModel(m_proxy);
    m_productsView->setSortingEnabled(true);
    m_productsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_productsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productsView->verticalHeader()->hide();
    m_productsView->horizontalHeader()->setStretchLastSection(false);
    m_productsView->setAccessibleName(tr("Products"));
    connect(m_productsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openGalleryRequested(index.data(CatalogProductsModel::ProductIdRole).toString(), {});
    });
    auto *layout = new QVBoxLayout(products);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_productsView, 1);
    page->addWidget(m_summary);
    page->addWidget(products);
    page->setStretchFactor(0, 2);
    page->setStretchFactor(1, 3);
    return page;
}

QWidget *CatalogWindow::buildWorklist() {
    auto *page = new QWidget(this);
    m_choice = new QComboBox(page);
    m_choice->setAccessibleName(tr("Problems shown"));
    m_choice->addItem(tr("Every image"), kEveryImage);
    m_choice->addItem(tr("Any problem"), kAnyProblem);
    for (const ReviewFinding::Kind kind : CatalogAudit::allKinds())
        m_choice->addItem(ReviewFinding::kindName(kind), int(kind));
    m_choice->setCurrentIndex(1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &CatalogWindow::worklistChoiceChanged);
    auto *label = new QLabel(tr("&Show:"), page);
    label->setBuddy(m_choice);
    auto *open = new QPushButton(m_openGallery->text(), page);
    connect(open, &QPushButton::clicked, m_openGallery, &QAction::trigger);
    auto *fill = new QPushButton(m_fromTemplate->text(), page);
    fill->setToolTip(m_fromTemplate->toolTip());
    connect(fill, &QPushButton::clicked, m_fromTemplate, &QAction::trigger);
    connect(m_fromTemplate, &QAction::changed, fill,
            [this, fill] { fill->setEnabled(m_fromTemplate->isEnabled()); });
    fill->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_choice);
    top->addStretch(1);
    top->addWidget(fill);
    top->addWidget(open);

    m_worklistView = new QTableView(page);
    m_worklistView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several lines: a template fills the selected ones.
    m_worklistView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_worklistView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed);
    m_worklistView->setAccessibleName(tr("Worklist"));
    m_worklistView->verticalHeader()->hide();
    // Every row as tall as a thumbnail, so 20,000 rows scroll without measuring any.
    m_worklistView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_worklistView->verticalHeader()->setDefaultSectionSize(ThumbnailCellDelegate::kSide + 6);
    m_worklistView->setItemDelegateForColumn(WorklistModel::Thumbnail,
                                             new ThumbnailCellDelegate(m_thumbnails, this));
    m_altDelegate = new AltTextDelegate(this);
    m_worklistView->setItemDelegateForColumn(WorklistModel::AltText, m_altDelegate);
    connect(m_altDelegate, &AltTextDelegate::editRefused, this, &CatalogWindow::showStatus);
    connect(m_worklistView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != WorklistModel::AltText)
            openCurrentGallery();
    });
    m_worklistView->addAction(m_deleteImages);
    m_pair = new DuplicatePairView(m_thumbnails, page);
    connect(m_pair, &DuplicatePairView::deleteRequested, this, [this](const QString &key) {
        const WorklistEntry *line = currentLine();
        if (line && line->image.key == key)
            Q_EMIT deleteImagesRequested({{line->productId, {key}}});
    });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_worklistView, 1);
    layout->addWidget(m_pair);
    return page;
}

void CatalogWindow::setStoreName(const QString &name) {
    m_storeName = name;
    setWindowTitle(name.isEmpty() ? tr("Catalog") : tr("Catalog of %1").arg(name));
}

void CatalogWindow::setCapabilities(const StoreCapabilities &capabilities) {
    m_altDelegate->setCapabilities(capabilities);
}

void CatalogWindow::setModels(CatalogProductsModel *products, WorklistModel *worklist) {
    m_proxy->setSourceModel(products);
    m_worklistView->setModel(worklist);
    if (worklist) {
        connect(worklist, &WorklistModel::editRefused, this, &CatalogWindow::showStatus,
                Qt::UniqueConnection);
        connect(worklist, &QAbstractItemModel::modelReset, this,
                &CatalogWindow::updateTemplateAction, Qt::UniqueConnection);
        connect(worklist, &QAbstractItemModel::rowsInserted, this,
                &CatalogWindow::updateTemplateAction, Qt::UniqueConnection);
        connect(worklist, &QAbstractItemModel::rowsRemoved, this,
                &CatalogWindow::updateTemplateAction, Qt::UniqueConnection);
        QHeaderView *header = m_worklistView->horizontalHeader();
        header->setSectionResizeMode(WorklistModel::Thumbnail, QHeaderView::Fixed);
        header->resizeSection(WorklistModel::Thumbnail, ThumbnailCellDelegate::kSide + 8);
        header->resizeSection(WorklistModel::Product, 220);
        header->resizeSection(WorklistModel::Place, 60);
        header->resizeSection(WorklistModel::AltText, 380);
        header->setStretchLastSection(true);
        // The pair and Delete follow the current line and the selection, also when lines go.
        connect(m_worklistView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &CatalogWindow::updatePair, Qt::UniqueConnection);
        connect(m_worklistView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &CatalogWindow::updatePair, Qt::UniqueConnection);
        connect(worklist, &QAbstractItemModel::modelReset, this, &CatalogWindow::updatePair,
                Qt::UniqueConnection);
        connect(worklist, &QAbstractItemModel::rowsRemoved, this, &CatalogWindow::updatePair,
                Qt::UniqueConnection);
    }
    updatePair();
    // The title takes the width the figures leave: no empty band at the right of the table.
    m_productsView->horizontalHeader()->setSectionResizeMode(CatalogProductsModel::Title,
                                                             QHeaderView::Stretch);
}

void CatalogWindow::setUndoStack(QUndoStack *stack) {
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_undoStack = stack;
    const auto update = [this] {
        m_undo->setEnabled(m_undoStack && m_undoStack->canUndo());
        m_redo->setEnabled(m_undoStack && m_undoStack->canRedo());
        m_undo->setText(m_undoStack && m_undoStack->canUndo()
                            ? tr("&Undo %1").arg(m_undoStack->undoText())
                            : tr("&Undo"));
    };
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, update);
    update();
}

void CatalogWindow::setAudit(const CatalogAuditResult &audit) {
    m_summary->setAudit(audit);
}

void CatalogWindow::showProgress(int done, int total, const QString &text) {
    m_progress->show();
    if (total < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(std::min(done, total));
    }
    m_status->setText(text);
}

void CatalogWindow::hideProgress(const QString &finalText) {
    m_progress->hide();
    if (!finalText.isEmpty())
        m_status->setText(finalText);
}

void CatalogWindow::showStatus(const QString &text) {
    m_status->setText(text);
}

QString CatalogWindow::statusText() const {
    return m_status->text();
}

void CatalogWindow::setBusy(bool scanning) {
    m_scan->setEnabled(!scanning);
    m_stop->setEnabled(scanning);
}

void CatalogWindow::setPublishEnabled(bool enabled) {
    m_publishAll->setEnabled(enabled);
}

QList<ReviewFinding::Kind> CatalogWindow::worklistKinds() const {
    const int choice = m_choice->currentData().toInt();
    if (choice < 0)
        return {};
    return {ReviewFinding::Kind(choice)};
}

bool CatalogWindow::worklistShowsEveryImage() const {
    return m_choice->currentData().toInt() == kEveryImage;
}

void CatalogWindow::setWorklistChoice(const QList<ReviewFinding::Kind> &kinds, bool everyImage) {
    int data = everyImage ? kEveryImage : kinds.size() == 1 ? int(kinds.first()) : kAnyProblem;
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(data)));
}

void CatalogWindow::requestExport() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Audit"), QStringLiteral("catalog-audit.csv"),
                                     tr("Spreadsheet (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        Q_EMIT exportRequested(path);
}

AltTemplatePreview::ImageScope CatalogWindow::worklistScope() const {
    AltTemplatePreview::ImageScope scope = selectedLines();
    QAbstractItemModel *model = m_worklistView->model();
    if (!scope.isEmpty() || !model)
        return scope;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        scope[index.data(WorklistModel::ProductIdRole).toString()].insert(
            index.data(GalleryModel::KeyRole).toString());
    }
    return scope;
}

void CatalogWindow::updateTemplateAction() {
    m_fromTemplate->setEnabled(m_worklistView->model() && m_worklistView->model()->rowCount() > 0);
}

const WorklistEntry *CatalogWindow::currentLine() const {
    auto *worklist = qobject_cast<WorklistModel *>(m_worklistView->model());
    const QModelIndex current = m_worklistView->currentIndex();
    return worklist && current.isValid() ? worklist->entry(current.row()) : nullptr;
}

AltTemplatePreview::ImageScope CatalogWindow::selectedLines() const {
    AltTemplatePreview::ImageScope lines;
    if (!m_worklistView->selectionModel())
        return lines;
    for (const QModelIndex &index : m_worklistView->selectionModel()->selectedRows())
        lines[index.data(WorklistModel::ProductIdRole).toString()].insert(
            index.data(GalleryModel::KeyRole).toString());
    return lines;
}

void CatalogWindow::updatePair() {
    m_deleteImages->setEnabled(m_worklistView->selectionModel() &&
                               m_worklistView->selectionModel()->hasSelection());
    const WorklistEntry *line = currentLine();
    if (!line || !line->related) {
        m_pair->clearPair();
        return;
    }
    const WorklistEntry::RelatedPicture &earlier = *line->related;
    m_pair->showPairAcrossProducts(
        earlier.productTitle.isEmpty() ? earlier.productId : earlier.productTitle, earlier.place,
        QUrl(earlier.src), line->image.key,
        line->productTitle.isEmpty() ? line->productId : line->productTitle, line->image.place,
        QUrl(line->image.src));
}

void CatalogWindow::openCurrentGallery() {
    if (m_tabs->currentIndex() == 0) {
        const QModelIndex current = m_productsView->currentIndex();
        if (current.isValid())
            Q_EMIT openGalleryRequested(
                current.data(CatalogProductsModel::ProductIdRole).toString(), {});
        return;
    }
    const QModelIndex current = m_worklistView->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openGalleryRequested(current.data(WorklistModel::ProductIdRole).toString(),
                                current.data(GalleryModel::KeyRole).toString());
}

} // namespace vitrine
