#pragma once

#include "core/result.h"
#include "net/dialectdescription.h"
#include "net/storeprofile.h"

#include <memory>

namespace vitrine {

class StoreDialect;

// A dialect's description (built in, or read from a custom dialect file) adjusted to one store
// profile: the profile's API version (or the dialect's default) fills "{version}", and
// protocol-relative sources ("//cdn/x.jpg") are resolved with the scheme of the store's address
// (the profile's, else the description's baseUrl; https when neither says).
DialectDescription describedForProfile(DialectDescription description, const StoreProfile &profile);

// The DialectFactory entry of an adapter D (a RestDialect with `static DialectDescription
// standardDescription()`), so every built-in adapter is registered the same way:
//   creators.insert("shopline", createDialectForProfile<ShoplineDialect>);
template <typename D>
Result<std::shared_ptr<StoreDialect>> createDialectForProfile(const StoreProfile &profile) {
    return std::shared_ptr<StoreDialect>(
        std::make_shared<D>(describedForProfile(D::standardDescription(), profile)));
}

} // namespace vitrine
