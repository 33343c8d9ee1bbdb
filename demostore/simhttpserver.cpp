#include "demostore/simhttpserver.h"

#include "demostore/simlogging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace vitrine {

namespace {

QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SimHttpServer::SimHttpServer(SimRequest::Listener listener, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_listener(listener)
    , m_handler(std::move(handler)) {}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    SimRequest r;
    r.listener = m_listener;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    m_handler(r, SimReply(makeResponder(request, socket)));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Unreachable: handleRequest() takes every request. Answer anyway rather than hang a client.
    qCWarning(lcNetSim) << "unhandled request" << request.url();
    SimReply(makeResponder(request, socket)).send(SimResponse::empty(404));
}

} // namespace vitrine
