#include "ui/thumbnailcache.h"

#include "ui/uilogging.h"

#include <QBuffer>
#include <QCoroFuture>
#include <QImageReader>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace vitrine {

namespace {
constexpr qint64 kDefaultBudgetBytes = 96LL * 1024 * 1024;

qint64 costOf(const QPixmap &pixmap) {
    return qint64(pixmap.width()) * pixmap.height() * 4;
}
} // namespace

ThumbnailCache::ThumbnailCache(FetchBytes fetch, QSize thumbnailSize, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_size(thumbnailSize.isValid() ? thumbnailSize : QSize(160, 160)) {
    // A pool of our own: decoding must neither starve nor be starved by other QtConcurrent users
    // (the embedded demo store's HTTP server runs its handlers on the global pool).
    m_decodePool.setObjectName(QStringLiteral("vitrine-thumbnail-decoder"));
    m_decodePool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
    m_pixmaps.setMaxCost(kDefaultBudgetBytes);
}

ThumbnailCache::~ThumbnailCache() {
    // Loads still suspended hold a QPointer to us and drop their results when they resume.
    m_decodePool.clear();
    m_decodePool.waitForDone();
}

QSize ThumbnailCache::thumbnailSize() const {
    return m_size;
}

void ThumbnailCache::setDevicePixelRatio(qreal ratio) {
    if (ratio > 0 && !qFuzzyCompare(ratio, m_dpr)) {
        m_dpr = ratio;
        m_pixmaps.clear(); // decoded at the old resolution
    }
}

QString ThumbnailCache::keyOf(const QUrl &url) {
    return url.toString(QUrl::FullyEncoded);
}

QPixmap ThumbnailCache::thumbnail(const QUrl &url) {
    if (const QPixmap *pixmap = m_pixmaps.object(keyOf(url)))
        return *pixmap;
    request(url);
    return {};
}

void ThumbnailCache::request(const QUrl &url) {
    if (!url.isValid() || url.isEmpty())
        return;
    const QString key = keyOf(url);
    if (m_pixmaps.contains(key) || m_inFlight.contains(key) || m_queued.contains(key) ||
        m_failures.contains(key))
        return;
    m_queue.push_back(url);
    m_queued.insert(key);
    startQueued();
}

void ThumbnailCache::startQueued() {
    // A fetcher that answers without suspending finishes a load inside load(); the outer loop
    // picks up the freed slot, so nesting here would only deepen the stack.
    if (m_starting)
        return;
    m_starting = true;
    while (int(m_inFlight.size()) < m_maxConcurrent && !m_queue.empty()) {
        const QUrl url = m_queue.front();
        m_queue.pop_front();
        const QString key = keyOf(url);
        m_queued.remove(key);
        m_inFlight.insert(key);
        // The task is eager and detached: it reports through signals, not through its result.
        load(url, m_generation);
    }
    m_starting = false;
}

QCoro::Task<> ThumbnailCache::load(QUrl url, quint64 generation) {
    QPointer<ThumbnailCache> self(this);
    const QString key = keyOf(url);
    qCDebug(lcUi) << "fetching thumbnail" << url;

    Result<QByteArray> bytes = co_await m_fetch(url);
    if (!self || generation != m_generation)
        co_return;
    if (!bytes) {
        m_failures.insert(
            key, tr("The image could not be downloaded: %1").arg(bytes.error().userMessage()));
        finish(url, generation);
        co_return;
    }

    const QSize box = (QSizeF(m_size) * m_dpr).toSize();
    QFuture<Decoded> future =
        QtConcurrent::run(&m_decodePool, &ThumbnailCache::decode, std::move(bytes).value(), box);
    Decoded decoded = co_await future;
    if (!self || generation != m_generation)
        co_return;

    if (!decoded.error.isEmpty()) {
        m_failures.insert(key, decoded.error);
    } else {
        m_naturalSizes.insert(key, decoded.naturalSize);
        // QPixmap belongs to the GUI thread: it is made here, after resuming, never in the pool.
        auto *pixmap = new QPixmap(QPixmap::fromImage(std::move(decoded.image)));
        pixmap->setDevicePixelRatio(m_dpr);
        const qint64 cost = costOf(*pixmap);
        if (cost > m_pixmaps.maxCost())
            m_pixmaps.setMaxCost(cost); // never refuse the one thumbnail being shown
        m_pixmaps.insert(key, pixmap, cost);
    }
    finish(url, generation);
}

void ThumbnailCache::finish(const QUrl &url, quint64 generation) {
    if (generation != m_generation)
        return;
    if (m_starting) {
        // The load completed without suspending, i.e. inside request() and maybe inside a
        // delegate's paint(): report from the event loop, as for every other load.
        QMetaObject::invokeMethod(
            this, [this, url, generation] { finish(url, generation); }, Qt::QueuedConnection);
        return;
    }
    const QString key = keyOf(url);
    m_inFlight.remove(key);
    const auto failure = m_failures.constFind(key);
    if (failure != m_failures.cend()) {
        qCInfo(lcUi) << "thumbnail failed" << url << *failure;
        Q_EMIT thumbnailFailed(url, *failure);
    } else {
        Q_EMIT thumbnailReady(url);
    }
    startQueued();
    if (m_inFlight.isEmpty() && m_queue.empty())
        Q_EMIT idle();
}

ThumbnailCache::Decoded ThumbnailCache::decode(QByteArray bytes, QSize box) {
    Decoded result;
    if (bytes.isEmpty()) {
        result.error = tr("The image file is empty.");
        return result;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format(); // empty when no decoder recognises the bytes

    // The reader's size is the stored one; an EXIF rotation by 90° swaps what the user sees.
    const QSize stored = reader.size();
    const bool swaps = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    QSize shown = swaps ? stored.transposed() : stored;
    if (stored.isValid()) {
        QSize target = shown;
        if (shown.width() > box.width() || shown.height() > box.height())
            target = shown.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        // Small images stay small: a tiny product image is something QA needs to see.
        reader.setScaledSize(swaps ? target.transposed() : target);
    }

    QImage image = reader.read();
    if (image.isNull()) {
        result.error =
            format.isEmpty()
                ? tr("The file is not an image Vitrine can show (%1).").arg(reader.errorString())
                : tr("The %1 image could not be decoded (%2).")
                      .arg(QString::fromLatin1(format.toUpper()), reader.errorString());
        return result;
    }
    if (!stored.isValid()) {
        // Formats that cannot tell their size up front: decode fully, then scale here.
        shown = image.size();
        if (shown.width() > box.width() || shown.height() > box.height())
            image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // Formats the raster paint engine blits fastest.
    image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                            : QImage::Format_RGB32);
    result.image = std::move(image);
    result.naturalSize = shown;
    return result;
}

ThumbnailCache::State ThumbnailCache::state(const QUrl &url) const {
    const QString key = keyOf(url);
    if (m_pixmaps.contains(key))
        return State::Ready;
    if (m_failures.contains(key))
        return State::Failed;
    if (m_inFlight.contains(key) || m_queued.contains(key))
        return State::Loading;
    return State::Unknown;
}

bool ThumbnailCache::isLoading(const QUrl &url) const {
    return state(url) == State::Loading;
}

bool ThumbnailCache::hasFailed(const QUrl &url) const {
    return m_failures.contains(keyOf(url));
}

QString ThumbnailCache::failureReason(const QUrl &url) const {
    return m_failures.value(keyOf(url));
}

QSize ThumbnailCache::naturalSize(const QUrl &url) const {
    return m_naturalSizes.value(keyOf(url));
}

void ThumbnailCache::retry(const QUrl &url) {
    m_failures.remove(keyOf(url));
    request(url);
}

void ThumbnailCache::cancelQueued() {
    m_queue.clear();
    m_queued.clear();
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void ThumbnailCache::clear() {
    ++m_generation;
    m_pixmaps.clear();
    m_failures.clear();
    m_naturalSizes.clear();
    m_queue.clear();
    m_queued.clear();
    m_inFlight.clear();
}

void ThumbnailCache::setMaxCostBytes(qint64 bytes) {
    m_pixmaps.setMaxCost(qMax<qint64>(bytes, 1));
}

qint64 ThumbnailCache::maxCostBytes() const {
    return m_pixmaps.maxCost();
}

qint64 ThumbnailCache::totalCostBytes() const {
    return m_pixmaps.totalCost();
}

void ThumbnailCache::setMaxConcurrentFetches(int count) {
    m_maxConcurrent = qMax(1, count);
    startQueued();
}

QThreadPool *ThumbnailCache::decodePool() {
    return &m_decodePool;
}

int ThumbnailCache::fetchesInFlight() const {
    return int(m_inFlight.size());
}

int ThumbnailCache::queuedCount() const {
    return int(m_queue.size());
}

} // namespace vitrine
