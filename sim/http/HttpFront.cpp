#include "HttpFront.h"

#include "net/Signer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace osm::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

HttpFront::HttpFront(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    r.query = Signer::decodeQuery(r.rawQuery);
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    const bool close = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;
    m_handler(std::move(r), Responder(socket, close));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    Responder(socket).send(Response::gatewayError(404, QStringLiteral("APIGW.0101"),
                                                  QStringLiteral("The API does not exist or has not been published in the environment")));
}

} // namespace osm::sim
