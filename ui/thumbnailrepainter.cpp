#include "ui/thumbnailrepainter.h"

#include "ui/thumbnailcache.h"

#include <QAbstractItemView>
#include <QListView>
#include <QUrl>

#include <utility>

namespace vitrine {

ThumbnailRepainter::ThumbnailRepainter(QAbstractItemView *view, ThumbnailCache *cache, int column,
                                       int urlRole)
    : QObject(view)
    , m_view(view)
    , m_column(column)
    , m_urlRole(urlRole)
    , m_cache(cache) {
    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &ThumbnailRepainter::paintPending);
    connect(cache, &ThumbnailCache::thumbnailReady, this, &ThumbnailRepainter::repaint);
    connect(cache, &ThumbnailCache::thumbnailFailed, this,
            [this](const QUrl &url) { repaint(url); });
    // A dropped fetch: a cell still on screen here paints again, and so asks for it again.
    connect(cache, &ThumbnailCache::thumbnailDropped, this, &ThumbnailRepainter::repaint);
    watchModel();
}

int ThumbnailRepainter::repaintCount() const {
    return m_repaints;
}

int ThumbnailRepainter::pendingCount() const {
    return int(m_pending.size());
}

void ThumbnailRepainter::watchModel() {
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    invalidate();
    QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    m_model = model;
    if (!model)
        return;
    // The map holds rows: any change of the row set, their order or their URLs rebuilds it.
    m_modelConnections
        << connect(model, &QAbstractItemModel::modelReset, this, &ThumbnailRepainter::invalidate)
        << connect(model, &QAbstractItemModel::rowsMoved, this, &ThumbnailRepainter::invalidate)
        << connect(model, &QAbstractItemModel::rowsInserted, this, &ThumbnailRepainter::invalidate)
        << connect(model, &QAbstractItemModel::rowsRemoved, this, &ThumbnailRepainter::invalidate)
        << connect(model, &QAbstractItemModel::layoutChanged, this, &ThumbnailRepainter::invalidate)
        << connect(model, &QAbstractItemModel::dataChanged, this,
                   [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                       if (roles.isEmpty() || roles.contains(m_urlRole))
                           invalidate();
                   });
}

void ThumbnailRepainter::invalidate() {
    m_dirty = true;
    m_rows.clear();
    m_rowsByParsedUrl.clear();
    m_parsedBuilt = false;
}

QList<int> ThumbnailRepainter::rowsShowing(const QString &key) {
    if (const auto it = m_rows.constFind(key); it != m_rows.cend())
        return *it;
    if (!m_parsedBuilt) {
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const QString parsed = QUrl(it.key()).toString(QUrl::FullyEncoded);
            if (parsed != it.key())
                m_rowsByParsedUrl[parsed].append(it.value());
        }
        m_parsedBuilt = true;
    }
    return m_rowsByParsedUrl.value(key);
}

void ThumbnailRepainter::repaint(const QUrl &url) {
    // A hidden view paints everything when it is shown again; asking it to repaint a cell now
    // would only make it lay out its rows (a table sizes its columns to their contents), once per
    // arriving thumbnail, for nothing.
    if (!m_view || !m_view->isVisible())
        return;
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    if (model != m_model)
        watchModel(); // the view got another model since we last looked
    // A list view shows one column, which may change after construction (setModelColumn).
    const auto *list = qobject_cast<const QListView *>(m_view.data());
    const int column = list ? list->modelColumn() : m_column;
    if (column != m_builtColumn)
        invalidate();
    if (m_dirty) {
        const int rows = model->rowCount();
        m_rows.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_rows[model->index(row, column).data(m_urlRole).toString()].append(row);
        m_builtColumn = column;
        m_dirty = false;
    }
    // Only the arrivals waiting for the frame are held as persistent indexes: the model may
    // change before the frame paints them.
    for (const int row : rowsShowing(url.toString(QUrl::FullyEncoded)))
        m_pending.append(QPersistentModelIndex(model->index(row, column)));
    if (m_pending.isEmpty())
        return;
    if (!m_cache || !m_cache->isLoadingVisible())
        paintPending();
    else if (!m_frame.isActive())
        m_frame.start();
}

void ThumbnailRepainter::paintPending() {
    m_frame.stop();
    const QList<QPersistentModelIndex> cells = std::exchange(m_pending, {});
    if (!m_view)
        return;
    for (const QPersistentModelIndex &cell : cells) {
        if (cell.isValid()) {
            m_view->update(cell);
            ++m_repaints;
        }
    }
}

} // namespace vitrine
