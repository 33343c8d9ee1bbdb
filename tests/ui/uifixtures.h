#pragma once

#include "core/productimage.h"
#include "core/storecapabilities.h"
#include "ui/thumbnailcache.h"

#include <QBuffer>
#include <QColor>
#include <QCoroSignal>
#include <QEvent>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPaintEvent>
#include <QRegion>
#include <QUrl>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace vitrine::test {

// A product of n images with ids "1".."n", alt "alt 1".., sources http://127.0.0.1:9/img<i>.png.
inline Gallery makeGallery(int n) {
    Gallery gallery;
    for (int i = 1; i <= n; ++i) {
        ProductImage image;
        image.id = QString::number(i);
        image.productId = QStringLiteral("sofa");
        image.src = QStringLiteral("http://127.0.0.1:9/img%1.png").arg(i);
        image.alt = QStringLiteral("alt %1").arg(i);
        image.position = i;
        gallery << image;
    }
    return gallery;
}

inline QStringList idsOf(const Gallery &gallery) {
    QStringList ids;
    for (const ProductImage &image : gallery)
        ids << image.id;
    return ids;
}

inline QByteArray pngBytes(QSize size, QColor color) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Image bytes by URL, answered without a network (the thumbnail cache's injected fetcher).
// Unknown URLs fail like a 404. Plain (non-coroutine) lambda around a free coroutine, so nothing
// the coroutine uses dies at its suspension points.
struct FakeImageHost {
    QHash<QUrl, QByteArray> files;
    int fetches = 0;

    static QCoro::Task<Result<QByteArray>> answer(FakeImageHost *host, QUrl url) {
        ++host->fetches;
        const auto it = host->files.constFind(url);
        if (it == host->files.cend())
            co_return StoreError::make(StoreError::Code::NotFound, QStringLiteral("Not Found"),
                                       404);
        co_return *it;
    }
    ThumbnailCache::FetchBytes fetcher() {
        return [this](QUrl url) { return answer(this, std::move(url)); };
    }
    // Every image of the gallery as a solid-colour PNG of the given size.
    void serve(const Gallery &gallery, QSize size = QSize(400, 300),
               QColor color = QColor(0x33, 0x99, 0x66)) {
        for (const ProductImage &image : gallery)
            files.insert(QUrl(image.src), pngBytes(size, color));
    }
};

// Stands in for the network: answers from a table, and holds every answer back until opened, so
// tests can look at the cache (its queue, what is in flight) while fetches are under way.
class FetchGate : public QObject {
    Q_OBJECT
public:
    QHash<QUrl, QByteArray> files;
    QList<QUrl> requested;
    bool isOpen = false;

    void open() {
        isOpen = true;
        Q_EMIT opened();
    }
    ThumbnailCache::FetchBytes fetcher() {
        return [this](QUrl u) { return fetch(this, std::move(u)); };
    }

Q_SIGNALS:
    void opened();

private:
    // A free-standing coroutine taking its arguments by value: nothing it uses dies at suspension.
    static QCoro::Task<Result<QByteArray>> fetch(FetchGate *gate, QUrl u) {
        gate->requested << u;
        if (!gate->isOpen)
            co_await qCoro(gate, &FetchGate::opened);
        const auto it = gate->files.constFind(u);
        if (it == gate->files.cend())
            co_return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no such file"),
                                       404);
        co_return *it;
    }
};

// Counts the events of one type an object receives, e.g. the layout requests a widget is sent.
class EventCounter : public QObject {
public:
    EventCounter(QObject *watched, QEvent::Type type)
        : m_type(type) {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject * /*watched*/, QEvent *event) override {
        if (event->type() == m_type)
            ++count;
        return false;
    }
    int count = 0;

private:
    QEvent::Type m_type;
};

// The regions of the paint events a widget receives, in order.
class PaintRecorder : public QObject {
public:
    explicit PaintRecorder(QWidget *watched)
        : m_watched(watched) {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject * /*watched*/, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            regions << static_cast<QPaintEvent *>(event)->region();
        return false;
    }
    QRegion painted() const {
        QRegion all;
        for (const QRegion &region : regions)
            all += region;
        return all;
    }
    // Paints of the whole widget.
    int wholePaints() const {
        return int(std::count_if(regions.cbegin(), regions.cend(), [this](const QRegion &r) {
            return QRegion(m_watched->rect()).subtracted(r).isEmpty();
        }));
    }
    QList<QRegion> regions;

private:
    QWidget *m_watched;
};

// A gallery's pictures, served at once except the one at heldRow, which waits until
// gate.open(): tests look at views while the rest of a screen has arrived.
struct ImageHostHoldingOne {
    FakeImageHost host;
    FetchGate gate;
    QUrl held;

    ImageHostHoldingOne(const Gallery &gallery, int heldRow)
        : held(gallery.at(heldRow).src) {
        host.serve(gallery);
        gate.files.insert(held, host.files.value(held));
    }
    ThumbnailCache::FetchBytes fetcher() {
        return [this](QUrl url) {
            return url == held ? gate.fetcher()(std::move(url)) : host.fetcher()(std::move(url));
        };
    }
};

// SHOPLINE's alt limits differ on create (255) and update (512); small limits keep tests short.
inline StoreCapabilities capabilitiesWithAltLimits(int onCreate, int onUpdate) {
    StoreCapabilities caps;
    caps.dialectName = QStringLiteral("test");
    caps.altMaxOnCreate = onCreate;
    caps.altMaxOnUpdate = onUpdate;
    caps.hasVariants = true;
    caps.canDeleteAll = true;
    caps.canListProducts = true;
    return caps;
}

} // namespace vitrine::test
