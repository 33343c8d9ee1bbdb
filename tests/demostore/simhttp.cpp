#include "simhttp.h"

#include <QNetworkProxy>
#include <QSignalSpy>

namespace vitrine::test {

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResult::hasHeader(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpResult::isJson() const {
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

SimHttp::SimHttp() {
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

HttpResult SimHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                         const Headers &headers, int transferTimeoutMs) {
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
    }
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

HttpResult SimHttp::post(const QUrl &url, const QJsonObject &body, const Headers &headers) {
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SimHttp::put(const QUrl &url, const QJsonObject &body, const Headers &headers) {
    return send("PUT", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QUrl url(const QUrl &base, const QString &path, const QString &query) {
    QUrl u = base;
    u.setPath(base.path() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

} // namespace vitrine::test
