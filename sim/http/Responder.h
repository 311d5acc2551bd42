#pragma once

#include "http/Response.h"

#include <QPointer>
#include <QTcpSocket>

namespace osm::sim {

// Writes HTTP/1.1 answers straight to the connection's socket. Writing the bytes ourselves (rather than via
// QHttpServerResponder) is what lets the fault injector cut a body, lie about its length or hang up.
class Responder
{
public:
    explicit Responder(QTcpSocket *socket, bool closeAfterReply = false);

    bool isConnected() const;

    // Adds X-Request-Id (and request_id to gateway bodies); call before any of the writers below.
    static void finalize(Response &response, const QByteArray &requestId);

    void send(const Response &response);
    // A well-formed HTTP message whose body is the first half of the real one (JSON cut in half).
    void sendTruncated(const Response &response);
    // Headers announce the whole body, half of it follows, then the connection closes.
    void sendHalfThenClose(const Response &response);
    // Closes the connection without answering.
    void drop();

private:
    void write(const Response &response, qsizetype bodyBytes, qsizetype contentLength, bool close);

    QPointer<QTcpSocket> m_socket;
    bool m_closeAfterReply;
};

} // namespace osm::sim
