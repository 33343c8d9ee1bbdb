#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace vitrine::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One finished HTTP exchange, as the tests inspect it.
struct HttpResult {
    int status = 0; // 0: no HTTP answer (connection dropped, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    Headers headers;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const;
};

// A blocking HTTP helper over one long-lived QNetworkAccessManager (no proxy): it sends a request
// and waits for QNetworkReply::finished with a QSignalSpy, so tests assert outside any coroutine.
class SimHttp {
public:
    SimHttp();

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const Headers &headers = {}, int transferTimeoutMs = 0);
    HttpResult get(const QUrl &url, const Headers &headers = {}) {
        return send("GET", url, {}, headers);
    }
    HttpResult post(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    HttpResult put(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    HttpResult del(const QUrl &url, const Headers &headers = {}) {
        return send("DELETE", url, {}, headers);
    }

private:
    QNetworkAccessManager m_nam;
};

// `base` with `path` appended (and an optional query), e.g. url(sim.apiUrl(d), "/products.json").
QUrl url(const QUrl &base, const QString &path, const QString &query = {});

} // namespace vitrine::test
