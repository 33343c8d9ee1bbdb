#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace vitrine {

// Fetches image bytes for thumbnails from wherever the store keeps them (usually a CDN). These
// requests NEVER carry the store's token: this class has no way to be given one, and its
// QNetworkAccessManager is its own. Answers go through a disk cache (PreferCache), at most
// maxConcurrent fetches run at once (the rest queue), and bodies over maxBytes are refused.
// fetch() matches ThumbnailCache::FetchBytes.
class ThumbnailFetcher : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxConcurrent = 6;
        qint64 maxBytes = qint64(20) * 1024 * 1024;
        int timeoutMs = 30000;
        // Empty: QStandardPaths::CacheLocation + "/thumbnails". "-": no disk cache.
        QString cacheDirectory;
        qint64 cacheBytes = qint64(200) * 1024 * 1024;
    };

    explicit ThumbnailFetcher(QObject *parent = nullptr);
    explicit ThumbnailFetcher(Options options, QObject *parent = nullptr);
    ~ThumbnailFetcher() override;

    // The scheme for protocol-relative sources ("//cdn.example/x.jpg"): the store's scheme.
    void setDefaultScheme(const QString &scheme);
    QString defaultScheme() const { return m_defaultScheme; }

    // The image's bytes. http(s) only; Code::InvalidInput for other URLs, NotFound etc. from the
    // HTTP status, BadResponse when larger than maxBytes, Cancelled after cancelAll().
    QCoro::Task<Result<QByteArray>> fetch(QUrl url);

    // Aborts running fetches and drops queued ones (they end with Code::Cancelled).
    void cancelAll();

    // The URL fetch() would request for src (protocol-relative resolved); invalid when refused.
    QUrl resolve(const QUrl &src) const;
    int fetchesInFlight() const { return m_running; }
    int queued() const { return int(m_queue.size()); }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QCoro::Task<bool> acquireSlot(quint64 generation);
    void releaseSlot();

    Options m_options;
    QNetworkAccessManager *m_nam;
    QString m_defaultScheme = QStringLiteral("https");
    int m_running = 0;
    quint64 m_generation = 0;
    bool m_shuttingDown = false;
    std::deque<std::weak_ptr<QTimer>> m_queue; // waiting fetches, woken in order
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace vitrine
