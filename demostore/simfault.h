#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace vitrine {

// A fault injected into the simulator for tests. It applies to the next `times` requests (on
// either listener) whose method equals `method` (empty: any) and whose path matches `path`
// (unanchored unless the pattern anchors it; the path includes the dialect prefix, e.g.
// "/admin/api/2024-01/products/\\d+/images\\.json$").
//  - status > 0: answer status/body/contentType/headers instead; the request is NOT applied.
//  - status == 0: the request is applied normally; `headers` are added to the real answer.
//  - dropConnection: the connection is closed without an answer; the request is NOT applied.
//    QNetworkAccessManager resends a request once by itself when its connection closes before
//    any answer, so use times >= 2 (or -1) for the client to see the failure.
//  - malformedBody: the answer body (injected or real) is cut in half, so it is not valid JSON.
//  - delayMs: the outcome (answer or drop) happens this much later (deferred responder).
struct SimFault {
    QByteArray method;
    QRegularExpression path;
    int status = 0;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool dropConnection = false;
    bool malformedBody = false;
    int times = 1; // -1: forever
};

} // namespace vitrine
