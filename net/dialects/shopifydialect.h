#pragma once

#include "net/restdialect.h"

namespace vitrine {

// Shopify Admin REST 2024-01 (the reference most merchants know): X-Shopify-Access-Token,
// {"image": {...}} / {"images": [...]}, integer ids (kept as strings), variant_ids, at most 250
// images per product, alt text up to 512 characters. All data, except the product list, which is
// paged by a cursor in the Link header. Its rate limit signals (429 with Retry-After,
// X-Shopify-Shop-Api-Call-Limit) are honoured by the RequestPipeline for every store.
class ShopifyDialect : public RestDialect {
public:
    explicit ShopifyDialect(DialectDescription description = standardDescription());

    static DialectDescription standardDescription();

    QCoro::Task<Result<QList<ProductSummary>>> listProducts(RequestRunner runner) override;
};

} // namespace vitrine
