#pragma once

#include "core/result.h"
#include "net/storeprofile.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace vitrine {

class StoreDialect;

// Makes the dialect a profile names. Built-in dialects register themselves here; another one is
// added with one registerDialect() call (see docs/net.md), with no change to StoreClient.
class DialectFactory {
public:
    // Builds a dialect for the profile (its api version, custom dialect file, overrides), or
    // says why it cannot (Code::InvalidInput with a sentence).
    using Creator = std::function<Result<std::shared_ptr<StoreDialect>>(const StoreProfile &)>;

    // Registers (or replaces) the dialect called name.
    static void registerDialect(const QString &name, Creator creator);
    static bool isRegistered(const QString &name);
    static QStringList registeredNames();

    // The dialect the profile names. (StoreClient applies the profile's ordering and rate-limit
    // overrides on top of the dialect's capabilities.)
    static Result<std::shared_ptr<StoreDialect>> create(const StoreProfile &profile);
};

} // namespace vitrine
