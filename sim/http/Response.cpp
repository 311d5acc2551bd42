#include "Response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace osm::sim {

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Response Response::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    r.setHeader("Content-Type", kJsonType);
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::empty()
{
    return json(200, QJsonObject());
}

Response Response::osmError(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}});
}

Response Response::caseNotFound()
{
    return osmError(200, QStringLiteral("OSM.01010015"), QStringLiteral("This case does not exist."));
}

Response Response::gatewayError(int status, const QString &code, const QString &message)
{
    Response r = json(status, QJsonObject{{QStringLiteral("error_code"), code},
                                          {QStringLiteral("error_msg"), message},
                                          {QStringLiteral("request_id"), QString()}});
    r.fillRequestId = true;
    return r;
}

Response Response::iamError(int status, const QString &message, const QString &title)
{
    return json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                                          {QStringLiteral("message"), message},
                                                                          {QStringLiteral("title"), title}}}});
}

Response Response::html(int status, const QByteArray &page)
{
    Response r;
    r.status = status;
    r.setHeader("Content-Type", "text/html");
    r.body = page;
    return r;
}

QByteArray Response::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace osm::sim
