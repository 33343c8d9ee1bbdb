#include "ui/galleryview.h"

#include "core/validation.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/gallerydelegate.h"
#include "ui/icons.h"
#include "ui/thumbnailcache.h"
#include "ui/thumbnaildemand.h"
#include "ui/thumbnailrepainter.h"
#include "ui/uilogging.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace vitrine {

namespace {
constexpr int kBarWidth = 4;
} // namespace

GalleryView::GalleryView(ThumbnailCache *thumbnails, QWidget *parent)
    : QListView(parent) {
    setObjectName(QStringLiteral("galleryView"));
    m_delegate = new GalleryDelegate(thumbnails, this);
    setItemDelegate(m_delegate);
    configure();
    if (thumbnails) {
        m_repainter = new ThumbnailRepainter(this, thumbnails, 0, GalleryModel::SourceUrlRole);
        // What is on screen is fetched first; what scrolled away leaves the queue.
        m_demand = new ThumbnailDemand(this, thumbnails, 0, GalleryModel::SourceUrlRole);
    }

    m_moveLeft = makeAction(tr("Move &Left"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                            Icons::get(Icons::Id::MoveLeft), &GalleryView::moveSelectionLeft);
    m_moveLeft->setStatusTip(tr("Move the selected images one place towards the start"));
    m_moveRight = makeAction(tr("Move &Right"), QKeySequence(Qt::CTRL | Qt::Key_Right),
                             Icons::get(Icons::Id::MoveRight), &GalleryView::moveSelectionRight);
    m_moveRight->setStatusTip(tr("Move the selected images one place towards the end"));
    m_moveFirst = makeAction(tr("Move to &First"), QKeySequence(Qt::CTRL | Qt::Key_Home),
                             Icons::get(Icons::Id::MoveFirst), &GalleryView::moveSelectionToFirst);
    m_moveFirst->setStatusTip(tr("Make the selected images the first of the gallery"));
    m_moveLast = makeAction(tr("Move to L&ast"), QKeySequence(Qt::CTRL | Qt::Key_End),
                            Icons::get(Icons::Id::MoveLast), &GalleryView::moveSelectionToLast);
    m_moveLast->setStatusTip(tr("Make the selected images the last of the gallery"));
    m_delete = makeAction(tr("&Delete"), QKeySequence::Delete, Icons::get(Icons::Id::Delete),
                          &GalleryView::requestDelete);
    m_delete->setStatusTip(tr("Delete the selected images (asks first; undoable until published)"));
    m_editAlt = makeAction(tr("Edit &Alt Text"), QKeySequence(Qt::Key_F2),
                           Icons::get(Icons::Id::AltText), &GalleryView::editAltText);
    m_editAlt->setStatusTip(tr("Describe the selected images for people who cannot see them"));
    updateActions();
}

GalleryView::~GalleryView() = default;

void GalleryView::configure() {
    // qt-notes §4: icon mode defaults to Free movement, which moves pictures around the canvas
    // instead of reordering rows; Static keeps a grid whose order is the model's. Static also turns
    // dragging and the viewport's drops off, so both are switched back on afterwards.
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    // One pass: with uniform card sizes laying out even thousands of cards is cheap, and a batched
    // layout has no place yet for the cards past its first batch, so scrollTo() could not follow
    // an image moved to the end of a long gallery.
    setLayoutMode(QListView::SinglePass);
    setUniformItemSizes(true);
    setGridSize(m_delegate->cardSize());
    setSpacing(0); // the cards carry their own margins
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true); // after setMovement, which switched it off
    viewport()->setAttribute(Qt::WA_Hover);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);
    // The scroll bar stays, as in the details table: appearing as a gallery opened, it narrowed
    // the grid, which laid its cards out again and repainted them all a moment later.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAutoScroll(true);
    setAccessibleName(tr("Product images"));
    setAccessibleDescription(tr("Ctrl+Left, Ctrl+Right, Ctrl+Home and Ctrl+End move the selected "
                                "images; F2 edits the alt text; Delete deletes."));
}

QAction *GalleryView::makeAction(const QString &text, const QKeySequence &shortcut,
                                 const QIcon &icon, void (GalleryView::*slot)()) {
    auto *action = new QAction(icon, text, this);
    action->setShortcut(shortcut);
    // Only while a gallery view has focus: in a text field the same keys edit text.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void GalleryView::setModel(QAbstractItemModel *model) {
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsMoved, this, &GalleryView::updateActions);
        connect(model, &QAbstractItemModel::rowsInserted, this, &GalleryView::updateActions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &GalleryView::updateActions);
        connect(model, &QAbstractItemModel::modelReset, this, &GalleryView::updateActions);
        connect(model, &QAbstractItemModel::layoutChanged, this, &GalleryView::updateActions);
    }
    updateActions();
}

