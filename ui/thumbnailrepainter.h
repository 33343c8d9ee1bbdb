#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>

class QAbstractItemModel;
class QAbstractItemView;
class QUrl;

namespace vitrine {

class ThumbnailCache;

// Repaints exactly the cells whose thumbnail just arrived (or failed, or was dropped from the
// queue because the view that asked no longer shows it), instead of the whole viewport: the cache
// reports by URL, this maps the URL to the rows showing it. The map is rebuilt lazily after the
// model changes, so a burst of arrivals costs one pass over the rows. It is keyed by the model's
// URL strings as they are: parsing every row's URL for it was a good part of an opening gallery's
// work on the GUI thread. A URL the model spells differently from the cache (not fully encoded)
// is found in a second map of parsed URLs, built only when a lookup misses.
//
// While more of what is on screen is still loading, arrivals are painted together at most once a
// frame (kFrameMs) instead of one paint each: a screen of thumbnails arrives over a few
// milliseconds, and every paint and flush to the display in between takes CPU from the decodes and
// the store the screen waits for. The screen's last arrival paints at once.
class ThumbnailRepainter : public QObject {
    Q_OBJECT
public:
    // column: the view's column that paints the thumbnail (a QListView's model column is used
    // instead); urlRole: the role holding its URL.
    ThumbnailRepainter(QAbstractItemView *view, ThumbnailCache *cache, int column, int urlRole);

    static constexpr int kFrameMs = 16; // a 60 Hz display shows no more than this

    // Cells repainted so far (for tests: proves one arrival repaints one cell).
    int repaintCount() const;
    // Cells whose thumbnail arrived and that wait for the frame's paint.
    int pendingCount() const;

private:
    void watchModel();
    void invalidate();
    void repaint(const QUrl &url);
    QList<int> rowsShowing(const QString &key);
    void paintPending();

    QPointer<QAbstractItemView> m_view;
    QPointer<QAbstractItemModel> m_model;
    int m_column;
    int m_builtColumn = -1;
    int m_urlRole;
    bool m_dirty = true;
    QHash<QString, QList<int>> m_rows;            // by the model's URL string
    QHash<QString, QList<int>> m_rowsByParsedUrl; // by the cache's key, where it differs
    bool m_parsedBuilt = false;
    QList<QMetaObject::Connection> m_modelConnections;
    int m_repaints = 0;
    QPointer<ThumbnailCache> m_cache;
    QList<QPersistentModelIndex> m_pending;
    QTimer m_frame;
};

} // namespace vitrine
