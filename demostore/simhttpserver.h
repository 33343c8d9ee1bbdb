#pragma once

#include "demostore/simreply.h"
#include "demostore/simrequest.h"

#include <QAbstractHttpServer>

#include <functional>

namespace vitrine {

// One listener of the simulator. Subclasses QAbstractHttpServer rather than using QHttpServer's
// router because every request must first pass the same recording, fault and rate-limit layers,
// whatever its path, before a dialect sees it. Each request becomes a SimRequest value and a
// SimReply that may answer now or later.
class SimHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(const SimRequest &, SimReply)>;

    SimHttpServer(SimRequest::Listener listener, Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SimRequest::Listener m_listener;
    Handler m_handler;
};

} // namespace vitrine