void GalleryView::setEditSession(EditSession *session) {
    m_session = session;
    if (session)
        m_delegate->setCapabilities(session->capabilities());
    updateActions();
}

EditSession *GalleryView::editSession() const {
    return m_session;
}

GalleryDelegate *GalleryView::galleryDelegate() const {
    return m_delegate;
}

ThumbnailRepainter *GalleryView::repainter() const {
    return m_repainter;
}

ThumbnailDemand *GalleryView::thumbnailDemand() const {
    return m_demand;
}

QAction *GalleryView::moveLeftAction() const {
    return m_moveLeft;
}
QAction *GalleryView::moveRightAction() const {
    return m_moveRight;
}
QAction *GalleryView::moveFirstAction() const {
    return m_moveFirst;
}
QAction *GalleryView::moveLastAction() const {
    return m_moveLast;
}
QAction *GalleryView::deleteAction() const {
    return m_delete;
}
QAction *GalleryView::editAltAction() const {
    return m_editAlt;
}

QList<QAction *> GalleryView::arrangeActions() const {
    return {m_moveFirst, m_moveLeft, m_moveRight, m_moveLast};
}

int GalleryView::rowCountOfModel() const {
    return model() ? model()->rowCount(rootIndex()) : 0;
}

QString GalleryView::keyOf(int row) const {
    return model()->index(row, modelColumn(), rootIndex()).data(GalleryModel::KeyRole).toString();
}

