#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace osm::sim {

// One injected failure. JSON form (the /_sim/faults control route): see sim/README.md.
struct Fault
{
    enum class Kind {
        Latency,       // answer normally after latencyMs
        HttpError,     // status (500 default, or 503) with an OSM-style error body
        RateLimit,     // 429 with Retry-After: retryAfter
        Drop,          // close the connection without answering
        DropMidBody,   // headers announce the whole body, half of it is sent, then the connection closes
        Truncate,      // a complete HTTP message whose JSON body is cut in half
        HtmlError,     // text/html error page from a "proxy" (502 default)
        BusinessError, // HTTP 200 with error_code/error_msg (after authentication)
    };

    Kind kind = Kind::HttpError;
    int remaining = -1;      // requests left to hit; -1 = every request until cleared
    QString pathPrefix;      // empty = any path
    QByteArray method;       // empty = any method
    int latencyMs = 0;       // also delays the other kinds
    int status = 0;          // 0 = the kind's default
    int retryAfter = 1;      // seconds, for RateLimit (and 503 when > 0)
    QString errorCode;       // HttpError / BusinessError
    QString errorMsg;

    bool matches(const QByteArray &requestMethod, const QString &path) const;

    QJsonObject toJson() const;
    // nullopt and *error set when the object is not a valid fault.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace osm::sim
