#include "Responder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace osm::sim {

Responder::Responder(QTcpSocket *socket, bool closeAfterReply)
    : m_socket(socket)
    , m_closeAfterReply(closeAfterReply)
{
}

bool Responder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Responder::finalize(Response &response, const QByteArray &requestId)
{
    response.setHeader("X-Request-Id", requestId);
    if (response.fillRequestId) {
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        body.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        response.fillRequestId = false;
    }
}

void Responder::send(const Response &response)
{
    write(response, response.body.size(), response.body.size(), m_closeAfterReply);
}

void Responder::sendTruncated(const Response &response)
{
    const qsizetype half = response.body.size() / 2;
    write(response, half, half, m_closeAfterReply);
}

void Responder::sendHalfThenClose(const Response &response)
{
    write(response, response.body.size() / 2, response.body.size(), true);
}

void Responder::drop()
{
    if (isConnected())
        m_socket->disconnectFromHost();
}

void Responder::write(const Response &response, qsizetype bodyBytes, qsizetype contentLength, bool close)
{
    if (!isConnected())
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + Response::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    // As every HTTP server does (RFC 9110 6.6.1): the client corrects its signing clock from it.
    out += "Date: "
           + QLocale::c()
                 .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                 .toLatin1()
           + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body.left(bodyBytes);
    m_socket->write(out);
    m_socket->flush();
    if (close)
        m_socket->disconnectFromHost(); // waits for the pending bytes, then closes
}

} // namespace osm::sim