QList<int> GalleryView::selectedRows() const {
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (index.parent() == rootIndex() && !rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void GalleryView::selectRows(const QList<int> &rows) {
    if (!selectionModel() || !model())
        return;
    QItemSelection selection;
    for (const int row : rows) {
        const QModelIndex index = model()->index(row, modelColumn(), rootIndex());
        if (index.isValid())
            selection.select(index, index);
    }
    if (selection.isEmpty()) {
        selectionModel()->clearSelection();
        return;
    }
    const QModelIndex first = model()->index(rows.constFirst(), modelColumn(), rootIndex());
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(first);
}

void GalleryView::updateActions() {
    const QList<int> rows = selectedRows();
    const int count = rowCountOfModel();
    // Already packed at the front (rows 0..k-1) cannot go further left, and likewise at the end.
    bool packedFront = true;
    bool packedBack = true;
    for (int i = 0; i < rows.size(); ++i) {
        packedFront = packedFront && rows.at(i) == i;
        packedBack = packedBack && rows.at(i) == count - int(rows.size()) + i;
    }
    const bool can = m_session && !rows.isEmpty();
    m_moveLeft->setEnabled(can && !packedFront);
    m_moveFirst->setEnabled(can && !packedFront);
    m_moveRight->setEnabled(can && !packedBack);
    m_moveLast->setEnabled(can && !packedBack);
    m_delete->setEnabled(can);
    m_editAlt->setEnabled(can);
    Q_EMIT selectedRowsChanged();
}

void GalleryView::setPlaceholderText(const QString &text) {
    m_placeholder = text;
    viewport()->update();
}

QString GalleryView::placeholderText() const {
    return m_placeholder;
}

void GalleryView::selectionChanged(const QItemSelection &selected,
                                   const QItemSelection &deselected) {
    QListView::selectionChanged(selected, deselected);
    updateActions();
}

void GalleryView::currentChanged(const QModelIndex &current, const QModelIndex &previous) {
    QListView::currentChanged(current, previous);
    // QListView (Qt 6.4) names the focused child by its row, which the accessible table maps
    // over every column of the model: with the details columns, row 3 would be heard as another
    // image's URL cell. Say the right one (the card's cell) after it.
    if (current.isValid())
        announceFocus(current.row());
    updateActions();
}

int GalleryView::accessibleChildOfRow(int row) const {
    if (!model() || row < 0 || row >= model()->rowCount(rootIndex()))
        return -1;
    QAccessibleInterface *iface =
        QAccessible::queryAccessibleInterface(const_cast<GalleryView *>(this));
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    QAccessibleInterface *cell = table ? table->cellAt(row, modelColumn()) : nullptr;
    return cell ? iface->indexOfChild(cell) : -1;
}

void GalleryView::announceFocus(int row) {
    if (!QAccessible::isActive())
        return;
    const int child = accessibleChildOfRow(row);
    if (child < 0)
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(child);
    QAccessible::updateAccessibility(&event);
}

void GalleryView::moveSelectionLeft() {
    moveSelection(Move::Left);
}
void GalleryView::moveSelectionRight() {
    moveSelection(Move::Right);
}
void GalleryView::moveSelectionToFirst() {
    moveSelection(Move::First);
}
void GalleryView::moveSelectionToLast() {
    moveSelection(Move::Last);
}

void GalleryView::moveSelection(Move kind) {
    const QList<int> rows = selectedRows();
    if (!m_session || rows.isEmpty())
        return;
    QStringList keys;
    for (const int row : rows)
        keys << keyOf(row);
    const QString currentKey = currentIndex().isValid()
                                   ? currentIndex().data(GalleryModel::KeyRole).toString()
                                   : QString();
    bool moved = false;
    switch (kind) {
    case Move::Left:
        moved = m_session->moveLeft(rows);
        break;
    case Move::Right:
        moved = m_session->moveRight(rows);
        break;
    case Move::First:
        moved = m_session->moveToFirst(rows);
        break;
    case Move::Last:
        moved = m_session->moveToLast(rows);
        break;
    }
    if (moved)
        afterMove(keys, currentKey);
}

void GalleryView::moveRowsTo(const QList<int> &rows, int destinationRow) {
    if (rows.isEmpty())
        return;
    // A contiguous block dropped onto itself or next to itself changes nothing: no undo step.
    const bool contiguous = rows.constLast() - rows.constFirst() + 1 == rows.size();
    if (contiguous && destinationRow >= rows.constFirst() && destinationRow <= rows.constLast() + 1)
        return;
    QStringList keys;
    for (const int row : rows)
        keys << keyOf(row);
    const QString currentKey = currentIndex().isValid()
                                   ? currentIndex().data(GalleryModel::KeyRole).toString()
                                   : QString();
    if (m_session) {
        if (m_session->moveRows(rows, destinationRow))
            afterMove(keys, currentKey);
        return;
    }
    // Without a session (a read-mostly use), the model API does it, row by row like QListView.
    int destination = destinationRow;
    QList<QPersistentModelIndex> sources;
    for (const int row : rows)
        sources << QPersistentModelIndex(model()->index(row, 0, rootIndex()));
    for (const QPersistentModelIndex &source : std::as_const(sources)) {
        if (destination != source.row() && destination != source.row() + 1)
            model()->moveRow(rootIndex(), source.row(), rootIndex(), destination);
        destination = source.row() + 1;
    }
}

void GalleryView::afterMove(const QStringList &keys, const QString &currentKey) {
    if (!m_session)
        return;
    const QList<int> rows = m_session->rowsOfKeys(keys);
    selectRows(rows);
    const int currentRow = m_session->rowsOfKeys({currentKey}).value(0, -1);
    if (currentRow >= 0) {
        const QModelIndex current = model()->index(currentRow, modelColumn(), rootIndex());
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        scrollTo(current);
        // The focused image's name ("Image 2 of 12, …") changed: tell screen readers.
        announceFocus(currentRow);
    }
    const int count = rowCountOfModel();
    if (!rows.isEmpty()) {
        Q_EMIT statusMessage(
            rows.size() == 1
                ? tr("Moved to position %1 of %2.").arg(rows.constFirst() + 1).arg(count)
                : tr("Moved %1 images to positions %2–%3 of %4.")
                      .arg(rows.size())
                      .arg(rows.constFirst() + 1)
                      .arg(rows.constLast() + 1)
                      .arg(count));
    }
    updateActions();
}

void GalleryView::editAltText() {
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (rows.size() == 1) {
        const QModelIndex index = model()->index(rows.constFirst(), modelColumn(), rootIndex());
        setCurrentIndex(index);
        scrollTo(index);
        edit(index);
    } else {
        Q_EMIT altTextEditRequested(rows);
    }
}

void GalleryView::requestDelete() {
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        Q_EMIT deleteRequested(rows);
}

// --- Drag and drop ------------------------------------------------------------------------------

QPixmap GalleryView::dragPixmap(const QModelIndexList &indexes) const {
    const QSize card = m_delegate->cardSize();
    const qreal dpr = devicePixelRatioF();
    const int stack = qMin(int(indexes.size()), 3) - 1; // up to two cards peek out behind
    const QSize size = card + QSize(stack * 6, stack * 6);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = stack; i >= 1; --i) {
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(QRectF(QPointF(i * 6 + 4, i * 6 + 4), card - QSize(8, 8)), 8, 8);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(QPointF(4, 4), card - QSize(8, 8)), 8, 8);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(QPoint(0, 0), card);
    option.state |= QStyle::State_Selected;
    m_delegate->paint(&painter, option, indexes.constFirst());
    if (indexes.size() > 1) {
        const QString count = QString::number(indexes.size());
        QFont font = this->font();
        font.setBold(true);
        painter.setFont(font);
        const int side = QFontMetrics(font).height() + 10;
        const QRect badge(card.width() - side - 2, card.height() - side - 2, side, side);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(badge);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, count);
    }
    painter.end();
    return pixmap;
}

