#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace vitrine {

// One HTTP request as the simulator received it. The same value is routed to a dialect and kept by
// the recorder, so tests can assert on exactly what a client sent (e.g. that no image request
// carried a token).
struct SimRequest {
    enum class Listener {
        Api, // 127.0.0.1: the store APIs
        Cdn, // localhost: the image host
    };

    Listener listener = Listener::Api;
    QByteArray method; // "GET", "POST", ...
    QString path;      // percent-encoded path as sent, e.g. "/api/v1/product-images/3"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The value of header `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

} // namespace vitrine
