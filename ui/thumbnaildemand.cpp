#include "ui/thumbnaildemand.h"

#include "ui/thumbnailcache.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QListView>
#include <QScrollBar>
#include <QTimer>

namespace vitrine {

ThumbnailDemand::ThumbnailDemand(QAbstractItemView *view, ThumbnailCache *cache, int column,
                                 int urlRole)
    : QObject(view)
    , m_view(view)
    , m_cache(cache)
    , m_column(column)
    , m_urlRole(urlRole)
    , m_timer(new QTimer(this)) {
    // Many changes come together (rows arrive in batches, a resize moves the scroll bar): they
    // are announced once, on the next turn of the event loop. Scrolling is announced at once, so
    // what scrolled away leaves the queue before the next fetch starts; so is a new gallery, so
    // its first screen is on its way before the window paints (see watchModel()).
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ThumbnailDemand::announce);
    QScrollBar *bar = view->verticalScrollBar();
    m_lastScroll = bar->value();
    connect(bar, &QScrollBar::valueChanged, this, [this](int value) {
        if (value != m_lastScroll)
            m_scrollingUp = value < m_lastScroll;
        m_lastScroll = value;
        announce();
    });
    connect(bar, &QScrollBar::rangeChanged, this, &ThumbnailDemand::schedule);
    view->installEventFilter(this);
    watchModel();
}

bool ThumbnailDemand::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::Resize:
            schedule();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ThumbnailDemand::schedule() {
    if (m_view && m_view->model() != m_model)
        watchModel();
    if (!m_timer->isActive())
        m_timer->start();
}

void ThumbnailDemand::watchModel() {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = m_view ? m_view->model() : nullptr;
    if (!m_model)
        return;
    // A new gallery (a product opened): its first screen is asked for now, not after the window
    // has painted. Painting a window of empty cards takes milliseconds, and the image host could
    // be sending bytes meanwhile. Asking lays the grid out now instead of at the paint (the
    // view's own reset handler ran first: it connected to the model before us).
    connect(m_model, &QAbstractItemModel::modelReset, this, &ThumbnailDemand::announce);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ThumbnailDemand::schedule);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ThumbnailDemand::schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ThumbnailDemand::schedule);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ThumbnailDemand::schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(m_urlRole))
                    schedule();
            });
}

int ThumbnailDemand::column() const {
    // A list view shows one column, which may change after construction (setModelColumn).
    const auto *list = qobject_cast<const QListView *>(m_view.data());
    return list ? list->modelColumn() : m_column;
}

std::pair<int, int> ThumbnailDemand::visibleRows() const {
    QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    if (!model || !m_view->isVisible())
        return {-1, -1};
    const QModelIndex root = m_view->rootIndex();
    const int rows = model->rowCount(root);
    const QRect area = m_view->viewport()->rect();
    if (rows == 0 || area.isEmpty())
        return {-1, -1};
    const int col = column();
    const auto shown = [&](int row) {
        return m_view->visualRect(model->index(row, col, root)).intersects(area);
    };
    // The first card is under the top-left corner (cards tile the grid from the left edge); when
    // the top is empty (a short gallery), the rows start at 0.
    const QModelIndex topLeft = m_view->indexAt(area.topLeft() + QPoint(2, 2));
    int first = topLeft.isValid() ? topLeft.row() : 0;
    while (first > 0 && shown(first - 1))
        --first;
    while (first < rows && !shown(first))
        ++first;
    if (first >= rows)
        return {-1, -1};
    // Rows follow in reading order: the last shown one ends the screen. Laid out in batches, a
    // row not placed yet has no rectangle and ends the scan too.
    int last = first;
    while (last + 1 < rows && shown(last + 1))
        ++last;
    return {first, last};
}

void ThumbnailDemand::announce() {
    m_timer->stop();
    if (!m_cache || !m_view)
        return;
    QAbstractItemModel *model = m_view->model();
    if (model != m_model)
        watchModel();
    const auto [first, last] = visibleRows();
    QList<QUrl> visible;
    QList<QUrl> ahead;
    if (model && first >= 0) {
        const QModelIndex root = m_view->rootIndex();
        const int col = column();
        const auto urlOf = [&](int row) {
            return QUrl(model->index(row, col, root).data(m_urlRole).toString());
        };
        for (int row = first; row <= last; ++row)
            visible << urlOf(row);
        // One screen further in the direction of scrolling (down when it has not moved yet).
        const int count = last - first + 1;
        const int rows = model->rowCount(root);
        if (m_scrollingUp) {
            for (int row = first - 1; row >= qMax(0, first - count); --row)
                ahead << urlOf(row);
        } else {
            for (int row = last + 1; row <= qMin(rows - 1, last + count); ++row)
                ahead << urlOf(row);
        }
    }
    m_cache->setWanted(m_view, visible, ahead);
}

} // namespace vitrine
