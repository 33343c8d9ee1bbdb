#pragma once

// Shared by the catalog tests: a client for one of the simulator's stores (every built-in
// dialect), the catalog as the simulator holds it (to compare a scan's result with), and the
// simulator's API requests. Builds on tests/dialects/dialecttestsupport.h.
#include "tests/dialects/dialecttestsupport.h"

#include "core/catalogproduct.h"

#include <QTemporaryDir>

namespace vitrine::test {

// A store of the simulator by dialect name: "generic", "shopline", "shoplazza", "shopify".
struct CatalogStoreUnderTest {
    QString dialect;
    SimDialect sim;
    QString token; // what the simulator requires (generic: none)
};

inline CatalogStoreUnderTest catalogStore(const QString &dialect) {
    if (dialect == QLatin1String("generic"))
        return {dialect, SimDialect::Generic, {}};
    return {dialect, builtinDialect(dialect).sim, testToken()};
}

inline std::unique_ptr<StoreClient> catalogClient(const StoreSimulator &sim,
                                                  const CatalogStoreUnderTest &store,
                                                  RateLimit rate = RateLimit{200, 40}) {
    StoreProfile profile = simProfile(sim, store.dialect);
    profile.rateLimit = rate;
    return makeClient(profile, store.token);
}

// The simulator's catalog in the shape a scan stores it: listing order, display order. Only
// what every dialect reports is compared (ids, titles, sources, alt texts, positions).
struct ComparableImage {
    QString id;
    QString src;
    QString alt;
    int position = 0;
    friend bool operator==(const ComparableImage &, const ComparableImage &) = default;
};
struct ComparableProduct {
    QString id;
    QString title;
    QList<ComparableImage> images;
    friend bool operator==(const ComparableProduct &, const ComparableProduct &) = default;
};

inline QList<ComparableImage> comparable(const Gallery &gallery) {
    QList<ComparableImage> out;
    for (const ProductImage &i : gallery)
        out << ComparableImage{i.id, i.src, i.alt, i.position};
    return out;
}

inline QList<ComparableProduct> comparable(const QList<CatalogProduct> &products) {
    QList<ComparableProduct> out;
    for (const CatalogProduct &p : products)
        out << ComparableProduct{p.id, p.title, comparable(p.images)};
    return out;
}

// The generic store's titles come from its product list (the demo extension's "name").
inline QList<ComparableProduct> simulatorCatalog(const StoreSimulator &sim, SimDialect dialect) {
    QList<ComparableProduct> out;
    for (const ProductSummary &p : sim.products(dialect))
        out << ComparableProduct{p.id, p.title, comparable(sim.images(dialect, p.id))};
    return out;
}

inline int apiRequests(const StoreSimulator &sim) {
    int n = 0;
    for (const SimRequest &r : sim.recordedRequests())
        n += r.listener == SimRequest::Listener::Api ? 1 : 0;
    return n;
}

} // namespace vitrine::test

// QTest prints these on a failed QCOMPARE.
namespace QTest {
template <> inline char *toString(const vitrine::test::ComparableProduct &p) {
    return qstrdup(QStringLiteral("%1 \"%2\" (%3 images)")
                       .arg(p.id, p.title)
                       .arg(p.images.size())
                       .toUtf8()
                       .constData());
}
} // namespace QTest
