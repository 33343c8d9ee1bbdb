// Publishing speed against the physical limits, measured in the same run (issue 17):
//  - 200 alt edits to a generic store without a rate limit, against the same 200 PUTs sent by a
//    bare QNetworkAccessManager over its 6 parallel connections (as `curl --parallel` would):
//    once with a store that answers each write after 40 ms (a store on the network: the issue's
//    store took ~130 writes/s from 6 connections), once answering at once (only the client's own
//    work then limits either);
//  - 60 alt edits under a rate limit (10/s, a burst of 5), against the token bucket's floor:
//    (requests − burst) ÷ rate, with the 429s the store sent (each would be retried).
// The store is the simulator in a child process, so its work is not this process's. Runs
// alternate with their anchor; medians are printed. Nothing asserts on time: only that every
// edit was published.
//   bench_publish            a small configuration (CTest)
//   bench_publish full       the figures of docs/testing.md
//   bench_publish serve N R B L  (the child: a generic store, one product of N images, R/s burst
//                                 B, each write answered after L ms)
#include "benchsupport.h"
#include "tests/net/nettestsupport.h"

#include "demostore/simfault.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "net/requestpipeline.h"
#include "workflow/journal.h"
#include "workflow/publisher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>

using namespace vitrine;
using namespace vitrine::bench;

