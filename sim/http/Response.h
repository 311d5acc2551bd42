#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

namespace osm::sim {

// A complete HTTP answer. X-Request-Id and Content-Length are added when it is written.
class Response
{
public:
    static constexpr const char *kJsonType = "application/json;charset=UTF-8";

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static Response json(int status, const QJsonValue &value);
    static Response json(const QJsonValue &value) { return json(200, value); }
    static Response empty(); // 200 "{}", what the write endpoints answer
    // {"error_code","error_msg"}: 400 OSM.0001, 401 OSM.0002, ... or 200 with a business code (appendix 7.1).
    static Response osmError(int status, const QString &code, const QString &message);
    static Response badRequest(const QString &message) { return osmError(400, QStringLiteral("OSM.0001"), message); }
    static Response caseNotFound();
    // The API gateway's shape, which also carries request_id (filled in when written).
    static Response gatewayError(int status, const QString &code, const QString &message);
    // IAM's own error shape: {"error":{"code","message","title"}}.
    static Response iamError(int status, const QString &message, const QString &title);
    static Response html(int status, const QByteArray &page);

    static QByteArray reasonPhrase(int status);

    // Set on gateway errors: the writer puts the X-Request-Id value into the body's request_id.
    bool fillRequestId = false;
};

} // namespace osm::sim
