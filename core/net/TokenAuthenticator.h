#pragma once

#include "Authenticator.h"
#include "Credentials.h"

#include <QDateTime>

namespace osm {

// IAM password sign-in: POST /v3/auth/tokens, the token from X-Subject-Token, sent as X-Auth-Token. The
// token is kept in memory until shortly before its expires_at and fetched again when a request answers 401.
class TokenAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    static constexpr int kRenewMarginSeconds = 300;

    explicit TokenAuthenticator(Credentials credentials, QObject *parent = nullptr);

    void prepare(ApiClient &client, Ready ready) override;
    void authorize(const ApiRequest &request, const QUrl &url, HeaderList &headers, const QByteArray &payloadHash,
                   const QDateTime &now) override;
    bool invalidate() override;

    QDateTime expiresAt() const { return m_expiresAt; }
    bool hasValidToken() const;

    static QByteArray requestBody(const Credentials &credentials);

private:
    Credentials m_credentials;
    QByteArray m_token; // secret: never logged
    QDateTime m_expiresAt;
    QList<Ready> m_waiting;
};

} // namespace osm
