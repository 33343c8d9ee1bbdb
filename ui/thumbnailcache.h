#pragma once

#include "core/result.h"
#include "ui/thumbnailqueue.h"

#include <QByteArray>
#include <QCache>
#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <optional>

namespace vitrine {

// Thumbnails live here, not in the gallery model (the Gwenview pattern): the model only knows URLs;
// the delegate asks this cache for a pre-scaled pixmap and gets a null one until it has arrived.
// Bytes come from an injected fetcher (the app passes the network thumbnail fetcher, tests a local
// one), are decoded on a dedicated thread pool and become a QPixmap on the GUI thread only.
// Each URL is fetched once at a time; failures and each image's natural size are remembered, so
// a QA reviewer can see broken and tiny images even after the pixmap left the LRU cache.
//
// Sized for the cell: with a rendition rule (the store dialect's thumbnailUrl) the cache asks the
// image host for a rendition as wide as the thumbnail box in device pixels and decodes that; a
// rendition that fails is replaced by the original, and a host whose renditions fail while its
// originals load is not asked for renditions again.
//
// Visible first: what views paint (thumbnail()) and announce as on screen (setWanted()) is
// fetched first, then the screen ahead they announce, then background requests (request()); those
// two start only once every on-screen fetch has its bytes. A queued thumbnail its view no longer
// shows is dropped (thumbnailDropped(), so any other view still showing it asks again).
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    using FetchBytes = std::function<QCoro::Task<Result<QByteArray>>(QUrl)>;
    // The address of a rendition of src at most `width` device pixels wide; empty for none.
    using RenditionRule = std::function<QUrl(const QUrl &src, int width)>;

