#include "net/httprequestspec.h"

namespace vitrine {

QString HttpRequestSpec::methodName() const {
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    }
    return QStringLiteral("GET");
}

QString HttpRequestSpec::describe() const {
    const QString target = absoluteUrl.isValid()
                               ? absoluteUrl.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                               : path;
    return methodName() + QLatin1Char(' ') + target;
}

HttpRequestSpec HttpRequestSpec::get(QString path, QUrlQuery query) {
    HttpRequestSpec s;
    s.method = Method::Get;
    s.path = std::move(path);
    s.query = std::move(query);
    return s;
}

HttpRequestSpec HttpRequestSpec::post(QString path, QJsonObject body) {
    HttpRequestSpec s;
    s.method = Method::Post;
    s.path = std::move(path);
    s.body = std::move(body);
    return s;
}

HttpRequestSpec HttpRequestSpec::put(QString path, QJsonObject body) {
    HttpRequestSpec s;
    s.method = Method::Put;
    s.path = std::move(path);
    s.body = std::move(body);
    return s;
}

HttpRequestSpec HttpRequestSpec::patch(QString path, QJsonObject body) {
    HttpRequestSpec s = put(std::move(path), std::move(body));
    s.method = Method::Patch;
    return s;
}

HttpRequestSpec HttpRequestSpec::del(QString path) {
    HttpRequestSpec s;
    s.method = Method::Delete;
    s.path = std::move(path);
    return s;
}

QString HttpRequestSpec::encodeSegment(const QString &segment) {
    // Keep only RFC 3986 unreserved characters literal; '/', '?', '#', '%' and '.' sequences are
    // encoded so an id can never change the path it is put into.
    QByteArray encoded = QUrl::toPercentEncoding(segment);
    if (encoded == "." || encoded == "..")
        encoded.replace('.', "%2E");
    return QString::fromLatin1(encoded);
}

} // namespace vitrine
