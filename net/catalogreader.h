#pragma once

#include "core/catalogproduct.h"
#include "core/result.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

namespace vitrine {

class StoreClient;

// Where a catalog read continues: at the start, at the store's next-page address (a Link header's
// rel="next"), at a page number, or nowhere (the listing is read). A plain value the catalog keeps
// on disk after every page, so a scan that was cancelled or killed resumes at the page it stopped.
struct CatalogCursor {
    enum class Kind { Start, NextUrl, PageNumber, End };
    Kind kind = Kind::Start;
    QUrl url;     // NextUrl
    int page = 0; // PageNumber

    static CatalogCursor start() { return {}; }
    static CatalogCursor end() { return {Kind::End, {}, 0}; }
    bool atEnd() const { return kind == Kind::End; }

    QJsonObject toJson() const;
    static std::optional<CatalogCursor> fromJson(const QJsonObject &json);
    friend bool operator==(const CatalogCursor &, const CatalogCursor &) = default;
};

// One product of a listing page. galleryListed: the listing carried the product's images (then
// product.images is its gallery); otherwise the gallery is read on its own (readGallery()).
struct ListedProduct {
    CatalogProduct product;
    bool galleryListed = false;

    friend bool operator==(const ListedProduct &, const ListedProduct &) = default;
};

struct CatalogPage {
    QList<ListedProduct> products;
    CatalogCursor next; // End after the last page
};

// Reads a store's whole catalog with the fewest requests its dialect allows (docs/catalog.md):
//  - WholeStoreImages (the generic API): its product list for the titles (GET /products, a
//    demo-store extension: a 404 means ids are the titles), then every image of the store in one
//    answer (GET /product-images), or — where that list does not exist — its zero-based pages
//    (/product-images/pagination, 100 a page); one readPage() reads it all;
//  - ProductPages (SHOPLINE, Shoplazza, Shopify, custom dialects with a product list): the product
//    list page by page (250 a page, paged as the dialect's description says) with each product's
//    title, variants, update stamp and — where the listing embeds them, as Shopify documents —
//    its images; a product listed without images needs readGallery() (one gallery read).
// Every request goes through the client's pipeline (throttle, retries, token only to the API) and
// is counted in StoreClient::requestsSent(). The client must outlive the tasks.
class CatalogReader {
public:
    enum class Shape { WholeStoreImages, ProductPages };
    static constexpr int kProductPageSize = 250;
    static constexpr int kImagePageSize = 100; // the generic pagination's most per page
    static constexpr int kMaxPages = 1000;

    explicit CatalogReader(StoreClient *client);

    // How this store's catalog is read; Code::Unsupported (a sentence) when it cannot be: a
    // store with no product list and no list of all its images.
    Result<Shape> shape() const;

    // One page of the listing from cursor on (for WholeStoreImages: all of it).
    QCoro::Task<Result<CatalogPage>> readPage(CatalogCursor cursor);
    // The gallery of a product its listing did not carry images for.
    QCoro::Task<Result<Gallery>> readGallery(QString productId);

private:
    StoreClient *m_client;
};

} // namespace vitrine
