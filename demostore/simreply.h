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
    // Kept until the answer is written, the connection dropped or the client gone (the
    // simulator's count of requests in flight ends with it).
    void holdUntilAnswered(std::shared_ptr<void> token);

private:
    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<void> m_pending;
};

} // namespace vitrine
