#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;
class QTimer;

namespace vitrine {

class ThumbnailCache;

// Tells the thumbnail cache which thumbnails a view shows and which screen comes next, whenever
// that changes (scrolling, resizing, showing or hiding the view, rows changing), so the cache
// fetches what is on screen first, prefetches one screen ahead in the direction of scrolling and
// drops what scrolled away before it was fetched. The view shows the model's rows in order (a
// list or a grid); `column` and `urlRole` say where each row's image URL is.
class ThumbnailDemand : public QObject {
    Q_OBJECT
public:
    ThumbnailDemand(QAbstractItemView *view, ThumbnailCache *cache, int column, int urlRole);

    // The rows on screen now, first and last (-1, -1 when none); for tests.
    std::pair<int, int> visibleRows() const;
    // Announces now instead of on the next turn of the event loop.
    void announce();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void watchModel();
    int column() const;

    QPointer<QAbstractItemView> m_view;
    QPointer<ThumbnailCache> m_cache;
    QPointer<QAbstractItemModel> m_model;
    int m_column;
    int m_urlRole;
    QTimer *m_timer;
    int m_lastScroll = 0;
    bool m_scrollingUp = false;
};

} // namespace vitrine
