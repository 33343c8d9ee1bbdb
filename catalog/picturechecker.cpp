#include "catalog/picturechecker.h"

#include "models/picturehash.h"
#include "net/thumbnailfetcher.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QUrl>

namespace vitrine {

struct PictureChecker::Run {
    QStringList urls;
    int next = 0;
    int done = 0;
    quint64 generation = 0;
    QHash<QString, PictureCheck> results;
};

PictureChecker::PictureChecker(ThumbnailFetcher *fetcher, int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_maxConcurrent(std::max(1, maxConcurrent)) {}

PictureCheck PictureChecker::inspect(const QByteArray &bytes) {
    PictureCheck check;
    check.checkedAt = QDateTime::currentDateTimeUtc();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QSize size = reader.canRead() ? reader.size() : QSize();
    if (!size.isValid()) {
        // Formats whose header does not give the size are decoded once.
        buffer.seek(0);
        QImageReader decoder(&buffer);
        const QImage image = decoder.read();
        if (image.isNull()) {
            check.state = PictureCheck::State::Broken;
            check.error =
                tr("it is not a picture that can be read (%1)").arg(decoder.errorString());
            return check;
        }
        size = image.size();
    }
    check.state = PictureCheck::State::Loaded;
    check.size = size;
    // The difference hash, for duplicates by pixels: decoded at a few dozen pixels (JPEG decodes
    // scaled for a fraction of the cost), which is all a 9 × 8 hash looks at.
    buffer.seek(0);
    QImageReader small(&buffer);
    if (size.width() > kHashSide || size.height() > kHashSide)
        small.setScaledSize(size.scaled(kHashSide, kHashSide, Qt::KeepAspectRatioByExpanding));
    check.hash = pictureHashOf(small.read());
    check.hashed = true;
    return check;
}

QStringList PictureChecker::due(const QStringList &urls, const QHash<QString, PictureCheck> &checks,
                                const QDateTime &now, qint64 maxAgeSeconds) {
    QStringList out;
    QSet<QString> seen;
    for (const QString &url : urls) {
        if (url.isEmpty() || seen.contains(url))
            continue;
        seen.insert(url);
        const auto it = checks.constFind(url);
        // A check without a hash was made before pictures were hashed: done again.
        if (it == checks.cend() || !it->checkedAt.isValid() ||
            it->checkedAt.secsTo(now) > maxAgeSeconds ||
            (it->state == PictureCheck::State::Loaded && !it->hashed))
            out << url;
    }
    return out;
}

QCoro::Task<void> PictureChecker::worker(std::shared_ptr<Run> run) {
    QPointer<PictureChecker> self(this);
    while (self && run->generation == self->m_generation && run->next < run->urls.size()) {
        const QString url = run->urls.at(run->next++);
        ThumbnailFetcher *fetcher = self->m_fetcher;
        if (!fetcher)
            co_return;
        const Result<QByteArray> bytes = co_await fetcher->fetch(QUrl(url));
        if (!self || run->generation != self->m_generation)
            co_return;
        if (!bytes && bytes.error().code == StoreError::Code::Cancelled)
            co_return;
        PictureCheck check;
        if (bytes) {
            check = inspect(bytes.value());
        } else {
            check.state = PictureCheck::State::Broken;
            check.error = bytes.error().userMessage();
            check.checkedAt = QDateTime::currentDateTimeUtc();
        }
        run->results.insert(url, check);
        ++run->done;
        Q_EMIT self->checked(url, check);
        Q_EMIT self->progressed(run->done, int(run->urls.size()));
    }
}

QCoro::Task<QHash<QString, PictureCheck>> PictureChecker::check(QStringList urls) {
    auto run = std::make_shared<Run>();
    QSet<QString> seen;
    for (const QString &url : urls) {
        if (!url.isEmpty() && !seen.contains(url)) {
            seen.insert(url);
            run->urls << url;
        }
    }
    run->generation = m_generation;
    m_busy = true;
    QPointer<PictureChecker> self(this);
    // Tasks are eager: every worker is under way before the first is awaited.
    std::vector<QCoro::Task<void>> workers;
    const int count = std::min(m_maxConcurrent, int(run->urls.size()));
    workers.reserve(count);
    for (int i = 0; i < count; ++i)
        workers.push_back(worker(run));
    for (QCoro::Task<void> &w : workers)
        co_await w;
    if (self && run->generation == self->m_generation)
        self->m_busy = false;
    co_return run->results;
}

void PictureChecker::cancel() {
    ++m_generation;
    m_busy = false;
    if (m_fetcher)
        m_fetcher->cancelAll();
}

} // namespace vitrine
