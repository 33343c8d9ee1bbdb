#include "catalog/catalogscanner.h"

#include "catalog/catalogdatabase.h"
#include "catalog/cataloglogging.h"
#include "net/catalogreader.h"
#include "net/storeclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <optional>

namespace vitrine {

namespace {

// A stored cursor the store no longer takes (an expired page_info): the listing starts again.
bool cursorRefused(const StoreError &error) {
    return error.httpStatus == 400 || error.httpStatus == 404 || error.httpStatus == 410 ||
           error.httpStatus == 422;
}

} // namespace

CatalogScanner::CatalogScanner(StoreClient *client, CatalogDatabase *database, QString store,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_store(std::move(store)) {}

void CatalogScanner::cancel() {
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
}

QCoro::Task<ScanOutcome> CatalogScanner::scan() {
    ScanOutcome outcome;
    if (m_busy) {
        outcome.message = tr("A scan of this store is already running.");
        co_return outcome;
    }
    StoreClient *client = m_client;
    CatalogDatabase *db = m_database;
    const QString store = m_store;
    if (!client || !db) {
        outcome.message = tr("The store is closed.");
        co_return outcome;
    }
    m_busy = true;
    m_cancelled = false;
    QPointer<CatalogScanner> self(this);
    struct BusyGuard {
        QPointer<CatalogScanner> scanner;
        ~BusyGuard() {
            if (scanner)
                scanner->m_busy = false;
        }
    } busyGuard{self};

    QElapsedTimer clock;
    clock.start();
    const qint64 sentBefore = client->requestsSent();
    const auto finish = [&](ScanOutcome::Status status) {
        outcome.status = status;
        outcome.elapsedMs = clock.elapsed();
        if (self && self->m_client)
            outcome.requests = self->m_client->requestsSent() - sentBefore;
        return outcome;
    };
    const auto fail = [&](const StoreError &error) {
        outcome.error = error;
        outcome.message = tr("The scan stopped: %1 What was read is kept; scanning again "
                             "continues from there.")
                              .arg(error.userMessage());
        return finish(ScanOutcome::Status::Failed);
    };
    const auto failDatabase = [&]() {
        outcome.message = tr("The local catalog could not be written: %1").arg(db->lastError());
        return finish(ScanOutcome::Status::Failed);
    };
    const auto cancelled = [&]() {
        outcome.message = tr("The scan was cancelled. What was read is kept; scanning again "
                             "continues from there.");
        return finish(ScanOutcome::Status::Cancelled);
    };
    const auto stopped = [&]() { return !self || self->m_cancelled || !self->m_client; };

    CatalogReader reader(client);
    if (const Result<CatalogReader::Shape> shape = reader.shape(); !shape)
        co_return fail(shape.error());

    const CatalogDatabase::ScanState previous = db->scanState(store);
    const int lastCount =
        previous.finishedAt.isValid() || previous.running ? db->productCount(store) : -1;
    const std::optional<CatalogDatabase::ScanState> state = db->beginScan(store);
    if (!state)
        co_return failDatabase();
    outcome.resumed = previous.running;
    const int generation = state->generation;
    const double rateLimit = client->capabilities().rateLimit.requestsPerSecond;

    ScanProgress progress;
    progress.productsDone = state->productsListed;
    progress.productsTotal = lastCount > 0 ? lastCount : -1;
    const auto report = [&](int requestsLeft) {
        if (!self)
            return;
        progress.requests = client->requestsSent() - sentBefore;
        const double seconds = double(clock.elapsed()) / 1000.0;
        const double rate = rateLimit > 0 ? rateLimit
                            : progress.requests > 0 && seconds > 0.001
                                ? double(progress.requests) / seconds
                                : 0;
        progress.secondsLeft = requestsLeft >= 0 && rate > 0 ? requestsLeft / rate : -1;
        Q_EMIT self->progressed(progress);
    };
    report(-1);

    // 1. The listing, page by page. The next page is asked for as soon as this one is saved, and
    // the store answers it while this page's progress is counted and reported.
    CatalogCursor cursor = state->cursor;
    bool restarted = false;
    int listedWithoutGallery = 0;
    std::optional<QCoro::Task<Result<CatalogPage>>> prefetched; // the read of `cursor`, if begun
    while (!cursor.atEnd()) {
        if (stopped())
            co_return cancelled();
        if (outcome.listingPages >= CatalogReader::kMaxPages)
            co_return fail(StoreError::make(
                StoreError::Code::BadResponse,
                QStringLiteral("the store's product list goes on for more than %1 pages")
                    .arg(CatalogReader::kMaxPages)));
        // (Not a conditional expression with a co_await in each branch: g++ 12 destroys the
        // temporaries of such an expression twice.)
        if (!prefetched)
            prefetched.emplace(reader.readPage(cursor));
        const Result<CatalogPage> page = co_await *prefetched;
        prefetched.reset();
        ++outcome.listingPages;
        if (stopped())
            co_return cancelled();
        if (!page) {
            if (page.error().code == StoreError::Code::Cancelled)
                co_return cancelled();
            if (cursor.kind == CatalogCursor::Kind::NextUrl && !restarted &&
                cursorRefused(page.error())) {
                qCInfo(lcCatalog) << "scan: the store refused the saved page cursor; the listing"
                                     " starts again";
                cursor = CatalogCursor::start();
                restarted = true;
                continue;
            }
            co_return fail(page.error());
        }
        CatalogCursor next = page->next;
        const int repeated = db->savePage(store, generation, page->products, next);
        if (repeated < 0)
            co_return failDatabase();
        // A page with nothing new: the store ignores the page number and repeats itself.
        if (!restarted && !page->products.isEmpty() && repeated == page->products.size() &&
            !next.atEnd()) {
            next = CatalogCursor::end();
            if (db->savePage(store, generation, {}, next) < 0)
                co_return failDatabase();
        }
        // Only once this page is committed: a scan killed while the next one is on its way
        // resumes after this one.
        if (!next.atEnd())
            prefetched.emplace(reader.readPage(next));
        for (const ListedProduct &p : page->products) {
            if (p.galleryListed)
                progress.imagesDone += int(p.product.images.size());
            else
                ++listedWithoutGallery;
        }
        progress.productsDone += int(page->products.size()) - repeated;
        if (progress.productsTotal >= 0 && progress.productsDone > progress.productsTotal)
            progress.productsTotal = -1; // the estimate was wrong: unknown until the end
        cursor = next;
        const int pagesLeft =
            cursor.atEnd() ? 0
            : progress.productsTotal > 0
                ? int(std::ceil(double(progress.productsTotal - progress.productsDone) /
                                CatalogReader::kProductPageSize))
                : -1;
        report(pagesLeft);
    }
    prefetched.reset();

    // 2. The galleries the listing did not carry, of products that changed since last read.
    const QStringList toRead = db->galleriesToRead(store, generation);
    outcome.unchanged = std::max(0, listedWithoutGallery - int(toRead.size()));
    progress.phase = ScanProgress::Phase::Galleries;
    progress.productsTotal = progress.productsDone;
    progress.galleriesLeft = int(toRead.size());
    report(progress.galleriesLeft);
    for (const QString &productId : toRead) {
        if (stopped())
            co_return cancelled();
        Result<Gallery> gallery = co_await reader.readGallery(productId);
        if (stopped())
            co_return cancelled();
        if (!gallery) {
            if (gallery.error().code == StoreError::Code::Cancelled)
                co_return cancelled();
            // Deleted since it was listed: no images now; the next scan drops it.
            if (gallery.error().code != StoreError::Code::NotFound)
                co_return fail(gallery.error());
            gallery = Gallery();
        }
        if (!db->saveGallery(store, productId, gallery.value()))
            co_return failDatabase();
        ++outcome.galleriesRead;
        progress.imagesDone += int(gallery->size());
        --progress.galleriesLeft;
        report(progress.galleriesLeft);
    }

    // 3. Products this scan did not list are gone from the store.
    const int removed = db->finishScan(store, generation);
    if (removed < 0)
        co_return failDatabase();
    outcome.removed = removed;
    outcome.products = db->productCount(store);
    outcome.images = db->imageCount(store);
    const qint64 requests = client->requestsSent() - sentBefore;
    outcome.message = tr("Scanned %1 and %2 with %3.")
                          .arg(tr("%n product(s)", nullptr, outcome.products),
                               tr("%n image(s)", nullptr, outcome.images),
                               tr("%n request(s)", nullptr, int(requests)));
    co_return finish(ScanOutcome::Status::Completed);
}

} // namespace vitrine
