#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;
class QUrl;

namespace vitrine {

class ThumbnailCache;

// Repaints exactly the cells whose thumbnail just arrived (or failed, or was dropped from the
// queue because the view that asked no longer shows it), instead of the whole viewport: the cache
// reports by URL, this maps the URL to the cells showing it. The map is rebuilt lazily after the
// model changes, so a burst of arrivals costs one pass over the rows.
class ThumbnailRepainter : public QObject {
    Q_OBJECT
public:
    // column: the view's column that paints the thumbnail (a QListView's model column is used
    // instead); urlRole: the role holding its URL.
    ThumbnailRepainter(QAbstractItemView *view, ThumbnailCache *cache, int column, int urlRole);

    // Cells repainted so far (for tests: proves one arrival repaints one cell).
    int repaintCount() const;

private:
    void watchModel();
    void invalidate();
    void repaint(const QUrl &url);

    QPointer<QAbstractItemView> m_view;
    QPointer<QAbstractItemModel> m_model;
    int m_column;
    int m_builtColumn = -1;
    int m_urlRole;
    bool m_dirty = true;
    QHash<QString, QList<QPersistentModelIndex>> m_cells;
    QList<QMetaObject::Connection> m_modelConnections;
    int m_repaints = 0;
};

} // namespace vitrine
