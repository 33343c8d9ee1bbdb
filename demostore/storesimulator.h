#pragma once

#include "core/productimage.h"
#include "core/storecapabilities.h"
#include "demostore/genericadapter.h"
#include "demostore/simdialect.h"
#include "demostore/simfault.h"
#include "demostore/simrequest.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace vitrine {

class GenericAdapter;
class SimCatalog;
class SimDialectAdapter;
class SimFaultInjector;
class SimHttpServer;
class SimImageHost;
class SimRecorder;
class SimReply;
struct SimResponse;

// A real HTTP store on 127.0.0.1 (ephemeral port): the app's embedded demo store and the test
// simulator for every dialect client. It speaks four dialects at once, each under its documented
// path prefix and with its own catalog (the same demo products, ids in that store's format):
//   generic   /api/v1/product-images/...   (+ /api/v1/products, a Vitrine demo extension)
//   shopline  /admin/openapi/v20250601/...
//   shoplazza /openapi/2022-01/...
//   shopify   /admin/api/2024-01/...
// plus stores described by a custom dialect file over the generic catalog (serveDescribedStore),
// "acme" under /acme/v2 from the start.
// A second listener, the image host ("CDN"), serves the demo pictures at
// http://localhost:PORT/images/<file>: a different host from the API, so tests can prove a token
// is never sent to it. Every request on both listeners is recorded. See docs/simulator.md.
//
// Everything runs on the thread that owns the simulator; answers are written from its event loop.
class StoreSimulator : public QObject {
    Q_OBJECT
public:
    explicit StoreSimulator(QObject *parent = nullptr);
    ~StoreSimulator() override;

    // Listens on 127.0.0.1 (API) and localhost (images), then loads the data file, if one is set,
    // or the demo seed. False when a listener could not start (see lastError()).
    bool start();
    bool isRunning() const;

    QUrl baseUrl() const;                          // http://127.0.0.1:PORT
    QUrl cdnBaseUrl() const;                       // http://localhost:PORT
    QUrl imageUrl(const QString &file) const;      // cdnBaseUrl()/images/<file>
    QUrl apiUrl(SimDialect dialect) const;         // baseUrl() + pathPrefix(dialect)
    static QString pathPrefix(SimDialect dialect); // "/api/v1", "/admin/openapi/v20250601", ...
    static QStringList demoImageFiles();           // the pictures the image host serves
    static QString brokenDemoImageFile();          // referenced by the demo catalog, but 404

    // --- Persistence (the demo store) ---
    // Keeps every catalog in `path` from now on, saving atomically after every change. If the
    // simulator runs, the file is loaded now: a missing file is seeded and written; a corrupt one
    // is moved aside to "<path>.corrupt", reseeded, and false is returned with lastError() set.
    bool setDataFile(const QString &path);
    QString dataFile() const { return m_dataFile; }
    QString lastError() const { return m_lastError; }
    // Restores the demo seed in every dialect (and saves it).
    void resetToSeed();
    // Replaces every dialect's catalog with a generated one of this size (LargeSeed: the catalog
    // benchmark's store, problems for the audit included), the same in each but for the ids.
    void seedLargeCatalog(int products, int imagesPerProduct);

    // --- Behaviour ---
    // The token a dialect requires (generic: none by default; the others "test-token"). Empty:
    // no authentication.
    void setRequiredToken(SimDialect dialect, const QString &token);
    QString requiredToken(SimDialect dialect) const;
    // Defaults: generic Absolute, the others Shift. Switching to Shift renumbers every product.
    void setOrdering(SimDialect dialect, OrderingSemantics ordering);
    OrderingSemantics ordering(SimDialect dialect) const;
    // Off by default ({} / requestsPerSecond 0). When on, excess requests get the dialect's 429.
    void setRateLimit(SimDialect dialect, const RateLimit &limit);
    RateLimit rateLimit(SimDialect dialect) const;
    // How the dialect writes error bodies where its documents show several ways (SimErrorStyle):
    // generic `details` or {status, error} only, Shoplazza's plain-text 400 and 401.
    void setErrorStyle(SimDialect dialect, SimErrorStyle style);
    // Retry-After sent with the dialect's 429 (empty: none). Default "2.0" for Shopify only.
    void setRetryAfter(SimDialect dialect, const QByteArray &value);
    // Whether the dialect's product list carries each product's images (default: yes).
    void setListingCarriesImages(SimDialect dialect, bool on);
    void addFault(const SimFault &fault);
    void clearFaults();
    QList<SimRequest> recordedRequests() const;
    // Also starts maxRequestsInFlight() afresh.
    void clearRecordedRequests();
    // The most API requests received and not yet answered at one time (since the start or the
    // last clearRecordedRequests()): how many a client sends concurrently. Requests are answered
    // as they arrive, so only a fault's delayMs (latency) lets them overlap.
    int maxRequestsInFlight() const { return m_maxInFlight; }

