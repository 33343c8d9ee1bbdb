#pragma once

#include "demostore/simresponse.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerResponder;

namespace vitrine {

// The way back to one client. Holds the responder in a shared_ptr and the socket in a QPointer so
// that an answer can be written later (simulated latency) or never (dropped connection) without
// touching a socket the server has already deleted. This is the deferred-responder pattern of
// qt-notes §3(b); QFuture-returning handlers are unsafe in QtHttpServer 6.4.
class SimReply {
public:
    explicit SimReply(QHttpServerResponder &&responder);

    // Writes `response` now, or after `delayMs` if the client is still connected then.
    void send(SimResponse response, int delayMs = 0);
    // Closes the connection without answering (after `delayMs`).
    void drop(int delayMs = 0);

private:
    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace vitrine
