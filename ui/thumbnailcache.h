#pragma once

#include "core/result.h"

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

#include <deque>
#include <functional>

namespace vitrine {

// Thumbnails live here, not in the gallery model (the Gwenview pattern): the model only knows URLs;
// the delegate asks this cache for a pre-scaled pixmap and gets a null one until it has arrived.
// Bytes come from an injected fetcher (the app passes the network thumbnail fetcher, tests a local
// one), are decoded on a dedicated thread pool and become a QPixmap on the GUI thread only.
// Each URL is fetched once at a time; failures and each image's natural size are remembered, so
// a QA reviewer can see broken and tiny images even after the pixmap left the LRU cache.
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    using FetchBytes = std::function<QCoro::Task<Result<QByteArray>>(QUrl)>;

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

    // The thumbnail when it is in memory; otherwise a null pixmap, and loading starts unless the
    // URL is already loading or is known to be broken. Cheap enough to call from paint().
    QPixmap thumbnail(const QUrl &url);
    // Starts loading if needed, without returning anything (for prefetching).
    void request(const QUrl &url);

    State state(const QUrl &url) const;
    bool isLoading(const QUrl &url) const;
    bool hasFailed(const QUrl &url) const;
    // Why the image could not be shown, in words for a tooltip; empty when it has not failed.
    QString failureReason(const QUrl &url) const;
    // The image's own pixel size as decoded; invalid until it has been decoded once.
    QSize naturalSize(const QUrl &url) const;

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
    // Fetches allowed at once; more are queued (HTTP/1.1 hosts serve 6 connections anyway).
    void setMaxConcurrentFetches(int count);

    // Where decoding runs; the app may tune it, tests use it to prove decoding is off the GUI
    // thread.
    QThreadPool *decodePool();

    int fetchesInFlight() const;
    int queuedCount() const;

Q_SIGNALS:
    void thumbnailReady(const QUrl &url);
    void thumbnailFailed(const QUrl &url, const QString &reason);
    // Nothing is loading or queued any more.
    void idle();

private:
    struct Decoded {
        QImage image;
        QSize naturalSize;
        QString error;
    };
    static Decoded decode(QByteArray bytes, QSize box);

    void startQueued();
    QCoro::Task<> load(QUrl url, quint64 generation);
    void finish(const QUrl &url, quint64 generation);
    static QString keyOf(const QUrl &url);

    FetchBytes m_fetch;
    QSize m_size;
    qreal m_dpr = 1.0;
    QThreadPool m_decodePool;
    QCache<QString, QPixmap> m_pixmaps;
    QSet<QString> m_inFlight;
    std::deque<QUrl> m_queue;
    QSet<QString> m_queued;
    QHash<QString, QString> m_failures;
    QHash<QString, QSize> m_naturalSizes;
    int m_maxConcurrent = 6;
    bool m_starting = false;
    // Bumped by clear(): results of loads started before it are dropped.
    quint64 m_generation = 0;
};

} // namespace vitrine
