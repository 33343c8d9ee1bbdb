#pragma once

#include "net/dialectdescription.h"
#include "net/storedialect.h"

#include <QJsonObject>

namespace vitrine {

// A StoreDialect run entirely from a DialectDescription: paths with placeholders, field names,
// envelopes, id kinds, auth header and capabilities. Dialects that differ from it in one or two
// places derive from it and override just those (a builder, a parser, or an operation coroutine).
class RestDialect : public StoreDialect {
public:
    explicit RestDialect(DialectDescription description);

    const DialectDescription &description() const { return m_d; }

    QString name() const override;
    StoreCapabilities capabilities() const override;
    QString apiPrefix() const override;
    QByteArray authHeaderName() const override;
    QByteArray authHeaderValue(const QString &token) const override;
    QByteArray contentType() const override;
    std::optional<StoreError> validateId(IdRole role, const QString &id) const override;

    Result<HttpRequestSpec> listProductsRequest() const override;
    Result<HttpRequestSpec> listImagesRequest(const QString &productId) const override;
    Result<HttpRequestSpec> getImageRequest(const QString &productId,
                                            const QString &imageId) const override;
    Result<HttpRequestSpec> createImageRequest(const QString &productId,
                                               const NewImage &image) const override;
    Result<HttpRequestSpec> updateImageRequest(const QString &productId,
                                               const ProductImage &current,
                                               const ImagePatch &patch) const override;
    Result<HttpRequestSpec> deleteImageRequest(const QString &productId,
                                               const QString &imageId) const override;
    Result<HttpRequestSpec> deleteAllImagesRequest(const QString &productId) const override;

    Result<QList<ProductSummary>> parseProducts(const HttpResponse &response) const override;
    // The whole product list, paged as the description's productPaging says (ProductListing).
    QCoro::Task<Result<QList<ProductSummary>>> listProducts(RequestRunner runner) override;
    Result<Gallery> parseImages(const HttpResponse &response,
                                const QString &productId) const override;
    Result<ProductImage> parseImage(const HttpResponse &response,
                                    const QString &productId) const override;
    // StoreDialect's reading of the body, plus the address that answered (shown when a 404 means
    // a wrong store address).
    StoreError parseError(const HttpResponse &response) const override;

    // Building blocks for derived dialects.
    // One image object of the store's JSON into a ProductImage (BadResponse naming the field).
    Result<ProductImage> imageFromJson(const QJsonValue &value, const QString &productId) const;
    // A list of image objects (in any order) into a gallery in display order.
    Result<Gallery> galleryFromJson(const QJsonValue &value, const QString &productId) const;
    // The JSON object of an image's fields, as sent in create and update bodies.
    QJsonObject imageToJson(const ProductImage &image, const QStringList &which) const;
    // Wraps in the image envelope, if the dialect has one.
    QJsonObject enveloped(const QJsonObject &image) const;
    // A path with {productId}/{imageId} filled in (percent-encoded).
    QString fillPath(const QString &pattern, const QString &productId,
                     const QString &imageId = {}) const;
    // "//cdn/x.jpg" → "<baseScheme>://cdn/x.jpg"; anything else unchanged.
    QString absoluteSource(const QString &src) const;
    // Checks alt text against the capability limits (InvalidInput when too long).
    std::optional<StoreError> checkAlt(const QString &alt, bool forNewImage) const;

    static bool matchesIdKind(DialectDescription::IdKind kind, const QString &id);

private:
    // The description's path for an operation, or Unsupported naming it.
    Result<QString> pathFor(const QString &pattern, const QString &operation,
                            const QString &productId, const QString &imageId = {}) const;
    QJsonValue idToJson(const QString &id) const;

    DialectDescription m_d;
};

} // namespace vitrine
