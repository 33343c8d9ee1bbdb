#pragma once

#include "core/catalogproduct.h"
#include "core/picturecheck.h"
#include "net/catalogreader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

// The local catalog: every product and image of each store as a scan last read it, the state of
// a scan under way (so a cancelled or killed one resumes at its page), and the picture checks.
// One SQLite file beside the journal (catalog.sqlite), in WAL mode: each page a scan reads is one
// transaction, so after kill -9 the catalog holds every page whose save returned. The catalog is
// a cache of the store: a file that cannot be read is moved aside and a new one started (the
// next scan reads everything again). Stores are filed under the journal's store key. Nothing
// here throws; failed writes return false with lastError() set. See docs/catalog.md.
class CatalogDatabase {
public:
    // Where the catalog lives for a journal file: catalog.sqlite in the same folder. The
    // VITRINE_CATALOG environment variable names another file.
    static QString pathBeside(const QString &journalPath);

    explicit CatalogDatabase(QString filePath);
    ~CatalogDatabase();
    CatalogDatabase(const CatalogDatabase &) = delete;
    CatalogDatabase &operator=(const CatalogDatabase &) = delete;

    bool open();
    bool isOpen() const;
    QString filePath() const;
    QString lastError() const;
    // Set when open() found the file damaged and started a new one: what happened, in a sentence.
    QString recoveryMessage() const;

    // --- Scans ----------------------------------------------------------------------------------
    struct ScanState {
        int generation = 0;     // the scan under way, or the last one (0: never scanned)
        bool running = false;   // a scan began and did not finish (cancelled, killed, failed)
        CatalogCursor cursor;   // where a running scan's listing continues
        int productsListed = 0; // products the running scan's listing has given so far
        QDateTime startedAt;    // UTC
        QDateTime finishedAt;   // the last finished scan; invalid when none
    };
    ScanState scanState(const QString &store);
    // Starts a scan, or returns the one under way (to resume it). nullopt on a write error.
    std::optional<ScanState> beginScan(const QString &store);
    // What a listing page brought, and where the listing continues, in one transaction. A product
    // listed with its gallery is stored whole. One listed without: its images as last read are
    // kept and it counts as unchanged when its update stamp equals the one they were read at;
    // otherwise it waits for saveGallery(). Returns the products listed again in this scan
    // (already saved by an earlier page: a store that repeats its last page), -1 on error.
    int savePage(const QString &store, int generation, const QList<ListedProduct> &products,
                 const CatalogCursor &next);
    // Products of this scan whose gallery must still be read, in listing order.
    QStringList galleriesToRead(const QString &store, int generation);
    // A gallery read on its own, stamped with the product's update stamp of this scan.
    bool saveGallery(const QString &store, const QString &productId, const Gallery &gallery);
    // The listing is done and every gallery read: products this scan did not list were deleted
    // on the store and leave the catalog. Returns how many left (-1 on error).
    int finishScan(const QString &store, int generation);

    // --- Reading
    // ---------------------------------------------------------------------------------- Every
    // product of the store with its images, in the store's listing order.
    QList<CatalogProduct> products(const QString &store);
    std::optional<CatalogProduct> product(const QString &store, const QString &productId);
    int productCount(const QString &store);
    int imageCount(const QString &store);

    // --- Picture checks
    // ---------------------------------------------------------------------------
    QHash<QString, PictureCheck> pictureChecks();
    bool savePictureChecks(const QHash<QString, PictureCheck> &checks);

private:
    struct Private;
    Private *d;
};

} // namespace vitrine
