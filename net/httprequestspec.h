#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace vitrine {

// One HTTP request as a dialect describes it, before the pipeline adds the base URL, headers,
// auth, throttling and retries. Dialects build these; they never touch QNetworkRequest.
struct HttpRequestSpec {
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    // Relative to the profile's base URL plus the dialect's apiPrefix(), starting with '/':
    // "/product-images/product/42". Ids inside must already be percent-encoded (encodeSegment).
    QString path;
    QUrlQuery query;
    std::optional<QJsonObject> body; // sent as JSON when set
    // Set instead of path for a URL the store handed out (a Location header, a Link rel="next").
    // The pipeline adds the token only when its origin equals the API's.
    QUrl absoluteUrl;
    // The request names no product or image (the product list): a 404 then means the store has
    // no such address (a wrong base URL), not that something was deleted elsewhere.
    bool notFoundMeansWrongAddress = false;

    // GET, PUT, PATCH and DELETE may be repeated safely; POST may not. (Vitrine's PATCH bodies
    // set absolute values, never increments, so sending one twice changes nothing more.)
    bool isIdempotent() const { return method != Method::Post; }
    QString methodName() const;
    // "PUT /product-images/7" for logs and test failures (no query values, no body).
    QString describe() const;

    static HttpRequestSpec get(QString path, QUrlQuery query = {});
    static HttpRequestSpec post(QString path, QJsonObject body);
    static HttpRequestSpec put(QString path, QJsonObject body);
    static HttpRequestSpec patch(QString path, QJsonObject body);
    static HttpRequestSpec del(QString path);

    // Percent-encodes one path segment (an id), so "a/b" or "../x" cannot escape its place.
    static QString encodeSegment(const QString &segment);

    friend bool operator==(const HttpRequestSpec &, const HttpRequestSpec &) = default;
};

} // namespace vitrine
