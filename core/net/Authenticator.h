#pragma once

#include "ApiRequest.h"
#include "Error.h"
#include "Signer.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace osm {

class ApiClient;

// How one account proves who it is. The pipeline asks it to get ready (look up the domain id, fetch a
// token) before a request, then to add its headers to each attempt.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    using Ready = std::function<void(const Error &)>;

    explicit Authenticator(QObject *parent = nullptr) : QObject(parent) {}

    // Calls `ready` once (with no error when requests can be authorised). Concurrent calls share one lookup.
    virtual void prepare(ApiClient &client, Ready ready) = 0;
    // Adds the authentication headers for one attempt, signing `headers` (X-*, Content-Type) where needed.
    virtual void authorize(const ApiRequest &request, const QUrl &url, HeaderList &headers,
                           const QByteArray &payloadHash, const QDateTime &now) = 0;
    // The server answered 401: drop whatever may be stale. True when preparing again may help.
    virtual bool invalidate() = 0;
};

} // namespace osm
