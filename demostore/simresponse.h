#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace vitrine {

// An answer before it is written to the socket. Dialects build these synchronously; the fault
// layer may still alter, delay or drop them.
struct SimResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimResponse json(int status, const QJsonObject &body);
    static SimResponse json(int status, const QJsonArray &body);
    static SimResponse empty(int status); // no body at all (204)
    static SimResponse raw(int status, QByteArray contentType, QByteArray body);

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    QByteArray header(const QByteArray &name) const;
};

} // namespace vitrine
