#include "demostore/simreply.h"

#include "demostore/simlogging.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTimer>

namespace vitrine {

namespace {

void writeNow(QHttpServerResponder &responder, const SimResponse &r) {
    const auto status = static_cast<QHttpServerResponse::StatusCode>(r.status);
    if (r.status == 204 || r.status == 304) {
        // RFC 9110 §8.6: no Content-Length (and no body headers at all) with 204. Every
        // QHttpServerResponse(Responder)::write() of Qt 6.4 adds Content-Length, and the
        // status-only forms also Content-Type: application/x-empty, so the answer is written
        // piece by piece: status line, the answer's own headers, the blank line.
        responder.writeStatusLine(status);
        for (const auto &h : r.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeBody(QByteArray());
        return;
    }
    QHttpServerResponse response = r.contentType.isEmpty() && r.body.isEmpty()
                                       ? QHttpServerResponse(status)
                                       : QHttpServerResponse(r.contentType, r.body, status);
    for (const auto &h : r.headers)
        response.addHeader(h.first, h.second);
    response.write(std::move(responder));
}

} // namespace

SimReply::SimReply(QHttpServerResponder &&responder)
    : m_responder(std::make_shared<QHttpServerResponder>(std::move(responder)))
    , m_socket(m_responder->socket()) {}

void SimReply::send(SimResponse response, int delayMs) {
    if (delayMs <= 0) {
        if (m_socket)
            writeNow(*m_responder, response);
        return;
    }
    if (!m_socket)
        return;
    // The socket is the timer's context: if the server deletes it first, the timer never fires.
    QTimer::singleShot(delayMs, m_socket.data(),
                       [responder = m_responder, socket = m_socket, response = std::move(response),
                        pending = m_pending] {
                           if (!socket) {
                               qCDebug(lcNetSim) << "client left before the delayed answer";
                               return;
                           }
                           writeNow(*responder, response);
                       });
}

void SimReply::drop(int delayMs) {
    if (!m_socket)
        return;
    // Never abort inside the server's own readyRead handling: defer even a zero delay.
    QTimer::singleShot(qMax(0, delayMs), m_socket.data(),
                       [responder = m_responder, socket = m_socket, pending = m_pending] {
                           if (socket)
                               socket->abort();
                       });
}

void SimReply::holdUntilAnswered(std::shared_ptr<void> token) {
    m_pending = std::move(token);
}

} // namespace vitrine
