#include "net/thumbnailfetcher.h"

#include "net/netlogging.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

namespace vitrine {

ThumbnailFetcher::ThumbnailFetcher(QObject *parent)
    : ThumbnailFetcher(Options{}, parent) {}

ThumbnailFetcher::ThumbnailFetcher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this)) {
    m_options.maxConcurrent = qMax(1, m_options.maxConcurrent);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_options.cacheDirectory != QLatin1String("-")) {
        auto *cache = new QNetworkDiskCache(m_nam);
        cache->setCacheDirectory(
            m_options.cacheDirectory.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                      QStringLiteral("/thumbnails")
                : m_options.cacheDirectory);
        cache->setMaximumCacheSize(m_options.cacheBytes);
        m_nam->setCache(cache);
    }
}

ThumbnailFetcher::~ThumbnailFetcher() {
    // Replies must finish (resuming their coroutines) before the QNAM deletes them.
    m_shuttingDown = true;
    cancelAll();
}

void ThumbnailFetcher::setDefaultScheme(const QString &scheme) {
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        m_defaultScheme = scheme;
}

QUrl ThumbnailFetcher::resolve(const QUrl &src) const {
    QUrl url = src;
    if (url.scheme().isEmpty() && !url.host().isEmpty())
        url.setScheme(m_defaultScheme);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

void ThumbnailFetcher::cancelAll() {
    ++m_generation;
    const auto queue = m_queue;
    m_queue.clear();
    for (const auto &w : queue) {
        if (const auto timer = w.lock())
            timer->start(0);
    }
    const auto replies = m_replies;
    for (const auto &reply : replies) {
        if (reply && reply->isRunning())
            reply->abort();
    }
}

QCoro::Task<bool> ThumbnailFetcher::acquireSlot(quint64 generation) {
    QPointer<ThumbnailFetcher> self(this);
    while (m_running >= m_options.maxConcurrent) {
        // The timer belongs to this frame, so a fetcher destroyed meanwhile cannot strand it.
        auto ticket = std::make_shared<QTimer>();
        ticket->setSingleShot(true);
        // Armed (QCoro only suspends on an active timer) but far off: releaseSlot() and
        // cancelAll() wake it by restarting it with 0. Should it ever fire, the loop re-queues.
        ticket->start(std::chrono::hours(1));
        m_queue.push_back(ticket);
        co_await *ticket;
        if (!self || m_shuttingDown || m_generation != generation)
            co_return false;
    }
    ++m_running;
    co_return true;
}

void ThumbnailFetcher::releaseSlot() {
    --m_running;
    while (!m_queue.empty()) {
        const auto next = m_queue.front().lock();
        m_queue.pop_front();
        if (next) {
            next->start(0);
            break;
        }
    }
}

QCoro::Task<Result<QByteArray>> ThumbnailFetcher::fetch(QUrl src) {
    QPointer<ThumbnailFetcher> self(this);
    const QUrl url = resolve(src);
    if (!url.isValid())
        co_return StoreError::make(
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("ThumbnailFetcher",
                                        "\"%1\" is not an http or https image address")
                .arg(src.toString().left(200)));
    const quint64 generation = m_generation;
    if (m_shuttingDown || !co_await acquireSlot(generation) || !self)
        co_return StoreError::make(StoreError::Code::Cancelled);

    // Deliberately no Authorization or store token header: this request goes to an image host.
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Vitrine/" VITRINE_VERSION));
    QNetworkReply *reply = m_nam->get(request);
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 cap = m_options.maxBytes;
    QPointer<QNetworkReply> replyGuard(reply);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [tooLarge, replyGuard, cap](qint64 received, qint64 total) {
                if ((received > cap || total > cap) && !*tooLarge && replyGuard) {
                    *tooLarge = true;
                    replyGuard->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [url](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcNet).noquote()
                << "TLS error for image" << url.toString() << ':' << e.errorString();
    });

    co_await reply;

    Result<QByteArray> result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool cancelled = (m_generation != generation || m_shuttingDown);
    if (cancelled) {
        result = StoreError::make(StoreError::Code::Cancelled);
    } else if (*tooLarge) {
        result = StoreError::make(
            StoreError::Code::BadResponse,
            QCoreApplication::translate("ThumbnailFetcher", "the image is larger than %1 MiB")
                .arg(cap / 1024 / 1024),
            status);
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        result = StoreError::make(StoreError::Code::Timeout,
                                  QCoreApplication::translate(
                                      "ThumbnailFetcher", "the image host did not answer in time"));
    } else if (status >= 200 && status <= 299 && reply->error() == QNetworkReply::NoError) {
        QByteArray bytes = reply->read(cap + 1);
        if (bytes.size() > cap)
            result = StoreError::make(
                StoreError::Code::BadResponse,
                QCoreApplication::translate("ThumbnailFetcher", "the image is larger than %1 MiB")
                    .arg(cap / 1024 / 1024),
                status);
        else
            result = std::move(bytes);
    } else if (status > 0) {
        // The sentence says it is the image host; the status follows once, in userMessage().
        result = StoreError::make(StoreError::codeForHttpStatus(status), QString(), status);
    } else {
        result = StoreError::make(StoreError::Code::Network, reply->errorString());
    }
    if (!result) {
        StoreError e = result.error();
        e.subject = StoreError::Subject::ImageHost;
        e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
        result = e;
    }
    qCDebug(lcNet).noquote()
        << "image GET" << url.toString() << "->" << status
        << (reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool() ? "(cache)"
                                                                                   : "");
    reply->deleteLater();
    if (self)
        releaseSlot();
    co_return result;
}

} // namespace vitrine
