#pragma once

// Shared by the publisher tests: a running store simulator, a client for one of its dialects, an
// editing session on one of its products and a Publisher, plus ways to describe galleries and
// count the writes the store received. Builds on tests/net/nettestsupport.h.
#include "tests/net/nettestsupport.h"

#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "workflow/publisher.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace vitrine::test {

inline SimDialect simDialect(const QString &name) {
    SimDialect d = SimDialect::Generic;
    if (!parseSimDialect(name, &d))
        qFatal("unknown simulator dialect %s", qPrintable(name));
    return d;
}

// The token the simulator requires by default (generic: none).
inline QString defaultToken(SimDialect d) {
    return d == SimDialect::Generic ? QString() : QStringLiteral("test-token");
}

// A profile for the simulator: short timeouts, one retry, and a client-side rate limit far
// above anything a test sends (so a store's call-limit header never slows a test down).
inline StoreProfile storeProfile(const StoreSimulator &sim, SimDialect d,
                                 std::optional<OrderingSemantics> ordering = std::nullopt) {
    StoreProfile p;
    p.name = QStringLiteral("Publish test ") + simDialectName(d);
    p.dialect = simDialectName(d);
    p.baseUrl = sim.baseUrl();
    p.timeoutMs = 10000;
    p.maxRetries = 1;
    p.rateLimit = RateLimit{1000, 1000};
    p.ordering = ordering;
    return p;
}

// The dialects a fault is tried in: the four built in, and "acme", the store the simulator
// describes with a custom dialect file (data-driven, over the generic catalog).
inline QStringList everyDialect() {
    return {QStringLiteral("generic"), QStringLiteral("shopline"), QStringLiteral("shoplazza"),
            QStringLiteral("shopify"), QStringLiteral("acme")};
}

// A loopback address where nothing listens: connections are refused.
inline QUrl deadStoreUrl() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return QUrl(QStringLiteral("http://127.0.0.1:9"));
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// "src|alt" (and "|variants" sorted, where the store has them) per image, display order.
inline QString describeImage(const ProductImage &image, bool variants) {
    QString s = image.src + QLatin1Char('|') + image.alt;
    if (variants) {
        QStringList v = image.variantIds;
        v.sort();
        s += QLatin1Char('|') + v.join(QLatin1Char(','));
    }
    return s;
}

inline QStringList describe(const Gallery &gallery, bool variants = false) {
    QStringList out;
    for (const ProductImage &image : gallery)
        out << describeImage(image, variants);
    return out;
}

inline QStringList describe(const QList<StagedImage> &rows, bool variants = false) {
    QStringList out;
    for (const StagedImage &row : rows)
        out << describeImage(row.image, variants);
    return out;
}

// Write requests the store gets for a plan: one per op. (A batched alt write, Shoplazza's alt
// text through the product, is one GET of the product, which is a read, and one PUT.)
inline int expectedWrites(const PublishPlan &plan) {
    return int(plan.ops.size());
}

inline bool isWrite(const SimRequest &r) {
    return r.listener == SimRequest::Listener::Api &&
           (r.method == "POST" || r.method == "PUT" || r.method == "PATCH" || r.method == "DELETE");
}

// One product of one simulator dialect, edited in a session and published by a Publisher.
struct PublishRig {
    std::unique_ptr<StoreSimulator> sim;
    std::unique_ptr<StoreClient> client;
    std::unique_ptr<EditSession> session;
    std::unique_ptr<Publisher> publisher;
    SimDialect dialect = SimDialect::Generic; // whose catalog the store serves
    QString productId;
    Gallery loaded;
    StoreProfile profile; // what the client was made with
    QString token;
    QTemporaryDir files; // a custom dialect file

    // Starts the simulator, connects and loads a product with at least minImages images (one of
    // its own when the demo products have fewer).
    bool start(SimDialect d, std::optional<OrderingSemantics> profileOrdering = std::nullopt,
               int minImages = 6) {
        dialect = d;
        sim = std::make_unique<StoreSimulator>();
        if (!sim->start())
            return false;
        for (const ProductSummary &p : sim->products(d)) {
            if (sim->images(d, p.id).size() >= minImages) {
                productId = p.id;
                break;
            }
        }
        if (productId.isEmpty() && !addProduct(minImages))
            return false;
        session = std::make_unique<EditSession>();
        connect(storeProfile(*sim, d, profileOrdering), defaultToken(d));
        return load();
    }

