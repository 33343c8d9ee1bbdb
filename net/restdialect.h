#pragma once

#include "core/catalogproduct.h"
#include "net/dialectdescription.h"
#include "net/dialectpath.h"
#include "net/mappingcheck.h"
#include "net/storedialect.h"
#include "net/storerecords.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace vitrine {

// A StoreDialect run entirely from a DialectDescription: paths with placeholders, field names,
// envelopes, id kinds, auth header and capabilities. Dialects that differ from it in one or two
// places derive from it and override just those (a builder, a parser, or an operation coroutine).
//
// Safety rules for descriptions read from a file (docs/net.md): an update that replaces sends the
// record as the store last returned it with only the edited fields changed (StoreRecords); a list
// answer for one product that holds an image of another is refused (the path is too broad); before
// the first write the mapped fields are held against the store's answer (MappingCheck); a 404 on a
// described path names the address and says the path may be wrong, unless the image was listed
// before and is gone from the list now.
class RestDialect : public StoreDialect {
    Q_DECLARE_TR_FUNCTIONS(RestDialect)
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
    // The description's thumbnail rule (a file's "thumbnails" section); none by default.
    QUrl thumbnailUrl(const QUrl &src, int width) const override;

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

    QCoro::Task<Result<Gallery>> listImages(RequestRunner runner, QString productId) override;
    QCoro::Task<Result<ProductImage>> createImage(RequestRunner runner, QString productId,
                                                  NewImage image) override;
    QCoro::Task<Result<ProductImage>> updateImage(RequestRunner runner, QString productId,
                                                  ProductImage current, ImagePatch patch) override;
    QCoro::Task<Result<void>> deleteImage(RequestRunner runner, QString productId,
                                          QString imageId) override;
    QCoro::Task<Result<void>> deleteAllImages(RequestRunner runner, QString productId) override;

    // The mapped fields against the records of the product's list answer (read now).
    QCoro::Task<Result<MappingReport>> checkMapping(RequestRunner runner, QString productId);
    // What this connection has seen of the store's records.
    const StoreRecords &records() const { return *m_records; }
    // parseProducts() of an answer already parsed (JsonReader::parse).
    Result<QList<ProductSummary>> productsFromJson(const QJsonValue &json) const;
    // A listed product's variants as the description's productFields name them, in the listing's
    // order. Variants only help (templates, a review rule): one without a usable id is left out
    // rather than the listing refused.
    QList<ProductVariant> variantsFromJson(const QJsonObject &product) const;
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
    // A path with {productId}/{imageId} filled in (percent-encoded), without its query.
    QString fillPath(const QString &pattern, const QString &productId,
                     const QString &imageId = {}) const;
    // A GET of a described path (its query included), ids filled in.
    HttpRequestSpec describedRequest(const QString &pattern, const QString &productId,
                                     const QString &imageId = {}) const;
    // The body of a replace update: the store's record of the image with only the patched fields
    // changed; nothing when the record was never read.
    std::optional<QJsonObject> replaceBody(const QString &productId, const ProductImage &current,
                                           const ImagePatch &patch) const;
    // "//cdn/x.jpg" → "<baseScheme>://cdn/x.jpg"; anything else unchanged.
    QString absoluteSource(const QString &src) const;
    // Checks alt text against the capability limits (InvalidInput when too long).
    std::optional<StoreError> checkAlt(const QString &alt, bool forNewImage) const;

    static bool matchesIdKind(DialectDescription::IdKind kind, const QString &id);

private:
    // The description's request for an operation (path and query), or Unsupported naming it.
    Result<HttpRequestSpec> requestFor(const QString &pattern, const QString &operation,
                                       const QString &productId, const QString &imageId = {}) const;
    QJsonValue idToJson(const QString &id) const;
    // Before the first write through a file's description: the mapped fields must occur in the
    // store's answer for the product. The refusal, or nothing.
    QCoro::Task<std::optional<StoreError>> lookBeforeWriting(RequestRunner runner,
                                                             QString productId);
    // A 404 to a write naming an image: deleted elsewhere only when the image was listed before
    // and is not listed now; otherwise the described path may be wrong.
    QCoro::Task<StoreError> explainNotFound(RequestRunner runner, QString productId,
                                            QString imageId, StoreError error);
    // The records of an image list answer, by image id and in order (BadResponse when an image of
    // another product is among them: the list path is too broad).
    Result<QList<QJsonObject>> recordsOf(const QJsonValue &list, const QString &productId) const;

    DialectDescription m_d;
    // Mutable memory of one connection, behind a pointer so the builders stay const.
    std::shared_ptr<StoreRecords> m_records = std::make_shared<StoreRecords>();
};

} // namespace vitrine
