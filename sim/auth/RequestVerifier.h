#pragma once

#include "auth/Accounts.h"
#include "auth/TokenStore.h"
#include "http/Request.h"
#include "http/Response.h"
#include "http/Router.h"

#include <QDateTime>

namespace osm::sim {

// Checks a request's credentials the way the API gateway does: an AK/SK signature recomputed from the
// request as received (with osm::Signer), or an IAM token the simulator issued.
class RequestVerifier
{
public:
    struct Result
    {
        bool ok = false;
        Identity identity;
        Response failure; // when !ok: 401 with the gateway's body
    };

    RequestVerifier(const Accounts &accounts, const TokenStore &tokens);

    Result verify(const Request &request, Router::Auth auth, const QDateTime &now) const;
    void setMaxClockSkewSeconds(qint64 seconds) { m_maxSkew = seconds; }

    static constexpr const char *kSignatureFail = "Incorrect IAM authentication information: verify aksk signature fail";

private:
    Result verifyToken(const Request &request) const;
    Result verifyAkSk(const Request &request, Router::Auth auth, const QDateTime &now) const;

    const Accounts &m_accounts;
    const TokenStore &m_tokens;
    qint64 m_maxSkew = 15 * 60;
};

} // namespace osm::sim
