#include "net/storedialect.h"

#include <QCoreApplication>

#include "net/errorbody.h"

namespace vitrine {

namespace {

// Runs a request the dialect could build; a request it could not build is the error to return.
QCoro::Task<Result<HttpResponse>> send(RequestRunner runner, Result<HttpRequestSpec> spec) {
    if (!spec)
        co_return spec.error();
    co_return co_await runner.run(spec.value());
}

} // namespace

StoreDialect::~StoreDialect() = default;

QUrl StoreDialect::thumbnailUrl(const QUrl &, int) const {
    return {};
}

QByteArray StoreDialect::authHeaderValue(const QString &token) const {
    return QByteArrayLiteral("Bearer ") + token.toUtf8();
}

std::optional<StoreError> StoreDialect::validateId(IdRole role, const QString &id) const {
    if (id.trimmed().isEmpty()) {
        return StoreError::make(
            StoreError::Code::InvalidInput,
            role == IdRole::Product
                ? QCoreApplication::translate("StoreDialect", "the product id is empty")
                : QCoreApplication::translate("StoreDialect", "the image id is empty"));
    }
    return std::nullopt;
}

std::optional<StoreError> StoreDialect::validateIds(const QString &productId,
                                                    const QString &imageId) const {
    if (auto e = validateId(IdRole::Product, productId))
        return e;
    if (!imageId.isNull())
        return validateId(IdRole::Image, imageId);
    return std::nullopt;
}

StoreError StoreDialect::unsupported(const QString &operation) const {
    return StoreError::make(StoreError::Code::Unsupported,
                            QCoreApplication::translate("StoreDialect", "the %1 API cannot %2")
                                .arg(dialectTitle(name()), operation));
}

Result<HttpRequestSpec> StoreDialect::listProductsRequest() const {
    return unsupported(QCoreApplication::translate("StoreDialect", "list products"));
}

Result<HttpRequestSpec> StoreDialect::deleteAllImagesRequest(const QString &) const {
    return unsupported(QCoreApplication::translate(
        "StoreDialect", "delete all images of a product in one request"));
}

Result<QList<ProductSummary>> StoreDialect::parseProducts(const HttpResponse &) const {
    return unsupported(QCoreApplication::translate("StoreDialect", "list products"));
}

StoreError StoreDialect::parseError(const HttpResponse &response) const {
    const ErrorBody body = ErrorBody::parse(response.body);
    StoreError e = StoreError::make(StoreError::codeForHttpStatus(response.status), body.message,
                                    response.status);
    e.fieldErrors = body.fieldErrors;
    return e;
}

QCoro::Task<Result<QList<ProductSummary>>> StoreDialect::listProducts(RequestRunner runner) {
    const Result<HttpResponse> response = co_await send(runner, listProductsRequest());
    if (!response)
        co_return response.error();
    co_return parseProducts(response.value());
}

QCoro::Task<Result<QList<ProductSummary>>> StoreDialect::listProductsCheaply(RequestRunner runner) {
    co_return co_await listProducts(std::move(runner));
}

QCoro::Task<Result<Gallery>> StoreDialect::listImages(RequestRunner runner, QString productId) {
    const Result<HttpResponse> response = co_await send(runner, listImagesRequest(productId));
    if (!response)
        co_return response.error();
    co_return parseImages(response.value(), productId);
}

QCoro::Task<Result<ProductImage>> StoreDialect::getImage(RequestRunner runner, QString productId,
                                                         QString imageId) {
    const Result<HttpResponse> response =
        co_await send(runner, getImageRequest(productId, imageId));
    if (!response)
        co_return response.error();
    co_return parseImage(response.value(), productId);
}

QCoro::Task<Result<ProductImage>> StoreDialect::createImage(RequestRunner runner, QString productId,
                                                            NewImage image) {
    const Result<HttpResponse> response =
        co_await send(runner, createImageRequest(productId, image));
    if (!response)
        co_return response.error();
    if (!response->body.trimmed().isEmpty())
        co_return parseImage(response.value(), productId);
    // 201 with only a Location header: the new image is where it points.
    const QUrl location =
        response->url.resolved(QUrl::fromEncoded(response->header("Location"), QUrl::StrictMode));
    if (response->header("Location").isEmpty() || !location.isValid())
        co_return StoreError::make(
            StoreError::Code::BadResponse,
            QCoreApplication::translate("StoreDialect",
                                        "the store accepted the new image but did not "
                                        "say where it is (no body, no Location)"),
            response->status);
    HttpRequestSpec follow;
    follow.absoluteUrl = location;
    const Result<HttpResponse> created = co_await runner.run(follow);
    if (!created)
        co_return created.error();
    co_return parseImage(created.value(), productId);
}

QCoro::Task<Result<ProductImage>> StoreDialect::updateImage(RequestRunner runner, QString productId,
                                                            ProductImage current,
                                                            ImagePatch patch) {
    const Result<HttpResponse> response =
        co_await send(runner, updateImageRequest(productId, current, patch));
    if (!response)
        co_return response.error();
    // Some stores answer an update with 204 and no body: the image is what was sent.
    if (response->body.trimmed().isEmpty())
        co_return patch.appliedTo(current);
    co_return parseImage(response.value(), productId);
}

QCoro::Task<Result<void>> StoreDialect::deleteImage(RequestRunner runner, QString productId,
                                                    QString imageId) {
    const Result<HttpResponse> response =
        co_await send(runner, deleteImageRequest(productId, imageId));
    if (!response)
        co_return response.error();
    co_return Result<void>{};
}

QCoro::Task<Result<void>> StoreDialect::deleteAllImages(RequestRunner runner, QString productId) {
    const Result<HttpResponse> response = co_await send(runner, deleteAllImagesRequest(productId));
    if (!response)
        co_return response.error();
    co_return Result<void>{};
}

QCoro::Task<Result<void>> StoreDialect::updateAltTexts(RequestRunner, QString, QList<AltTextEdit>) {
    co_return unsupported(QCoreApplication::translate(
        "StoreDialect", "change the alt text of several images at once"));
}

} // namespace vitrine