    // A product of its own with `images` images (demo pictures under other names).
    bool startOnNewProduct(SimDialect d, int images) {
        return start(d) && addProduct(images) && load();
    }
    bool addProduct(int images) {
        productId = sim->addProduct(dialect, QStringLiteral("Publish test product")).id;
        const QStringList files = StoreSimulator::demoImageFiles();
        for (int i = 0; i < images; ++i) {
            NewImage image;
            image.src =
                imageUrl(QStringLiteral("n%1-%2").arg(i + 1).arg(files.at(i % files.size())));
            image.alt = QStringLiteral("alt %1").arg(i + 1);
            if (!sim->addImage(dialect, productId, image))
                return false;
        }
        return true;
    }

    // By name: a built-in dialect, or "acme" (a custom dialect file describing the simulator's
    // acme store, over the generic catalog).
    bool start(const QString &name, int minImages = 6) {
        if (name != QLatin1String("acme"))
            return start(simDialect(name), std::nullopt, minImages);
        if (!start(SimDialect::Generic, std::nullopt, minImages) || !files.isValid())
            return false;
        const QString path = files.filePath(QStringLiteral("acme.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(StoreSimulator::acmeDescriptionFile()) < 0)
            return false;
        file.close();
        StoreProfile acme = profile;
        acme.name = QStringLiteral("Publish test acme");
        acme.dialect = QStringLiteral("custom");
        acme.customDialectFile = path;
        connect(acme, QStringLiteral("test-token"));
        return load();
    }

    // A new client and publisher (the session stays): another address, token or ordering.
    void connect(StoreProfile newProfile, QString newToken) {
        publisher.reset();
        profile = std::move(newProfile);
        token = std::move(newToken);
        client = makeClient(profile, token, fastOptions());
        publisher = std::make_unique<Publisher>(client.get(), session.get());
    }

    // Reads the gallery and starts editing it.
    bool load() {
        const Result<Gallery> g = await(client->listImages(productId));
        if (!g)
            return false;
        loaded = g.value();
        session->setCapabilities(client->capabilities());
        session->load(productId, loaded);
        return true;
    }

    Gallery server() const { return sim->images(dialect, productId); }
    bool hasVariants() const { return dialect == SimDialect::Shopify; }

    QList<SimRequest> writes() const {
        QList<SimRequest> out;
        for (const SimRequest &r : sim->recordedRequests())
            if (isWrite(r))
                out << r;
        return out;
    }
    // Every request to the store's API (reads too) since the recording was last cleared.
    QList<SimRequest> apiRequests() const {
        QList<SimRequest> out;
        for (const SimRequest &r : sim->recordedRequests())
            if (r.listener == SimRequest::Listener::Api)
                out << r;
        return out;
    }
    int writeCount(const QByteArray &method = {}) const {
        int n = 0;
        for (const SimRequest &r : writes())
            if (method.isEmpty() || r.method == method)
                ++n;
        return n;
    }

    PublishOutcome publish(QList<Conflict> resolved = {}) {
        return await(publisher->publish(std::move(resolved)));
    }

    QString imageUrl(const QString &file) const { return sim->imageUrl(file).toString(); }
};

// How often each source appears on the server (duplicates show up as counts above 1).
inline int countSource(const Gallery &gallery, const QString &src) {
    return int(std::count_if(gallery.cbegin(), gallery.cend(),
                             [&src](const ProductImage &i) { return i.src == src; }));
}

} // namespace vitrine::test

// QVERIFY2 of an outcome's status that names both statuses and the outcome's message.
#define VERIFY_STATUS(outcome, expected)                                                           \
    QVERIFY2(                                                                                      \
        (outcome).status == (expected),                                                            \
        qPrintable(QStringLiteral("status %1, expected %2: %3")                                    \
                       .arg(vitrine::PublishOutcome::statusName((outcome).status),                 \
                            vitrine::PublishOutcome::statusName(expected), (outcome).message)))
