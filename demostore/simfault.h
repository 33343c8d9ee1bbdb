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
//  - status > 0: answer status/body/contentType/headers instead; the request is NOT applied,
//    unless afterApplying: then it is applied first and only its answer is replaced (a store
//    that fails after writing, a proxy in front of it answering 502 with an HTML page).
//  - status == 0: the request is applied normally; `headers` are added to the real answer.
//  - dropConnection: the connection is closed without an answer; the request is NOT applied.
//    QNetworkAccessManager resends a request once by itself when its connection closes before
//    any answer, so use times >= 2 (or -1) for the client to see the failure.
//  - damage: the answer body (injected or real) is made unreadable: Cut in half (not valid
//    JSON), NotUtf8 (bytes that are not UTF-8 inside its strings), Mistyped (valid JSON whose
//    strings are numbers and numbers strings).
//  - delayMs: the outcome (answer or drop) happens this much later (deferred responder).
// storeDown() is a store that answers 503 to every request, forever.
struct SimFault {
    enum class Damage { None, Cut, NotUtf8, Mistyped };

    QByteArray method;
    QRegularExpression path;
    int status = 0;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool dropConnection = false;
    bool afterApplying = false;
    Damage damage = Damage::None;
    int times = 1; // -1: forever

    // Every request of every dialect (and the image host) answered 503, forever; the method and
    // path may be narrowed afterwards (e.g. only writes).
    static SimFault storeDown();
};

} // namespace vitrine