void GalleryView::startDrag(Qt::DropActions) {
    // Our own drag, not QAbstractItemView's: that one removes the source rows when a MoveAction
    // drop returns, and the icon-mode base repositions pictures on the canvas. Here the drop
    // (dropEvent) asks the edit session for one undoable move and nothing else happens.
    QModelIndexList indexes;
    for (const int row : selectedRows()) {
        const QModelIndex index = model()->index(row, modelColumn(), rootIndex());
        if (index.flags().testFlag(Qt::ItemIsDragEnabled))
            indexes << index;
    }
    if (indexes.isEmpty())
        return;
    QMimeData *mime = model()->mimeData(indexes);
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QPixmap pixmap = dragPixmap(indexes);
    drag->setPixmap(pixmap);
    drag->setHotSpot(
        QPoint(m_delegate->cardSize().width() / 2, m_delegate->cardSize().height() / 3));
    qCDebug(lcUi) << "drag started with" << indexes.size() << "images";
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    setDropSpot({});
    m_showingDrop = false;
    viewport()->update();
}

QList<QUrl> GalleryView::imageUrlsOf(const QMimeData *mime) {
    QList<QUrl> urls;
    if (!mime || mime->hasFormat(GalleryModel::keysMimeType()) || !mime->hasUrls())
        return urls;
    for (const QUrl &url : mime->urls())
        if (validateImageUrl(url.toString(QUrl::FullyEncoded)))
            urls << url;
    return urls;
}

bool GalleryView::acceptsDrag(QDropEvent *event) const {
    if (event->source() == this)
        return true;
    // Images dragged in from a browser (their addresses) are added where they are dropped.
    return m_session && !m_session->productId().isEmpty() &&
           !imageUrlsOf(event->mimeData()).isEmpty();
}

