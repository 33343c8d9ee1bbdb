#pragma once

// Shared by the dialect tests: which simulator catalog each built-in dialect talks to, what an
// authenticated request of that dialect looks like, and small helpers over the simulator's
// request record. Builds on tests/net/nettestsupport.h (client, await, faults).
#include "tests/net/nettestsupport.h"

#include "net/storeclient.h"
#include "net/storedialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace vitrine::test {

// The token every simulator dialect is set to require in these tests.
inline QString testToken() {
    return QStringLiteral("test-token");
}

// One built-in dialect as the tests see it.
struct DialectUnderTest {
    QString dialect; // the profile's dialect name
    SimDialect sim;  // the simulator catalog that speaks it
    QByteArray authHeader;
    QByteArray authPrefix;    // put before the token: "Bearer " or nothing
    QString unknownProductId; // well-formed for the dialect, not in the catalog
    QString unknownImageId;
    QString malformedId; // refused by the dialect before sending

    QByteArray authValue(const QString &token = testToken()) const {
        return authPrefix + token.toUtf8();
    }
};

inline QList<DialectUnderTest> builtinDialects() {
    return {
        {QStringLiteral("shopline"), SimDialect::Shopline, QByteArrayLiteral("Authorization"),
         QByteArrayLiteral("Bearer "), QStringLiteral("16057850264845250799999999"),
         QStringLiteral("578506024237568999999999"), QStringLiteral("1605785026x")},
        {QStringLiteral("shoplazza"), SimDialect::Shoplazza, QByteArrayLiteral("access-token"),
         QByteArray(), QStringLiteral("00000000-0000-4000-8000-000000000001"),
         QStringLiteral("00000000-0000-4000-8000-000000000002"),
         QStringLiteral("9fb9f3c6-2300-42c1-8593")},
        {QStringLiteral("shopify"), SimDialect::Shopify,
         QByteArrayLiteral("X-Shopify-Access-Token"), QByteArray(), QStringLiteral("7999999999"),
         QStringLiteral("39999999999"), QStringLiteral("gid://shopify/ProductImage/1")},
    };
}

inline DialectUnderTest builtinDialect(const QString &name) {
    for (const DialectUnderTest &d : builtinDialects()) {
        if (d.dialect == name)
            return d;
    }
    qFatal("no such dialect under test: %s", qPrintable(name));
    return {};
}

// Every header name any dialect authenticates with; none may reach the image host.
inline QList<QByteArray> allAuthHeaders() {
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("access-token"),
            QByteArrayLiteral("X-Shopify-Access-Token")};
}

// A profile for the simulator with small timeouts and retries. The client's own throttle is far
// faster than any dialect's default (the simulator's limiter is off unless a test turns it on), so
// tests run quickly; it still reacts to 429s and X-Shopify-Shop-Api-Call-Limit, only with waits of
// milliseconds instead of seconds. Tests count requests, never time them.
inline StoreProfile simProfile(const StoreSimulator &sim, const QString &dialect,
                               int maxRetries = 1) {
    StoreProfile p;
    p.name = QStringLiteral("Simulator ") + dialect;
    p.dialect = dialect;
    p.baseUrl = sim.baseUrl();
    p.timeoutMs = 10000;
    p.maxRetries = maxRetries;
    p.rateLimit = RateLimit{200, 40};
    return p;
}

// A client of dialect d on the simulator, with the tests' fast backoff (nettestsupport.h).
inline std::unique_ptr<StoreClient> dialectClient(const StoreSimulator &sim,
                                                  const DialectUnderTest &d,
                                                  const QString &token = testToken(),
                                                  int maxRetries = 1, int timeoutMs = 10000) {
    StoreProfile p = simProfile(sim, d.dialect, maxRetries);
    p.timeoutMs = timeoutMs;
    return makeClient(std::move(p), token);
}

// The "dialect" column of a test run once per built-in dialect.
inline void addDialectRows() {
    QTest::addColumn<QString>("dialect");
    for (const DialectUnderTest &d : builtinDialects())
        QTest::newRow(qPrintable(d.dialect)) << d.dialect;
}

// A demo product with at least minImages images (and variants when asked).
inline QString demoProduct(const StoreSimulator &sim, SimDialect dialect, int minImages,
                           bool withVariants = false) {
    for (const ProductSummary &p : sim.products(dialect)) {
        if (sim.images(dialect, p.id).size() >= minImages &&
            (!withVariants || !sim.variantIds(dialect, p.id).isEmpty()))
            return p.id;
    }
    return {};
}

inline QStringList idsOf(const Gallery &gallery) {
    QStringList out;
    for (const ProductImage &i : gallery)
        out << i.id;
    return out;
}

inline QList<SimRequest> requestsOn(const StoreSimulator &sim, SimRequest::Listener listener) {
    QList<SimRequest> out;
    for (const SimRequest &r : sim.recordedRequests()) {
        if (r.listener == listener)
            out << r;
    }
    return out;
}

// "GET /openapi/2022-01/products/…" for each API request, in order.
inline QStringList apiCalls(const StoreSimulator &sim) {
    QStringList out;
    for (const SimRequest &r : requestsOn(sim, SimRequest::Listener::Api))
        out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    return out;
}

inline QJsonObject jsonBody(const SimRequest &r) {
    return QJsonDocument::fromJson(r.body).object();
}

// For QVERIFY2: the error of a failed result, or nothing.
template <typename T> QByteArray why(const Result<T> &result) {
    if (result.ok())
        return {};
    const StoreError &e = result.error();
    return (StoreError::codeName(e.code) + QStringLiteral(" (HTTP %1): ").arg(e.httpStatus) +
            e.storeMessage)
        .toUtf8();
}

} // namespace vitrine::test
