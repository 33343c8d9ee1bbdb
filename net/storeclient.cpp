#include "net/storeclient.h"

#include <QCoreApplication>

#include "net/dialectfactory.h"
#include "net/ratelimitheaders.h"
#include "net/requestrunner.h"
#include "net/restdialect.h"
#include "net/storedialect.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// Sends through the pipeline; a non-2xx answer becomes the dialect's StoreError. A free
// coroutine with by-value arguments: nothing here dangles if the client goes away.
QCoro::Task<Result<HttpResponse>> sendAndMap(QPointer<RequestPipeline> pipeline,
                                             std::shared_ptr<StoreDialect> dialect,
                                             std::shared_ptr<qint64> sentCounter,
                                             HttpRequestSpec spec) {
    if (!pipeline)
        co_return StoreError::make(
            StoreError::Code::Cancelled,
            QCoreApplication::translate("StoreClient", "the store connection is closed"));
    ++*sentCounter;
    const bool idempotent = spec.isIdempotent();
    Result<HttpResponse> response = co_await pipeline->send(std::move(spec));
    if (!response || response->isSuccess())
        co_return response;
    StoreError error = dialect->parseError(response.value());
    error.httpStatus = response->status;
    // A refused POST (429) was not acted on; any other failed POST is not safe to repeat blindly.
    error.retryable = StoreError::isRetryableCode(error.code) &&
                      (idempotent || error.code == StoreError::Code::RateLimited);
    if (const auto retryAfter = RateLimitHeaders::retryAfterMs(response->header("Retry-After"),
                                                               QDateTime::currentDateTimeUtc()))
        error.retryAfterMs = int(std::min<qint64>(*retryAfter, std::numeric_limits<int>::max()));
    co_return error;
}

} // namespace

StoreClient::StoreClient(StoreProfile profile, const QString &token, QObject *parent)
    : StoreClient(std::move(profile), token, PipelineOptions{}, parent) {}

StoreClient::StoreClient(StoreProfile profile, const QString &token, PipelineOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile)) {
    Result<std::shared_ptr<StoreDialect>> dialect = DialectFactory::create(m_profile);
    QUrl apiBase = m_profile.effectiveBaseUrl(); // a custom dialect file may give it
    if (dialect) {
        m_dialect = std::move(dialect).value();
        m_capabilities = m_dialect->capabilities();
        QString path = apiBase.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        apiBase.setPath(path + m_dialect->apiPrefix());
    } else {
        m_setupError = dialect.error();
        m_capabilities.dialectName = m_profile.dialect;
    }
    if (m_profile.ordering) {
        m_capabilities.ordering = *m_profile.ordering;
        m_capabilities.orderingKnown = true;
    }
    if (m_profile.rateLimit)
        m_capabilities.rateLimit = *m_profile.rateLimit;

    options.timeoutMs = m_profile.timeoutMs;
    options.maxRetries = m_profile.maxRetries;
    options.rateLimit = m_capabilities.rateLimit;
    m_pipeline = std::make_unique<RequestPipeline>(apiBase, std::move(options));
    if (m_dialect) {
        m_pipeline->setContentType(m_dialect->contentType());
        if (!token.isEmpty())
            m_pipeline->setAuthorization(m_dialect->authHeaderName(),
                                         m_dialect->authHeaderValue(token));
    }
    connect(m_pipeline.get(), &RequestPipeline::inFlightChanged, this,
            &StoreClient::activityChanged);
    connect(m_pipeline.get(), &RequestPipeline::throttled, this, &StoreClient::throttled);
}

StoreClient::~StoreClient() {
    // Ends every request while the client is still whole; see RequestPipeline::~RequestPipeline.
    if (m_pipeline)
        m_pipeline->cancelAll();
}

const StoreProfile &StoreClient::profile() const {
    return m_profile;
}
const StoreCapabilities &StoreClient::capabilities() const {
    return m_capabilities;
}
std::optional<StoreError> StoreClient::setupError() const {
    return m_setupError;
}
std::shared_ptr<const StoreDialect> StoreClient::dialect() const {
    return m_dialect;
}
RequestPipeline &StoreClient::pipeline() {
    return *m_pipeline;
}
qint64 StoreClient::requestsSent() const {
    return *m_requestsSent;
}
void StoreClient::cancelAll() {
    m_pipeline->cancelAll();
}

