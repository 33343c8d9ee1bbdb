#pragma once

#include "core/productimage.h"
#include "core/result.h"
#include "core/storecapabilities.h"
#include "net/storeprofile.h"

#include <QCoroTask>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace vitrine {

class StoreDialect;
class RequestPipeline;

// The one client every store is reached through. It asks the profile's dialect to build requests
// and parse answers, and sends them through the request pipeline (throttle, retries, timeouts,
// auth). Arguments are taken by value: they must outlive suspension points (CP.53).
class StoreClient : public QObject {
    Q_OBJECT
public:
    StoreClient(StoreProfile profile, QString token, QObject *parent = nullptr);
    ~StoreClient() override;

    const StoreProfile &profile() const;
    const StoreCapabilities &capabilities() const;

    QCoro::Task<Result<QList<ProductSummary>>> listProducts();
    QCoro::Task<Result<Gallery>> listImages(QString productId); // in display order
    QCoro::Task<Result<ProductImage>> getImage(QString productId, QString imageId);
    QCoro::Task<Result<ProductImage>> createImage(QString productId, NewImage image);
    QCoro::Task<Result<ProductImage>> updateImage(QString productId, ProductImage current,
                                                  ImagePatch patch);
    QCoro::Task<Result<void>> deleteImage(QString productId, QString imageId);
    QCoro::Task<Result<void>> deleteAllImages(QString productId);

    // Aborts every request in flight; their tasks end with StoreError::Code::Cancelled.
    void cancelAll();

    RequestPipeline &pipeline();

Q_SIGNALS:
    // For the status bar: a request started or ended, or the throttle is holding requests back.
    void activityChanged(int requestsInFlight);
    void throttled(int waitMs);

private:
    StoreProfile m_profile;
    std::unique_ptr<StoreDialect> m_dialect;
    std::unique_ptr<RequestPipeline> m_pipeline;
};

} // namespace vitrine
