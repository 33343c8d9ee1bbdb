#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/result.h"
#include "core/storecapabilities.h"
#include "net/mappingcheck.h"
#include "net/requestpipeline.h"
#include "net/storeprofile.h"

#include <QCoroTask>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace vitrine {

class StoreDialect;
class RequestRunner;

// The one client every store is reached through. It asks the profile's dialect to build requests
// and parse answers, and sends them through the request pipeline (throttle, retries, timeouts,
// auth). Arguments are taken by value: they must outlive suspension points (CP.53).
// What a connection test found.
struct ConnectionReport {
    std::optional<int> products; // how many products the store listed, where it can list them
};

class StoreClient : public QObject {
    Q_OBJECT
public:
    StoreClient(StoreProfile profile, const QString &token, QObject *parent = nullptr);
    // The same, with pipeline tuning (backoff, jitter source, body cap, extra CA certificates).
    // The profile's timeoutMs and maxRetries, and the rate limit (the profile's override, else
    // the dialect's), replace those fields of options.
    StoreClient(StoreProfile profile, const QString &token, PipelineOptions options,
                QObject *parent = nullptr);
    ~StoreClient() override;

    const StoreProfile &profile() const;
    // The dialect's capabilities with the profile's ordering and rate-limit overrides applied.
    const StoreCapabilities &capabilities() const;
    // Why this client cannot talk to the store at all (unknown dialect, unreadable custom
    // dialect file); every operation then fails with this error.
    std::optional<StoreError> setupError() const;
    // The dialect in use (null when setupError() is set).
    std::shared_ptr<const StoreDialect> dialect() const;

    QCoro::Task<Result<QList<ProductSummary>>> listProducts();
    // StoreDialect::listProductsCheaply(): Code::Unsupported instead of a whole-store read.
    QCoro::Task<Result<QList<ProductSummary>>> listProductsCheaply();
    QCoro::Task<Result<Gallery>> listImages(QString productId); // in display order
    QCoro::Task<Result<ProductImage>> getImage(QString productId, QString imageId);
    QCoro::Task<Result<ProductImage>> createImage(QString productId, NewImage image);
    QCoro::Task<Result<ProductImage>> updateImage(QString productId, ProductImage current,
                                                  ImagePatch patch);
    QCoro::Task<Result<void>> deleteImage(QString productId, QString imageId);
    QCoro::Task<Result<void>> deleteAllImages(QString productId);
    // The alt text of several images at once, where the store saves alt text through the product
    // (capabilities().altTextThroughProduct): StoreDialect::updateAltTexts.
    QCoro::Task<Result<void>> updateAltTexts(QString productId, QList<AltTextEdit> edits);

    // HTTP requests this client has handed to its pipeline since it was made: each request once,
    // however often the pipeline retried it (one cancelled while the throttle held it back counts
    // too); requests a dialect refused before sending (a bad id, an unsupported operation) do
    // not. The publisher reports what a publish really sent from the difference before and after
    // each write.
    qint64 requestsSent() const;

    // For the profile dialog's "Test connection": lists products where the store can, otherwise
    // lists sampleProductId's images. Succeeds when the store answered and accepted the token,
    // and, for a custom dialect file, when its mapped fields occur in the store's answer for
    // sampleProductId (else the first listed product): the same check as checkMapping().
    QCoro::Task<Result<ConnectionReport>> testConnection(QString sampleProductId = {});
    // The dialect's field mapping held against the store's answer for one product
    // (MappingCheck); Unsupported for a dialect not run from a description.
    QCoro::Task<Result<MappingReport>> checkMapping(QString productId);

    // Aborts every request in flight; their tasks end with StoreError::Code::Cancelled.
    void cancelAll();

    RequestPipeline &pipeline();

    // A runner that sends through this client's pipeline and maps error answers with the
    // dialect. It holds only a QPointer to the pipeline, so a dialect operation still running
    // after the client is gone ends with Code::Cancelled instead of touching freed memory.
    // Public for readers that page through a store in several requests (CatalogReader); what it
    // sends is counted in requestsSent().
    RequestRunner runner() const;

Q_SIGNALS:
    // For the status bar: a request started or ended, or the throttle is holding requests back.
    void activityChanged(int requestsInFlight);
    void throttled(int waitMs);

private:
    StoreProfile m_profile;
    StoreCapabilities m_capabilities;
    std::optional<StoreError> m_setupError;
    // Shared with running operations, which keep it alive across their suspensions.
    std::shared_ptr<StoreDialect> m_dialect;
    std::unique_ptr<RequestPipeline> m_pipeline;
    // Shared with the runners, which count what they send.
    std::shared_ptr<qint64> m_requestsSent = std::make_shared<qint64>(0);
};

} // namespace vitrine
