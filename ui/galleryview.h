#pragma once

#include <QListView>
#include <QPointer>
#include <QUrl>

namespace vitrine {

class EditSession;
class GalleryDelegate;
class ThumbnailCache;
class ThumbnailDemand;
class ThumbnailRepainter;

// The gallery as a grid of cards (QListView in icon mode, configured as qt-notes §4 says), where
// images are reordered by dragging (one or many, with an insertion bar showing where they land)
// or from the keyboard (Ctrl+Left/Right/Home/End, WCAG 2.5.7). Every reorder goes to the
// EditSession as one undo step; the view never moves rows itself.
//
// The view's model must list the gallery's rows in order: the GalleryModel, or a proxy that keeps
// its rows (the details table model), so that selected rows are the session's rows.
class GalleryView : public QListView {
    Q_OBJECT
public:
    explicit GalleryView(ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~GalleryView() override;

    void setModel(QAbstractItemModel *model) override;
    void setEditSession(EditSession *session);
    EditSession *editSession() const;
    GalleryDelegate *galleryDelegate() const;

    // Selected rows, ascending.
    QList<int> selectedRows() const;
    // Selects exactly these rows; the first becomes current and is scrolled to.
    void selectRows(const QList<int> &rows);

    // Keyboard reorder, delete and alt editing, as actions so menus and toolbars show them. Their
    // shortcuts work while the grid (or a view they are added to) has focus, so Ctrl+Left or
    // Delete in a text field keep their text meaning.
    QAction *moveLeftAction() const;
    QAction *moveRightAction() const;
    QAction *moveFirstAction() const;
    QAction *moveLastAction() const;
    QAction *deleteAction() const;
    QAction *editAltAction() const;
    QList<QAction *> arrangeActions() const;

    // Where a drop at pos (viewport coordinates) lands: the row the dropped images are inserted
    // before (rowCount() for the end).
    int dropRowAt(const QPoint &pos) const;
    // The insertion bar being shown during a drag, in viewport coordinates; null when none.
    QRect dropIndicatorBar() const;
    // The accessible child (of this view's QAccessibleInterface) that is row's card: the cell of
    // the model column the grid shows. Focus events name it; -1 when there is none.
    int accessibleChildOfRow(int row) const;

    ThumbnailRepainter *repainter() const;
    // Tells the thumbnail cache what this grid shows (null without a cache).
    ThumbnailDemand *thumbnailDemand() const;

    // What an empty grid says ("Choose a product…", "This product has no images yet…").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

Q_SIGNALS:
    // Delete was asked for these rows; the window confirms and stages the deletion.
    void deleteRequested(const QList<int> &rows);
    // F2 with several images selected: one alt text for all of them is edited in the side panel.
    void altTextEditRequested(const QList<int> &rows);
    // The selection or the rows changed (the actions were re-evaluated).
    void selectedRowsChanged();
    // Image addresses were dragged in from elsewhere (a browser) and dropped before row.
    void urlsDropped(const QList<QUrl> &urls, int row);
    // Something worth a line in the status bar ("Moved 2 images to position 1").
    void statusMessage(const QString &message);

public Q_SLOTS:
    void moveSelectionLeft();
    void moveSelectionRight();
    void moveSelectionToFirst();
    void moveSelectionToLast();
    void editAltText();
    void requestDelete();
    void updateActions();

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    enum class Move { Left, Right, First, Last };
    // Tells screen readers the card of row has the focus (its name may have changed).
    void announceFocus(int row);
    // A drop position: before or after one card, or into an empty gallery.
    struct DropSpot {
        int anchorRow = -1;
        bool after = false;
        int row() const { return anchorRow < 0 ? 0 : anchorRow + (after ? 1 : 0); }
    };

    void configure();
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QIcon &icon,
                        void (GalleryView::*slot)());
    void moveSelection(Move kind);
    void moveRowsTo(const QList<int> &rows, int destinationRow);
    void afterMove(const QStringList &keys, const QString &currentKey);
    DropSpot dropSpotAt(const QPoint &pos) const;
    QRect barFor(const DropSpot &spot) const;
    void setDropSpot(const DropSpot &spot);
    QPixmap dragPixmap(const QModelIndexList &indexes) const;
    bool acceptsDrag(QDropEvent *event) const;
    static QList<QUrl> imageUrlsOf(const QMimeData *mime);
    int rowCountOfModel() const;
    QString keyOf(int row) const;

    QPointer<EditSession> m_session;
    GalleryDelegate *m_delegate = nullptr;
    ThumbnailRepainter *m_repainter = nullptr;
    ThumbnailDemand *m_demand = nullptr;
    QAction *m_moveLeft = nullptr;
    QAction *m_moveRight = nullptr;
    QAction *m_moveFirst = nullptr;
    QAction *m_moveLast = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_editAlt = nullptr;
    QString m_placeholder;
    DropSpot m_dropSpot;
    bool m_showingDrop = false;
};

} // namespace vitrine
