#pragma once

#include "MultipartBody.h"
#include "QueryItems.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace osm {

// One HTTP request as the pipeline sees it, before auth and headers. Built by the operations in core/api;
// nothing outside core builds URLs, headers or bodies.
struct ApiRequest
{
    enum class Service { Osm, Iam };
    enum class Auth {
        Account,  // the account's method: AK/SK signature with X-Domain-Id, or X-Auth-Token
        Signed,   // AK/SK signature without X-Domain-Id (IAM domain lookup)
        None,     // no authentication (IAM token request)
    };
    enum class Priority { User, Background }; // user actions are sent before the poller

    QByteArray method = "GET";
    QString path; // decoded, e.g. /v2/servicerequest/cases/TT-1
    QueryItems query;
    QByteArray body; // serialised once: these bytes are hashed and sent
    QByteArray contentType = "application/json";
    // The few headers one operation documents for itself (create_case's x-phone-verifiedid, x-email-verifiedid);
    // sent, and signed, with the pipeline's own.
    QList<std::pair<QByteArray, QByteArray>> headers;
    Service service = Service::Osm;
    Auth auth = Auth::Account;
    Priority priority = Priority::User;
    bool expectJson = true; // false for downloads: the body is returned as it came
    // Downloads to disk: a 2xx file body is handed to ApiCall::bodyReceived() as it arrives instead of being
    // kept (a JSON answer without Content-Disposition, e.g. a business error, is still read as usual).
    bool streamResponse = false;
    // A multipart/form-data body streamed from its parts (uploads); `body` stays empty. Set with setMultipart().
    MultipartBody multipart;
    int timeoutMs = 30000; // which requests may be repeated is RetryPolicy's decision
                           // (for multipart and streamed requests: the longest silence, not the whole transfer)

    void setMultipart(MultipartBody parts)
    {
        if (parts.boundary.isEmpty())
            parts.boundary = MultipartBody::newBoundary();
        contentType = parts.contentType();
        multipart = std::move(parts);
        body.clear();
    }
};

} // namespace osm
