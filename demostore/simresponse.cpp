#include "demostore/simresponse.h"

#include <QJsonDocument>

namespace vitrine {

SimResponse SimResponse::json(int status, const QJsonObject &body) {
    return raw(status, "application/json; charset=utf-8",
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SimResponse SimResponse::json(int status, const QJsonArray &body) {
    return raw(status, "application/json; charset=utf-8",
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SimResponse SimResponse::empty(int status) {
    return raw(status, {}, {});
}

SimResponse SimResponse::raw(int status, QByteArray contentType, QByteArray body) {
    SimResponse r;
    r.status = status;
    r.contentType = std::move(contentType);
    r.body = std::move(body);
    return r;
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace vitrine
