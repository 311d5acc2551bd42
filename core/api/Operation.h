#pragma once

#include "net/ApiClient.h"
#include "net/ApiRequest.h"
#include "net/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QStringList>

namespace osm::api {

// One endpoint of the reference, declared once: its endpoints.json id, method and path template.
// Path parameters are written {name} and filled in order.
struct Operation
{
    const char *id;
    const char *method;
    const char *pathTemplate;
    ApiRequest::Priority priority = ApiRequest::Priority::User;
};

// Builds the request for `operation`; the body is serialised here, once.
ApiRequest makeRequest(const Operation &operation, const QStringList &pathArgs, QueryItems query = {},
                       const QJsonObject *body = nullptr);

// Sends `operation` and reads the answer with T::fromJson. A validation error is answered at once,
// without sending anything.
template <typename T>
QFuture<Result<T>> run(ApiClient &client, const Operation &operation, const QStringList &pathArgs,
                       QueryItems query, const Error &validation = {}, const QJsonObject *body = nullptr)
{
    if (validation)
        return QtFuture::makeReadyFuture(Result<T>(validation));
    return client.call<T>(makeRequest(operation, pathArgs, std::move(query), body),
                          [](const QJsonValue &json) { return T::fromJson(json.toObject()); });
}

} // namespace osm::api
