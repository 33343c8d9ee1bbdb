#pragma once

#include "core/productimage.h"
#include "core/result.h"
#include "net/dialectdescription.h"
#include "net/httpresponse.h"
#include "net/requestrunner.h"

#include <QCoroTask>
#include <QList>
#include <QUrl>

#include <optional>

namespace vitrine {

class RestDialect;

// A store's whole product listing, read page by page. Stores page it in one of two ways
// (DialectDescription::ProductPaging, which custom dialect files name too):
//  - a cursor in the Link header, `<https://…/products.json?limit=250&page_info=…>; rel="next"`
//    (SHOPLINE, Shopify): the next page is followed until there is none;
//  - numbered pages, `?page=1&limit=250`, 2, … until a short page (Shoplazza).
// Both are bounded: a store that keeps pointing further, in a circle or to another host ends in
// Code::BadResponse instead of keeping the client paging for ever. Products seen twice (a listing
// that shifted while it was read) are kept once. Listings that embed each product's "images" give
// its imageCount.
class ProductListing {
public:
    using Paging = DialectDescription::ProductPaging;
    static constexpr int kPageSize = 250; // the most SHOPLINE, Shoplazza and Shopify give at once
    static constexpr int kMaxPages = 400; // 100,000 products

    // The listing as the dialect's description pages it (productPaging): followLinks() for
    // LinkHeader, numberedPages() for Pages, one dialect->listProductsRequest() for None. The
    // dialect outlives the task (StoreClient keeps it alive while its operations run).
    static QCoro::Task<Result<QList<ProductSummary>>>
    read(RequestRunner runner, const RestDialect *dialect, int maxPages = kMaxPages);

    // The first page is dialect->listProductsRequest() with paging.sizeParam set to
    // paging.pageSize; each page is read with dialect->parseProducts().
    static QCoro::Task<Result<QList<ProductSummary>>> followLinks(RequestRunner runner,
                                                                  const RestDialect *dialect,
                                                                  Paging paging,
                                                                  int maxPages = kMaxPages);
    // paging.pageParam = firstPage, firstPage + 1, … with paging.sizeParam = pageSize.
    static QCoro::Task<Result<QList<ProductSummary>>> numberedPages(RequestRunner runner,
                                                                    const RestDialect *dialect,
                                                                    Paging paging,
                                                                    int maxPages = kMaxPages);
    // The same with `limit` = pageSize (and `page` from 1).
    static QCoro::Task<Result<QList<ProductSummary>>> followLinks(RequestRunner runner,
                                                                  const RestDialect *dialect,
                                                                  int pageSize = kPageSize,
                                                                  int maxPages = kMaxPages);
    static QCoro::Task<Result<QList<ProductSummary>>> numberedPages(RequestRunner runner,
                                                                    const RestDialect *dialect,
                                                                    int pageSize = kPageSize,
                                                                    int maxPages = kMaxPages);

    // The rel="next" target of the answer's Link header, resolved against the answer's URL.
    static std::optional<QUrl> nextLink(const HttpResponse &response);
    // One page read by the dialect, with imageCount taken from embedded "images" lists.
    static Result<QList<ProductSummary>> parsePage(const RestDialect &dialect,
                                                   const HttpResponse &response);
};

} // namespace vitrine