RequestRunner StoreClient::runner() const {
    QPointer<RequestPipeline> pipeline(m_pipeline.get());
    std::shared_ptr<StoreDialect> dialect = m_dialect;
    std::shared_ptr<qint64> sent = m_requestsSent;
    return RequestRunner([pipeline, dialect, sent](HttpRequestSpec spec) {
        return sendAndMap(pipeline, dialect, sent, std::move(spec));
    });
}

// Each operation copies the dialect pointer and the runner into its frame before the first
// suspension and touches no member afterwards.

QCoro::Task<Result<QList<ProductSummary>>> StoreClient::listProducts() {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->listProducts(runner());
}

QCoro::Task<Result<QList<ProductSummary>>> StoreClient::listProductsCheaply() {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->listProductsCheaply(runner());
}

QCoro::Task<Result<Gallery>> StoreClient::listImages(QString productId) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->listImages(runner(), std::move(productId));
}

QCoro::Task<Result<ProductImage>> StoreClient::getImage(QString productId, QString imageId) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->getImage(runner(), std::move(productId), std::move(imageId));
}

QCoro::Task<Result<ProductImage>> StoreClient::createImage(QString productId, NewImage image) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->createImage(runner(), std::move(productId), std::move(image));
}

QCoro::Task<Result<ProductImage>> StoreClient::updateImage(QString productId, ProductImage current,
                                                           ImagePatch patch) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->updateImage(runner(), std::move(productId), std::move(current),
                                            std::move(patch));
}

QCoro::Task<Result<void>> StoreClient::deleteImage(QString productId, QString imageId) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->deleteImage(runner(), std::move(productId), std::move(imageId));
}

QCoro::Task<Result<void>> StoreClient::deleteAllImages(QString productId) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->deleteAllImages(runner(), std::move(productId));
}

QCoro::Task<Result<void>> StoreClient::updateAltTexts(QString productId, QList<AltTextEdit> edits) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    co_return co_await dialect->updateAltTexts(runner(), std::move(productId), std::move(edits));
}

QCoro::Task<Result<ConnectionReport>> StoreClient::testConnection(QString sampleProductId) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    ConnectionReport found;
    if (m_capabilities.canListProducts) {
        const Result<QList<ProductSummary>> products = co_await dialect->listProducts(runner());
        if (!products)
            co_return products.error();
        found.products = int(products->size());
        if (sampleProductId.isEmpty() && !products->isEmpty())
            sampleProductId = products->first().id;
    } else if (sampleProductId.isEmpty()) {
        co_return StoreError::make(
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("StoreClient",
                                        "this store cannot list products; give a product id to "
                                        "test the connection with"));
    }
    const auto *described = dynamic_cast<const RestDialect *>(dialect.get());
    const bool checkFields = described && described->description().lookBeforeWriting;
    if (!checkFields) {
        if (m_capabilities.canListProducts)
            co_return found;
        const Result<Gallery> images = co_await dialect->listImages(runner(), sampleProductId);
        if (!images)
            co_return images.error();
        co_return found;
    }
    if (sampleProductId.isEmpty())
        co_return found; // a store without products shows no fields to check
    const Result<MappingReport> report = co_await checkMapping(sampleProductId);
    if (!report)
        co_return report.error();
    if (!report->ok())
        co_return StoreError::make(StoreError::Code::InvalidInput,
                                   report->problems().join(QStringLiteral("; ")));
    co_return found;
}

QCoro::Task<Result<MappingReport>> StoreClient::checkMapping(QString productId) {
    if (m_setupError)
        co_return *m_setupError;
    const std::shared_ptr<StoreDialect> dialect = m_dialect;
    const auto described = std::dynamic_pointer_cast<RestDialect>(dialect);
    if (!described)
        co_return StoreError::make(
            StoreError::Code::Unsupported,
            QCoreApplication::translate("StoreClient",
                                        "the %1 dialect is not described by field names")
                .arg(dialectTitle(dialect->name())));
    co_return co_await described->checkMapping(runner(), std::move(productId));
}

} // namespace vitrine