    enum class State { Unknown, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit ThumbnailCache(FetchBytes fetch, QSize thumbnailSize = QSize(160, 160),
                            QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The box thumbnails fit in, in device-independent pixels. Images smaller than the box are
    // not enlarged.
    QSize thumbnailSize() const;
    // Decode at this many physical pixels per logical one (the screen's device pixel ratio).
    void setDevicePixelRatio(qreal ratio);
    // The box in device pixels: what is decoded, and the width renditions are asked for.
    QSize pixelBox() const;
    // How to ask the image host for a rendition (empty: always the original). Set per store.
    void setRenditionRule(RenditionRule rule);
    qreal devicePixelRatio() const;

    // The thumbnail when it is in memory; otherwise a null pixmap, and loading starts (as visible)
    // unless the URL is already loading or is known to be broken. Cheap enough to call from
    // paint().
    QPixmap thumbnail(const QUrl &url);
    // Starts loading if needed, after everything on screen, without returning anything (for the
    // review panel, which judges every image).
    void request(const QUrl &url);
    // What `viewer` shows now (in reading order) and the screen it would show next. Thumbnails
    // only it wanted before and no longer shows leave the queue. An empty visible list (a hidden
    // view) withdraws its wishes. The viewer's wishes end when it is destroyed.
    void setWanted(QObject *viewer, const QList<QUrl> &visible, const QList<QUrl> &ahead);

    State state(const QUrl &url) const;
    bool isLoading(const QUrl &url) const;
    bool hasFailed(const QUrl &url) const;
    // Why the image could not be shown, in words for a tooltip; empty when it has not failed.
    QString failureReason(const QUrl &url) const;
    // The image's own pixel size; invalid until known. A rendition tells it only when it came out
    // narrower than asked (hosts never enlarge) or wider (the host ignored the rule).
    QSize naturalSize(const QUrl &url) const;
    // The decoded picture's difference hash (models/picturehash.h); nullopt until hashed, or for a
    // flat picture.
    std::optional<quint64> pictureHash(const QUrl &url) const;
    // Whether pictures are hashed (for the review's duplicate-picture rule). Off until a reviewer
    // asks: the conversion to gray that hashing needs is about 40% of decoding a thumbnail, and
    // the grid alone never compares pictures. Turning it on hashes the thumbnails in memory on the
    // decode threads; isHashing() is true for each until its hash is known (pictureHashed()).
    void setPictureHashesWanted(bool wanted);
    bool pictureHashesWanted() const;
    bool isHashing(const QUrl &url) const;

    // Forgets a failure so the next request tries again (e.g. after the user fixed the URL).
    void retry(const QUrl &url);
    // Drops queued fetches that have not started (e.g. the user switched product). Fetches in
    // flight finish and are cached.
    void cancelQueued();
    // Forgets everything: pixmaps, failures, sizes, queued requests.
    void clear();

    // Memory budget for pixmaps, in bytes (cost = width × height × 4).
    void setMaxCostBytes(qint64 bytes);
    qint64 maxCostBytes() const;
    qint64 totalCostBytes() const;
    // Fetches allowed at once; more are queued (HTTP/1.1 hosts serve 6 connections anyway). One
    // of them is kept for what is visible: prefetch and background loads use the others.
    void setMaxConcurrentFetches(int count);

    // Where decoding runs; the app may tune it, tests use it to prove decoding is off the GUI
    // thread.
    QThreadPool *decodePool();

    int fetchesInFlight() const;
    int queuedCount() const;
    // Something a view shows is still waiting, being fetched or being decoded. Views paint what
    // arrives in batches while this holds (ThumbnailRepainter), and the screen ahead waits for it.
    bool isLoadingVisible() const;
    // The queue's priority for url (for tests of the order); nothing when not queued.
    std::optional<ThumbnailQueue::Priority> queuedPriority(const QUrl &url) const;

Q_SIGNALS:
    void thumbnailReady(const QUrl &url);
    void thumbnailFailed(const QUrl &url, const QString &reason);
    // A queued thumbnail was dropped because no view wants it any more.
    void thumbnailDropped(const QUrl &url);
    // The picture of a thumbnail already reported ready has been hashed since.
    void pictureHashed(const QUrl &url);
    // Nothing is loading or queued any more.
    void idle();

private:
    struct Decoded {
        QImage image;
        QSize shownSize; // the decoded picture's size before scaling, as the user sees it
        std::optional<quint64> pictureHash;
        bool hashed = false; // pictureHash holds the answer (nullopt: a flat picture)
        QString error;
    };
    static Decoded decode(QByteArray bytes, QSize box, bool hash);

    // What wants a queued thumbnail besides the viewers' announcements.
    struct Wish {
        bool painted = false;    // a view painted it (reset when that view scrolls it away)
        bool background = false; // request()
    };
    struct Demand {
        QSet<QString> visible;
        QSet<QString> ahead;
    };
    void want(const QUrl &url, const QString &key, const Wish &wish);
    std::optional<ThumbnailQueue::Priority> priorityOf(const QString &key) const;
    // Gives a queued key the priority its wishes now earn, or drops it (notify: and says so).
    void reconsider(const QString &key, bool notify);
    void withdraw(const Demand &before, const Demand &now, bool notify);
    bool isKnown(const QString &key) const;
    void startQueued();
    QCoro::Task<> load(QUrl url, quint64 generation);
    QSize naturalSizeFrom(QSize shown, bool rendition) const;
    void finish(const QUrl &url, quint64 generation);
    QCoro::Task<> hashPicture(QString key, QImage image, quint64 generation);
    void emitIdleIfIdle();
    static QString keyOf(const QUrl &url);
    static QString hostOf(const QUrl &url);

    FetchBytes m_fetch;
    RenditionRule m_rendition;
    QSize m_size;
    qreal m_dpr = 1.0;
    QThreadPool m_decodePool;
    QCache<QString, QPixmap> m_pixmaps;
    QSet<QString> m_inFlight;       // fetching or decoding
    int m_fetching = 0;             // of those, fetching: what the concurrency limit counts
    QSet<QString> m_loadingVisible; // of those, started for what is on screen; until decoded
    ThumbnailQueue m_queue;
    QHash<QString, Wish> m_wishes; // of queued keys
    QHash<QObject *, Demand> m_demands;
    QHash<QString, QString> m_failures;
    QHash<QString, QSize> m_naturalSizes;
    QSet<QString> m_hostsWithoutRenditions;
    QHash<QString, std::optional<quint64>> m_pictureHashes; // of the pictures hashed
    QSet<QString> m_hashing;
    bool m_hashPictures = false;
    int m_maxConcurrent = 6;
    bool m_starting = false;
    // Bumped by clear(): results of loads started before it are dropped.
    quint64 m_generation = 0;
};

} // namespace vitrine