void GalleryView::dragEnterEvent(QDragEnterEvent *event) {
    if (!acceptsDrag(event)) {
        event->ignore();
        return;
    }
    setState(QAbstractItemView::DraggingState);
    event->setDropAction(event->source() == this ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
    m_showingDrop = true;
    setDropSpot(dropSpotAt(event->position().toPoint()));
}

void GalleryView::dragMoveEvent(QDragMoveEvent *event) {
    if (!acceptsDrag(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(event->source() == this ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
    const QPoint pos = event->position().toPoint();
    setDropSpot(dropSpotAt(pos));
    const int margin = autoScrollMargin();
    const QRect area = viewport()->rect();
    if (pos.y() < area.top() + margin || pos.y() > area.bottom() - margin ||
        pos.x() < area.left() + margin || pos.x() > area.right() - margin)
        startAutoScroll();
}

void GalleryView::dragLeaveEvent(QDragLeaveEvent *event) {
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    m_showingDrop = false;
    setDropSpot({});
    event->accept();
}

void GalleryView::dropEvent(QDropEvent *event) {
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    m_showingDrop = false;
    setDropSpot({});
    const int destination = dropRowAt(event->position().toPoint());
    if (event->source() != this) {
        const QList<QUrl> urls =
            acceptsDrag(event) ? imageUrlsOf(event->mimeData()) : QList<QUrl>();
        if (urls.isEmpty()) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::CopyAction);
        event->accept();
        Q_EMIT urlsDropped(urls, destination);
        return;
    }
    const QList<int> rows = selectedRows();
    qCDebug(lcUi) << "drop of rows" << rows << "before row" << destination;
    event->setDropAction(Qt::MoveAction);
    event->accept();
    moveRowsTo(rows, destination);
}

GalleryView::DropSpot GalleryView::dropSpotAt(const QPoint &pos) const {
    DropSpot spot;
    const int count = rowCountOfModel();
    if (count == 0)
        return spot;
    // The nearest card on the same line of the grid; between lines, the nearest line. The drop
    // goes before that card when the pointer is on its left half, after it otherwise.
    // Below the last line of cards (the empty space under a short gallery): the end.
    const QRect last = visualRect(model()->index(count - 1, modelColumn(), rootIndex()));
    if (last.isValid() && pos.y() > last.bottom()) {
        spot.anchorRow = count - 1;
        spot.after = true;
        return spot;
    }
    qint64 best = LLONG_MAX;
    QRect bestRect;
    for (int row = 0; row < count; ++row) {
        const QRect rect = visualRect(model()->index(row, modelColumn(), rootIndex()));
        if (!rect.isValid())
            continue;
        const int dy = pos.y() < rect.top()      ? rect.top() - pos.y()
                       : pos.y() > rect.bottom() ? pos.y() - rect.bottom()
                                                 : 0;
        const int dx = pos.x() < rect.left()    ? rect.left() - pos.x()
                       : pos.x() > rect.right() ? pos.x() - rect.right()
                                                : 0;
        const qint64 score = qint64(dy) * 1000000 + dx;
        if (score < best) {
            best = score;
            spot.anchorRow = row;
            bestRect = rect;
        }
    }
    if (spot.anchorRow >= 0)
        spot.after = pos.x() > bestRect.center().x();
    return spot;
}

int GalleryView::dropRowAt(const QPoint &pos) const {
    return dropSpotAt(pos).row();
}

QRect GalleryView::barFor(const DropSpot &spot) const {
    if (spot.anchorRow < 0 || spot.anchorRow >= rowCountOfModel())
        return {};
    const QRect rect = visualRect(model()->index(spot.anchorRow, modelColumn(), rootIndex()));
    const int x = spot.after ? rect.right() + 1 : rect.left();
    return {x - kBarWidth / 2, rect.top() + 6, kBarWidth, rect.height() - 12};
}

QRect GalleryView::dropIndicatorBar() const {
    return m_showingDrop ? barFor(m_dropSpot) : QRect();
}

void GalleryView::setDropSpot(const DropSpot &spot) {
    const QRect old = barFor(m_dropSpot);
    m_dropSpot = spot;
    const QRect now = barFor(m_dropSpot);
    if (old != now) {
        viewport()->update(old.adjusted(-8, -8, 8, 8));
        viewport()->update(now.adjusted(-8, -8, 8, 8));
    }
}

void GalleryView::resizeEvent(QResizeEvent *event) {
    // A new width re-flows the cards into more or fewer columns: the same images stay in sight,
    // the current one if it was visible, else the first visible one at the top.
    const QRect area = viewport()->rect();
    const QModelIndex current = currentIndex();
    const bool currentShown = current.isValid() && area.intersects(visualRect(current));
    const QPersistentModelIndex anchor =
        currentShown
            ? QPersistentModelIndex(current)
            : QPersistentModelIndex(indexAt(
                  area.topLeft() + QPoint(gridSize().width() / 2, gridSize().height() / 2)));
    const bool atTop = verticalScrollBar()->value() == 0;
    QListView::resizeEvent(event);
    if (!anchor.isValid() || atTop || state() == DraggingState)
        return;
    executeDelayedItemsLayout();
    scrollTo(anchor, currentShown ? EnsureVisible : PositionAtTop);
}

void GalleryView::paintEvent(QPaintEvent *event) {
    QListView::paintEvent(event);
    if (rowCountOfModel() == 0 && !m_placeholder.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(font);
        painter.drawText(viewport()->rect().adjusted(40, 40, -40, -40),
                         Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    if (!m_showingDrop || !showDropIndicator())
        return;
    const QRect bar = barFor(m_dropSpot);
    if (bar.isNull())
        return;
    // An insertion bar with round ends, in the selection colour: "the images go here".
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::Highlight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(bar, kBarWidth / 2.0, kBarWidth / 2.0);
    const QPointF top(bar.center().x() + 0.5, bar.top());
    const QPointF bottom(bar.center().x() + 0.5, bar.bottom());
    painter.setBrush(palette().color(QPalette::Base));
    painter.setPen(QPen(color, 2));
    painter.drawEllipse(top, 4.5, 4.5);
    painter.drawEllipse(bottom, 4.5, 4.5);
}

} // namespace vitrine
