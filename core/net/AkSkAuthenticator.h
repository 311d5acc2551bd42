#pragma once

#include "Authenticator.h"
#include "Credentials.h"

namespace osm {

// AK/SK request signing (SDK-HMAC-SHA256) with the account id in X-Domain-Id, looked up once through IAM
// GET /v3/auth/domains when the user left it empty.
class AkSkAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    explicit AkSkAuthenticator(Credentials credentials, QObject *parent = nullptr);

    void prepare(ApiClient &client, Ready ready) override;
    void authorize(const ApiRequest &request, const QUrl &url, HeaderList &headers, const QByteArray &payloadHash,
                   const QDateTime &now) override;
    bool invalidate() override { return false; } // a rejected signature does not get better by repeating it

    QString domainId() const { return m_credentials.domainId; }

Q_SIGNALS:
    void domainIdResolved(const QString &domainId);

private:
    Credentials m_credentials;
    QList<Ready> m_waiting;
};

} // namespace osm
