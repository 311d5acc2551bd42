#pragma once

#include "http/Request.h"
#include "http/Responder.h"

#include <QAbstractHttpServer>

#include <functional>

namespace osm::sim {

// The listening side: QtHttpServer 6.4 parses the request, we route it ourselves and write the answer to
// the socket directly (see Responder). QAbstractHttpServer rather than QHttpServer because its
// handleRequest() hands over the socket, which socket-level faults and delayed answers need.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(Request, Responder)>;

    explicit HttpFront(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace osm::sim
