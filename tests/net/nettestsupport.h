#pragma once

#include "demostore/storesimulator.h"
#include "net/requestpipeline.h"
#include "net/storeclient.h"
#include "net/storeprofile.h"

#include <QCoroTask>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <memory>

namespace vitrine::test {

// Pipeline tuning for tests: tiny backoffs and a fixed jitter source, so runs are fast and
// identical. Nothing here is timing-sensitive: assertions count requests, never milliseconds.
inline PipelineOptions fastOptions() {
    PipelineOptions o;
    o.baseBackoffMs = 5;
    o.maxBackoffMs = 40;
    o.random = [] { return 0.5; };
    return o;
}

inline StoreProfile genericProfile(const StoreSimulator &sim, int timeoutMs = 10000,
                                   int maxRetries = 4) {
    StoreProfile p;
    p.name = QStringLiteral("Simulator");
    p.dialect = QStringLiteral("generic");
    p.baseUrl = sim.baseUrl();
    p.timeoutMs = timeoutMs;
    p.maxRetries = maxRetries;
    return p;
}

// A client for the simulator's generic store that never goes through a proxy.
inline std::unique_ptr<StoreClient> makeClient(StoreProfile profile, const QString &token = {},
                                               PipelineOptions options = fastOptions()) {
    auto client = std::make_unique<StoreClient>(std::move(profile), token, std::move(options));
    client->pipeline().networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
    return client;
}

// Runs a task to its end in a nested event loop. Our coroutines never throw (qt-notes §1.1).
template <typename T> T await(QCoro::Task<T> task) {
    return QCoro::waitFor(std::move(task));
}

// Requests the simulator received for method and path (a regular expression on the path).
inline int countRequests(const StoreSimulator &sim, const QByteArray &method,
                         const QString &pathPattern) {
    const QRegularExpression re(pathPattern);
    int n = 0;
    for (const SimRequest &r : sim.recordedRequests()) {
        if (r.method == method && re.match(r.path).hasMatch())
            ++n;
    }
    return n;
}

// A test data file's bytes (empty when it cannot be read).
inline QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline SimFault fault(const QByteArray &method, const QString &path, int status,
                      const QByteArray &body = {}, int times = 1) {
    SimFault f;
    f.method = method;
    f.path = QRegularExpression(path);
    f.status = status;
    f.body = body;
    f.times = times;
    return f;
}

} // namespace vitrine::test