namespace {

// --- The child: a generic store with one product ---------------------------------------------

int serve(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
    const int images = QByteArray(argv[2]).toInt();
    const RateLimit limit{QByteArray(argv[3]).toDouble(), QByteArray(argv[4]).toInt()};
    const int latencyMs = QByteArray(argv[5]).toInt();
    StoreSimulator sim;
    if (!sim.start())
        return 1;
    const SimDialect d = SimDialect::Generic;
    sim.setRateLimit(d, limit);
    if (latencyMs > 0) {
        SimFault latency; // applied at once, answered later
        latency.method = "PUT";
        latency.path = QRegularExpression(QStringLiteral(".*"));
        latency.delayMs = latencyMs;
        latency.times = -1;
        sim.addFault(latency);
    }
    const ProductSummary product = sim.addProduct(d, QStringLiteral("Bench lamp"));
    const QStringList files = StoreSimulator::demoImageFiles();
    for (int i = 1; i <= images; ++i) {
        NewImage image;
        image.src =
            sim.imageUrl(files.at(i % files.size())).toString() + QStringLiteral("?v=%1").arg(i);
        image.alt = QStringLiteral("Bench lamp, view %1").arg(i);
        sim.addImage(d, product.id, image);
    }
    std::printf("READY %s %s\n", qPrintable(sim.baseUrl().toString()), qPrintable(product.id));
    std::fflush(stdout);
    return app.exec();
}

struct Server : ChildStore {
    Server(int images, RateLimit limit, int latencyMs = 0)
        : ChildStore({QStringLiteral("serve"), QString::number(images),
                      QString::number(limit.requestsPerSecond), QString::number(limit.burst),
                      QString::number(latencyMs)}) {
        if (baseUrl.isEmpty())
            qFatal("the store did not start");
    }
};

StoreProfile profileFor(const Server &server, RateLimit limit) {
    StoreProfile p;
    p.name = QStringLiteral("Bench");
    p.dialect = QStringLiteral("generic");
    p.baseUrl = server.baseUrl;
    p.rateLimit = limit;
    return p;
}

struct Publish {
    double ms = 0;
    int requests = 0; // every API request of the publish (reads, writes, retries)
    int refused = 0;  // 429s answered (each was retried)
};

// Vitrine: the publisher with a journal on disk, `edits` alt edits of the product.
Publish vitrinePublish(const Server &server, RateLimit limit, int edits, int trial) {
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    journal.open();
    auto client = test::makeClient(profileFor(server, limit), {}, PipelineOptions());
    Publish out;
    QObject::connect(&client->pipeline(), &RequestPipeline::retrying, &client->pipeline(),
                     [&out](const QString &, int, int) { ++out.refused; });
    EditSession session;
    const Result<Gallery> gallery = test::await(client->listImages(server.productId));
    if (!gallery)
        qFatal("the store did not list the product");
    session.setCapabilities(client->capabilities());
    session.load(server.productId, gallery.value());
    for (int row = 0; row < edits; ++row)
        session.setAltText({row}, QStringLiteral("Trial %1, alt %2").arg(trial).arg(row));
    Publisher publisher(client.get(), &session);
    publisher.setJournal(&journal, Journal::storeKey(profileFor(server, limit)));
    const qint64 before = client->requestsSent();
    QElapsedTimer timer;
    timer.start();
    const PublishOutcome outcome = test::await(publisher.publish());
    out.ms = double(timer.nsecsElapsed()) / 1e6;
    out.requests = int(client->requestsSent() - before);
    if (outcome.status != PublishOutcome::Status::Published || session.pendingCount() != 0)
        qFatal("the publish did not go through: %s", qPrintable(outcome.message));
    return out;
}

// The anchor: the same PUTs (the generic store's full-replace body) sent all at once by a bare
// QNetworkAccessManager, which keeps 6 connections to a host busy.
double parallelPuts(const Server &server, int edits, int trial) {
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QUrl list = server.baseUrl;
    list.setPath(QStringLiteral("/api/v1/product-images/product/") + server.productId);
    QNetworkReply *listed = nam.get(QNetworkRequest(list));
    while (!listed->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QJsonArray images = QJsonDocument::fromJson(listed->readAll()).array();
    listed->deleteLater();
    QList<QPair<QUrl, QByteArray>> puts;
    for (int i = 0; i < edits && i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        image.insert(QStringLiteral("altText"),
                     QStringLiteral("Anchor %1, alt %2").arg(trial).arg(i));
        QUrl url = server.baseUrl;
        url.setPath(QStringLiteral("/api/v1/product-images/") +
                    QString::number(image.value(QStringLiteral("id")).toInteger()));
        puts.append({url, QJsonDocument(image).toJson(QJsonDocument::Compact)});
    }
    QElapsedTimer timer;
    timer.start();
    int finished = 0;
    for (const auto &[url, body] : std::as_const(puts)) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &finished] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                qFatal("the anchor's PUT failed");
            ++finished;
            reply->deleteLater();
        });
    }
    while (finished < int(puts.size()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return double(timer.nsecsElapsed()) / 1e6;
}

void withoutRateLimit(int edits, int trials, int latencyMs) {
    Server server(edits, RateLimit{}, latencyMs);
    std::vector<double> vitrine;
    std::vector<double> anchor;
    vitrine.reserve(trials);
    anchor.reserve(trials);
    int requests = 0;
    for (int t = 0; t < trials; ++t) {
        anchor.push_back(parallelPuts(server, edits, t));
        const Publish p = vitrinePublish(server, RateLimit{}, edits, t);
        vitrine.push_back(p.ms);
        requests = p.requests;
    }
    const double v = median(vitrine);
    const double a = median(anchor);
    std::printf("\n%d alt edits, generic store without a rate limit, writes answered after %d ms "
                "(median of %d):\n",
                edits, latencyMs, trials);
    std::printf("  Vitrine publish:            %7.0f ms, %4d requests, %6.1f writes/s\n", v,
                requests, 1000.0 * edits / v);
    std::printf("  6 parallel connections:     %7.0f ms, %4d PUTs,     %6.1f writes/s\n", a, edits,
                1000.0 * edits / a);
    std::printf("  rate ratio (Vitrine ÷ anchor): %.2f  (target >= 0.8)\n", a / v);
}

void underRateLimit(int edits, int trials) {
    const RateLimit limit{10, 5};
    Server server(edits, limit);
    std::vector<double> ratios;
    ratios.reserve(trials);
    int refused = 0;
    int requests = 0;
    double ms = 0;
    double floorMs = 0;
    for (int t = 0; t < trials; ++t) {
        // The store's bucket drained from the last trial: wait until it is empty again.
        QElapsedTimer idle;
        idle.start();
        while (double(idle.elapsed()) < 1000 * limit.burst / limit.requestsPerSecond + 200)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const Publish p = vitrinePublish(server, limit, edits, t);
        // Every request of the publish counts in the store's bucket, and so does the list read
        // just before it (the session's load).
        floorMs = 1000.0 * std::max(0, p.requests + 1 - limit.burst) / limit.requestsPerSecond;
        ratios.push_back(p.ms / floorMs);
        refused += p.refused;
        requests = p.requests;
        ms = p.ms;
    }
    std::printf("\n%d alt edits under a rate limit of %.0f/s, burst %d (median of %d):\n", edits,
                limit.requestsPerSecond, limit.burst, trials);
    std::printf("  last: %7.0f ms for %d requests; token-bucket floor %7.0f ms\n", ms, requests,
                floorMs);
    std::printf("  ratio to the floor: %.3f  (target <= 1.05); 429s: %d\n", median(ratios),
                refused);
}

} // namespace

int main(int argc, char **argv) {
    if (argc >= 6 && QByteArray(argv[1]) == "serve")
        return serve(argc, argv);
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
    const bool full = fullRun();
    withoutRateLimit(full ? 200 : 40, full ? 5 : 1, 40);
    withoutRateLimit(full ? 200 : 40, full ? 5 : 1, 0);
    underRateLimit(full ? 60 : 20, full ? 3 : 1);
    return 0;
}
