#pragma once

#include "net/restdialect.h"

namespace vitrine {

// Shopify Admin REST 2024-01 (the reference most merchants know): X-Shopify-Access-Token,
// {"image": {...}} / {"images": [...]}, integer ids (kept as strings), variant_ids, at most 250
// images per product, alt text up to 512 characters. All data, the product list's cursor paging
// (the Link header) included. Its rate limit signals (429 with Retry-After,
// X-Shopify-Shop-Api-Call-Limit) are honoured by the RequestPipeline for every store.
class ShopifyDialect : public RestDialect {
public:
    explicit ShopifyDialect(DialectDescription description = standardDescription());

    static DialectDescription standardDescription();
};

} // namespace vitrine
