#include "ui/thumbnailcache.h"

#include "models/picturehash.h"
#include "ui/uilogging.h"

#include <QBuffer>
#include <QCoroFuture>
#include <QImageReader>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace vitrine {

namespace {
// Nearly four screens of 4K cards at 2× (320×320 pixels each), or eleven at 1280×800: what is
// on screen, the screen ahead and the way back; the rest comes again from the disk cache. It
// keeps a 10,000-image gallery's window under 150 MB resident (bench_gallery), with room.
constexpr qint64 kDefaultBudgetBytes = 48LL * 1024 * 1024;

qint64 costOf(const QPixmap &pixmap) {
    return qint64(pixmap.width()) * pixmap.height() * 4;
}

// The format of the two kinds nearly every store serves, from their signatures; empty for the
// rest, which the reader recognises itself. Asking every image plugin whether it can read the
// bytes costs about a fifth of decoding a 160-pixel PNG (measured with Qt 6.4).
QByteArray formatOf(const QByteArray &bytes) {
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QByteArrayLiteral("png");
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QByteArrayLiteral("jpeg");
    return {};
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

qreal ThumbnailCache::devicePixelRatio() const {
    return m_dpr;
}

QString ThumbnailCache::keyOf(const QUrl &url) {
    return url.toString(QUrl::FullyEncoded);
}

QSize ThumbnailCache::pixelBox() const {
    return (QSizeF(m_size) * m_dpr).toSize();
}

void ThumbnailCache::setRenditionRule(RenditionRule rule) {
    m_rendition = std::move(rule);
    m_hostsWithoutRenditions.clear();
}

QString ThumbnailCache::hostOf(const QUrl &url) {
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

QPixmap ThumbnailCache::thumbnail(const QUrl &url) {
    const QString key = keyOf(url);
    if (const QPixmap *pixmap = m_pixmaps.object(key))
        return *pixmap;
    want(url, key, Wish{true, false});
    return {};
}

void ThumbnailCache::request(const QUrl &url) {
    want(url, keyOf(url), Wish{false, true});
}

bool ThumbnailCache::isKnown(const QString &key) const {
    return m_pixmaps.contains(key) || m_inFlight.contains(key) || m_failures.contains(key);
}

void ThumbnailCache::want(const QUrl &url, const QString &key, const Wish &wish) {
    if (!url.isValid() || url.isEmpty() || isKnown(key))
        return;
    Wish &wishes = m_wishes[key];
    wishes.painted = wishes.painted || wish.painted;
    wishes.background = wishes.background || wish.background;
    if (const auto priority = priorityOf(key))
        m_queue.set(key, url, *priority);
    startQueued();
}

std::optional<ThumbnailQueue::Priority> ThumbnailCache::priorityOf(const QString &key) const {
    const Wish wish = m_wishes.value(key);
    bool ahead = false;
    for (const Demand &demand : m_demands) {
        if (demand.visible.contains(key))
            return ThumbnailQueue::Priority::Visible;
        ahead = ahead || demand.ahead.contains(key);
    }
    if (wish.painted)
        return ThumbnailQueue::Priority::Visible;
    if (ahead)
        return ThumbnailQueue::Priority::Prefetch;
    if (wish.background)
        return ThumbnailQueue::Priority::Background;
    return std::nullopt;
}

void ThumbnailCache::reconsider(const QString &key, bool notify) {
    if (!m_queue.contains(key))
        return;
    if (const auto priority = priorityOf(key)) {
        m_queue.set(key, QUrl(key), *priority);
        return;
    }
    m_queue.remove(key);
    m_wishes.remove(key);
    if (notify)
        Q_EMIT thumbnailDropped(QUrl(key));
}

void ThumbnailCache::withdraw(const Demand &before, const Demand &now, bool notify) {
    // What a viewer showed and shows no more: not painted by it any longer; perhaps not wanted
    // at all.
    for (const QSet<QString> *old : {&before.visible, &before.ahead}) {
        for (const QString &key : *old) {
            if (now.visible.contains(key) || now.ahead.contains(key))
                continue;
            if (const auto it = m_wishes.find(key); it != m_wishes.end())
                it->painted = false;
            reconsider(key, notify);
        }
    }
}

void ThumbnailCache::setWanted(QObject *viewer, const QList<QUrl> &visible,
                               const QList<QUrl> &ahead) {
    if (!viewer)
        return;
    if (!m_demands.contains(viewer)) {
        // A viewer being destroyed (its widget half gone) must not be asked to repaint: what it
        // wanted leaves quietly.
        connect(viewer, &QObject::destroyed, this,
                [this, viewer] { withdraw(m_demands.take(viewer), Demand{}, false); });
    }
    const Demand before = m_demands.value(viewer);
    Demand &demand = m_demands[viewer];
    demand = Demand{};
    for (const QUrl &url : visible)
        demand.visible.insert(keyOf(url));
    for (const QUrl &url : ahead)
        demand.ahead.insert(keyOf(url));
    withdraw(before, demand, true);
    // In reading order, so the top of the screen comes first.
    const auto ask = [this](const QList<QUrl> &urls) {
        for (const QUrl &url : urls) {
            const QString key = keyOf(url);
            if (!url.isValid() || url.isEmpty() || isKnown(key))
                continue;
            m_wishes[key]; // wanted through the demand alone
            if (const auto priority = priorityOf(key))
                m_queue.set(key, url, *priority);
        }
    };
    ask(visible);
    ask(ahead);
    startQueued();
}

void ThumbnailCache::startQueued() {
    // A fetcher that answers without suspending finishes a load inside load(); the outer loop
    // picks up the freed slot, so nesting here would only deepen the stack.
    if (m_starting)
        return;
    m_starting = true;
    while (!m_queue.isEmpty()) {
        // One slot stays free for what becomes visible while prefetching or judging in the
        // background.
        const bool visible = m_queue.best() == ThumbnailQueue::Priority::Visible;
        const int slots = visible ? m_maxConcurrent : qMax(1, m_maxConcurrent - 1);
        // The screen ahead and background loads wait until what is on screen is decoded, not
        // only downloaded: on a busy machine their transfers and decodes would take the CPU from
        // the screen's last decodes and its paint, which the user waits for.
        if (m_fetching >= slots || (!visible && !m_loadingVisible.isEmpty()))
            break;
        const auto [key, url] = *m_queue.pop();
        m_wishes.remove(key);
        m_inFlight.insert(key);
        ++m_fetching;
        if (visible)
            m_loadingVisible.insert(key);
        // The task is eager and detached: it reports through signals, not through its result.
        load(url, m_generation);
    }
    m_starting = false;
}

QCoro::Task<> ThumbnailCache::load(QUrl url, quint64 generation) {
    QPointer<ThumbnailCache> self(this);
    const QString key = keyOf(url);
    const QSize box = pixelBox();

    // A rendition as wide as the box, where the host serves them; the original otherwise.
    const QUrl rendition = m_rendition ? m_rendition(url, box.width()) : QUrl();
    bool isRendition = rendition.isValid() && !rendition.isEmpty() && rendition != url &&
                       !m_hostsWithoutRenditions.contains(hostOf(url));
    qCDebug(lcUi) << "fetching thumbnail" << (isRendition ? rendition : url);
    Result<QByteArray> bytes = co_await m_fetch(isRendition ? rendition : url);
    if (!self || generation != m_generation)
        co_return;
    if (!bytes && isRendition && bytes.error().code != StoreError::Code::Cancelled) {
        isRendition = false;
        bytes = co_await m_fetch(url);
        if (!self || generation != m_generation)
            co_return;
        if (bytes) {
            // The original is there, so the host does not serve renditions this way.
            qCInfo(lcUi) << "no renditions from" << hostOf(url) << "; fetching originals";
            m_hostsWithoutRenditions.insert(hostOf(url));
        }
    }
    // The network slot is free once the bytes are here: the next fetch need not wait for this
    // decode (on a busy machine the decoder threads may be late).
    --m_fetching;
    startQueued();
    if (!bytes) {
        m_failures.insert(
            key, tr("The image could not be downloaded: %1").arg(bytes.error().userMessage()));
        finish(url, generation);
        co_return;
    }

    QFuture<Decoded> future = QtConcurrent::run(&m_decodePool, &ThumbnailCache::decode,
                                                std::move(bytes).value(), box, m_hashPictures);
    Decoded decoded = co_await future;
    if (!self || generation != m_generation)
        co_return;

    if (!decoded.error.isEmpty()) {
        m_failures.insert(key, decoded.error);
    } else {
        if (const QSize natural = naturalSizeFrom(decoded.shownSize, isRendition);
            natural.isValid())
            m_naturalSizes.insert(key, natural);
        if (decoded.hashed)
            m_pictureHashes.insert(key, decoded.pictureHash);
        else if (m_hashPictures) // wanted since this decode started
            hashPicture(key, decoded.image, generation);
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

QSize ThumbnailCache::naturalSizeFrom(QSize shown, bool rendition) const {
    if (!rendition)
        return shown;
    // Hosts never enlarge: narrower than asked is the original. Wider: the host ignored the rule
    // and sent the original. As wide as asked: the original is at least that; unknown.
    const int asked = pixelBox().width();
    return shown.width() < asked || shown.width() > asked ? shown : QSize();
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
    m_loadingVisible.remove(key); // before the signal: its receivers ask isLoadingVisible()
    const auto failure = m_failures.constFind(key);
    if (failure != m_failures.cend()) {
        qCInfo(lcUi) << "thumbnail failed" << url << *failure;
        Q_EMIT thumbnailFailed(url, *failure);
    } else {
        Q_EMIT thumbnailReady(url);
    }
    startQueued();
    emitIdleIfIdle();
}

void ThumbnailCache::emitIdleIfIdle() {
    if (m_inFlight.isEmpty() && m_queue.isEmpty() && m_hashing.isEmpty())
        Q_EMIT idle();
}

void ThumbnailCache::setPictureHashesWanted(bool wanted) {
    if (wanted == m_hashPictures)
        return;
    m_hashPictures = wanted;
    if (!wanted)
        return;
    for (const QString &key : m_pixmaps.keys()) {
        if (!m_pictureHashes.contains(key) && !m_hashing.contains(key))
            hashPicture(key, m_pixmaps.object(key)->toImage(), m_generation);
    }
}

bool ThumbnailCache::pictureHashesWanted() const {
    return m_hashPictures;
}

bool ThumbnailCache::isHashing(const QUrl &url) const {
    return m_hashing.contains(keyOf(url));
}

QCoro::Task<> ThumbnailCache::hashPicture(QString key, QImage image, quint64 generation) {
    QPointer<ThumbnailCache> self(this);
    m_hashing.insert(key);
    QFuture<std::optional<quint64>> future = QtConcurrent::run(
        &m_decodePool, [image = std::move(image)] { return pictureHashOf(image); });
    const std::optional<quint64> hash = co_await future;
    if (!self || generation != m_generation)
        co_return;
    m_hashing.remove(key);
    m_pictureHashes.insert(key, hash);
    Q_EMIT pictureHashed(QUrl(key));
    emitIdleIfIdle();
}

ThumbnailCache::Decoded ThumbnailCache::decode(QByteArray bytes, QSize box, bool hash) {
    Decoded result;
    if (bytes.isEmpty()) {
        result.error = tr("The image file is empty.");
        return result;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatOf(bytes));
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
    // The review's duplicate-picture rule compares pictures by this; the thumbnail is enough.
    if (hash) {
        result.pictureHash = pictureHashOf(image);
        result.hashed = true;
    }
    result.image = std::move(image);
    result.shownSize = shown;
    return result;
}

ThumbnailCache::State ThumbnailCache::state(const QUrl &url) const {
    const QString key = keyOf(url);
    if (m_pixmaps.contains(key))
        return State::Ready;
    if (m_failures.contains(key))
        return State::Failed;
    if (m_inFlight.contains(key) || m_queue.contains(key))
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

std::optional<quint64> ThumbnailCache::pictureHash(const QUrl &url) const {
    return m_pictureHashes.value(keyOf(url));
}

void ThumbnailCache::retry(const QUrl &url) {
    m_failures.remove(keyOf(url));
    request(url);
}

void ThumbnailCache::cancelQueued() {
    m_queue.clear();
    m_wishes.clear();
    emitIdleIfIdle();
}

void ThumbnailCache::clear() {
    ++m_generation;
    m_pixmaps.clear();
    m_failures.clear();
    m_naturalSizes.clear();
    m_pictureHashes.clear();
    m_hashing.clear();
    m_queue.clear();
    m_wishes.clear();
    m_inFlight.clear();
    m_fetching = 0; // loads of the old generation end without counting
    m_loadingVisible.clear();
}

bool ThumbnailCache::isLoadingVisible() const {
    return !m_loadingVisible.isEmpty() || m_queue.best() == ThumbnailQueue::Priority::Visible;
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

std::optional<ThumbnailQueue::Priority> ThumbnailCache::queuedPriority(const QUrl &url) const {
    return m_queue.priorityOf(keyOf(url));
}

} // namespace vitrine
