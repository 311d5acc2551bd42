#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace osm::sim {

// Reads and validates query parameters and JSON bodies the way the reference's tables constrain them.
// The first violation is kept; a route checks ok() and answers error() (HTTP 400 OSM.0001).
class Params
{
public:
    explicit Params(const Request &request);

    int integer(const QString &key, int fallback, int min, int max);
    std::optional<int> optionalInteger(const QString &key, int min, int max);
    QString string(const QString &key, int maxLength, bool required = false);
    // Repeated keys (case_ids=a&case_ids=b); a comma-separated single value is accepted too.
    QStringList array(const QString &key, int maxItems, int maxItemLength, bool required = false);
    bool boolean(const QString &key, bool fallback);
    // The {case_id} path parameter of the case endpoints, 1 to 32 characters as the tables say.
    QString caseId();
    // "yyyy-MM-dd HH:mm:ss" in the request's X-Time-Zone (default GMT+8); invalid when absent.
    QDateTime dateTime(const QString &key);

    // The body as a JSON object; an empty body gives {} unless required.
    QJsonObject bodyObject(bool required);
    // Length check for a string field of a body object.
    QString bodyString(const QJsonObject &object, const QString &key, int maxLength, bool required = false);

    void fail(const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    Response error() const { return Response::badRequest(m_error); }

    // Offset of X-Time-Zone ("GMT+8", "GMT+08:00", "UTC") in seconds; GMT+8 when absent or unreadable.
    static int timeZoneOffset(const Request &request);

private:
    const Request &m_request;
    QString m_error;
};

} // namespace osm::sim
