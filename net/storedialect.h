#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/result.h"
#include "core/storecapabilities.h"
#include "net/httprequestspec.h"
#include "net/httpresponse.h"
#include "net/requestrunner.h"

#include <QByteArray>
#include <QCoroTask>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

// What differs between stores, and nothing else. A dialect turns the client's operations into
// HTTP requests (HttpRequestSpec) and HTTP answers (HttpResponse) into core types; the
// RequestPipeline does all the sending. It never touches the network itself.
//
// Two layers, so that most dialects are small:
//  1. Request builders and parsers (pure, synchronous, unit-testable without a server). A
//     dialect that maps every operation to one request only implements these.
//  2. Operation coroutines (listImages(), updateImage(), ...). Their defaults build one request,
//     run it and parse the answer. A dialect whose operation needs several requests (Shoplazza's
//     alt text goes through PUT /products/{id}, which needs the product title first; SHOPLINE's
//     gallery comes from GET /products/{id}.json) overrides just that coroutine and uses the
//     runner as often as it needs.
//
// Rules for implementers: builders return StoreError::Code::Unsupported for what the store
// cannot do (the defaults here already do), Code::InvalidInput for input that must not be sent
// (an id that is not a UUID, alt text over the limit). Parsers never trust the body: wrong types,
// nulls and garbage become Code::BadResponse with a sentence saying what was wrong. Ids are
// strings, never integers. Dialects are immutable after construction and shared (the client
// keeps the dialect alive for as long as one of its operations runs), so operations may
// co_await freely.
class StoreDialect {
public:
    enum class IdRole { Product, Image };

    virtual ~StoreDialect();

    // --- Identity and policy ---------------------------------------------------------------
    virtual QString name() const = 0; // "generic", "shopline", ... or a custom dialect's name
    virtual StoreCapabilities capabilities() const = 0;
    // What goes between the profile's base URL and every request path, e.g. "/api/v1" or
    // "/admin/openapi/v20250601" (no trailing slash).
    virtual QString apiPrefix() const = 0;
    // Authentication header. authHeaderValue() gets the token (never empty) and formats it,
    // e.g. "Bearer <token>". The pipeline adds it only for requests to the API's own origin.
    virtual QByteArray authHeaderName() const { return QByteArrayLiteral("Authorization"); }
    virtual QByteArray authHeaderValue(const QString &token) const;
    virtual QByteArray contentType() const { return QByteArrayLiteral("application/json"); }

    // Checks an id before it is put into a request; an error has Code::InvalidInput.
    virtual std::optional<StoreError> validateId(IdRole role, const QString &id) const;

    // --- 1. Request builders ---------------------------------------------------------------
    virtual Result<HttpRequestSpec> listProductsRequest() const;
    virtual Result<HttpRequestSpec> listImagesRequest(const QString &productId) const = 0;
    virtual Result<HttpRequestSpec> getImageRequest(const QString &productId,
                                                    const QString &imageId) const = 0;
    virtual Result<HttpRequestSpec> createImageRequest(const QString &productId,
                                                       const NewImage &image) const = 0;
    // current is the image as last read from the store; patch holds only what changes. A
    // full-replace dialect sends patch.appliedTo(current) whole.
    virtual Result<HttpRequestSpec> updateImageRequest(const QString &productId,
                                                       const ProductImage &current,
                                                       const ImagePatch &patch) const = 0;
    virtual Result<HttpRequestSpec> deleteImageRequest(const QString &productId,
                                                       const QString &imageId) const = 0;
    virtual Result<HttpRequestSpec> deleteAllImagesRequest(const QString &productId) const;

    // --- 1. Parsers (only called with 2xx answers) ------------------------------------------
    virtual Result<QList<ProductSummary>> parseProducts(const HttpResponse &response) const;
    // The gallery in display order (parsers sort by position, stable).
    virtual Result<Gallery> parseImages(const HttpResponse &response,
                                        const QString &productId) const = 0;
    virtual Result<ProductImage> parseImage(const HttpResponse &response,
                                            const QString &productId) const = 0;
    // Maps a non-2xx answer to a StoreError: code from the status, storeMessage and fieldErrors
    // from the body. The default understands message / error / errors (string, array of strings
    // or {field,message}, object of field -> messages) / details; see ErrorBody.
    virtual StoreError parseError(const HttpResponse &response) const;

    // --- 2. Operations (override for multi-request operations) ------------------------------
    virtual QCoro::Task<Result<QList<ProductSummary>>> listProducts(RequestRunner runner);
    // The product list, unless the store gives it only by reading every image record (the
    // generic store without its product listing): then Code::Unsupported, and listProducts()
    // reads the whole store when someone asks for the list. A window opening one product asks
    // this one: opening a product must not cost a whole-store read.
    virtual QCoro::Task<Result<QList<ProductSummary>>> listProductsCheaply(RequestRunner runner);
    virtual QCoro::Task<Result<Gallery>> listImages(RequestRunner runner, QString productId);
    virtual QCoro::Task<Result<ProductImage>> getImage(RequestRunner runner, QString productId,
                                                       QString imageId);
    virtual QCoro::Task<Result<ProductImage>> createImage(RequestRunner runner, QString productId,
                                                          NewImage image);
    virtual QCoro::Task<Result<ProductImage>> updateImage(RequestRunner runner, QString productId,
                                                          ProductImage current, ImagePatch patch);
    virtual QCoro::Task<Result<void>> deleteImage(RequestRunner runner, QString productId,
                                                  QString imageId);
    virtual QCoro::Task<Result<void>> deleteAllImages(RequestRunner runner, QString productId);
    // The alt text of several existing images of a product in one operation, for a store that
    // saves alt text through the product (capabilities().altTextThroughProduct; the planner's
    // WriteOp::Kind::UpdateAltTexts). All or nothing: everything is checked before the first
    // request. The default is Unsupported: other stores take alt text in the image update.
    virtual QCoro::Task<Result<void>> updateAltTexts(RequestRunner runner, QString productId,
                                                     QList<AltTextEdit> edits);

    // --- Thumbnails -------------------------------------------------------------------------
    // The address of a rendition of the image at src at most `width` pixels wide (height in
    // proportion, never enlarged) as the store's CDN serves it, so a grid cell downloads and
    // decodes what it shows, not the original. An empty QUrl when the store has no known way:
    // the original is fetched. A rendition that fails is replaced by the original by the caller
    // (ThumbnailCache). An image-host address: never sent with the token.
    virtual QUrl thumbnailUrl(const QUrl &src, int width) const;

protected:
    // An Unsupported error naming this dialect and the operation ("list products").
    StoreError unsupported(const QString &operation) const;
    // validateId() for both ids at once; the first failure, if any.
    std::optional<StoreError> validateIds(const QString &productId,
                                          const QString &imageId = {}) const;
};

} // namespace vitrine