    // --- Stores described by a custom dialect file (the format of docs/net.md) ---
    // Serves the generic catalog (SimDialect::Generic: the same products and images) once more,
    // shaped as `description` says: its apiPrefix, paths, field names, envelopes, auth header,
    // id form and product paging, with the generic store's behaviour otherwise (full-replace PUT,
    // 201 + Location, 204 deletes, delete-all, {status, error, message} errors). So one file
    // drives both a custom dialect client and the store it is tested against. `token` is what
    // the described auth header must carry (empty: no authentication). A description served
    // again under the same prefix replaces the earlier one. Returns an empty string when served,
    // else why not (not a valid description, no apiPrefix, a prefix another store uses).
    // `behaviour` adds what a file does not say but real stores do (SimStoreBehaviour: a Link
    // header only when a page is named, a page past the end repeating the last).
    QString serveDescribedStore(const QJsonObject &description,
                                const QString &token = QStringLiteral("test-token"),
                                const SimStoreBehaviour &behaviour = {});
    QStringList describedStorePrefixes() const;
    // The described store every simulator (and so the demo store) serves from the start: "acme"
    // under /acme/v2, the worked example of docs/net.md (also tests/net/fixtures/acme.json).
    static QByteArray acmeDescriptionFile();

    // --- Direct access, to arrange and assert without HTTP ---
    QList<ProductSummary> products(SimDialect dialect) const;
    Gallery images(SimDialect dialect, const QString &productId) const; // display order
    QStringList variantIds(SimDialect dialect, const QString &productId) const;
    ProductSummary addProduct(SimDialect dialect, const QString &title,
                              const QStringList &variantTitles = {});
    // Sets a product's vendor and type (served by Shopify and by described stores that map
    // them). False when the product does not exist.
    bool setProductVendor(SimDialect dialect, const QString &productId, const QString &vendor,
                          const QString &productType);
    // Appends (or inserts at image.position); nothing when the product does not exist.
    std::optional<ProductImage> addImage(SimDialect dialect, const QString &productId,
                                         const NewImage &image);
    // A colleague's change made in the store's own admin: applies the patch (with the dialect's
    // ordering semantics) and bumps the image's update time. False when the image is unknown.
    bool editImageElsewhere(SimDialect dialect, const QString &productId, const QString &imageId,
                            const ImagePatch &patch);
    bool removeImageElsewhere(SimDialect dialect, const QString &productId, const QString &imageId);
    // Fields the store keeps that no client models ("sku", "tags"): the generic store and every
    // described store write them into the image's records (SimImage::extra).
    bool setExtraFields(SimDialect dialect, const QString &imageId, const QJsonObject &extra);
    QJsonObject extraFields(SimDialect dialect, const QString &imageId) const;

Q_SIGNALS:
    void requestReceived(const vitrine::SimRequest &request);
    void catalogChanged(vitrine::SimDialect dialect);

private:
    struct Dialect {
        std::unique_ptr<SimCatalog> catalog;
        std::unique_ptr<SimDialectAdapter> adapter;
    };

    void onRequest(const SimRequest &request, SimReply reply);
    SimResponse answerApi(const SimRequest &request);
    void loadOrSeed();
    void seed(SimDialect dialect);
    void onCatalogChanged(SimDialect dialect);
    void save();
    SimCatalog &catalog(SimDialect dialect) const;
    SimDialectAdapter &adapter(SimDialect dialect) const;

    std::map<SimDialect, Dialect> m_dialects;
    // Described stores over the generic catalog; their prefixes never overlap the dialects'.
    std::vector<std::unique_ptr<GenericAdapter>> m_described;
    std::unique_ptr<SimFaultInjector> m_faults;
    std::unique_ptr<SimRecorder> m_recorder;
    std::unique_ptr<SimImageHost> m_images;
    SimHttpServer *m_api = nullptr;
    SimHttpServer *m_cdn = nullptr;
    quint16 m_apiPort = 0;
    quint16 m_cdnPort = 0;
    QString m_dataFile;
    QString m_lastError;
    bool m_loading = false;
    int m_inFlight = 0; // API requests not answered yet
    int m_maxInFlight = 0;
};

} // namespace vitrine
