#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace vitrine {

// The store dialects the simulator speaks at once, each under its own path prefix.
enum class SimDialect {
    Generic,   // /api/v1/product-images (seeds 000, 003) + /api/v1/products (Vitrine extension)
    Shopline,  // /admin/openapi/v20250601
    Shoplazza, // /openapi/2022-01
    Shopify,   // /admin/api/2024-01
};

// How a store writes its error bodies, where its documents show more than one way
// (StoreSimulator::setErrorStyle). Dialects ignore the styles that are not theirs.
enum class SimErrorStyle {
    Documented,     // every dialect's usual bodies (the default)
    Details,        // generic: {status, error, message, details:[{field, message}]}
    StatusAndError, // generic: only {status, error}
    PlainText,      // Shoplazza (seed 002): 400 "Bad Request", 401 "Unauthorized" as text/plain
};

QList<SimDialect> allSimDialects();
QString simDialectName(SimDialect dialect); // "generic", "shopline", "shoplazza", "shopify"
bool parseSimDialect(const QString &name, SimDialect *out);

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::SimDialect)
