#include "AkSkAuthenticator.h"

#include "ApiClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace osm {

AkSkAuthenticator::AkSkAuthenticator(Credentials credentials, QObject *parent)
    : Authenticator(parent), m_credentials(std::move(credentials))
{
}

void AkSkAuthenticator::prepare(ApiClient &client, Ready ready)
{
    if (!m_credentials.domainId.isEmpty()) {
        ready({});
        return;
    }
    m_waiting.append(std::move(ready));
    if (m_waiting.size() > 1)
        return; // a lookup is already under way

    // OSM is a global service: requests carry the account id, which IAM tells a signed caller.
    ApiRequest lookup;
    lookup.method = "GET";
    lookup.path = QStringLiteral("/v3/auth/domains");
    lookup.service = ApiRequest::Service::Iam;
    lookup.auth = ApiRequest::Auth::Signed;
    ApiCall *call = client.send(lookup);
    connect(call, &ApiCall::finished, this, [this, call] {
        Error error = call->error();
        if (!error) {
            const QJsonArray domains = call->json().toObject().value(QLatin1String("domains")).toArray();
            const QString id = domains.isEmpty() ? QString()
                                                 : domains.first().toObject().value(QLatin1String("id")).toString();
            if (id.isEmpty()) {
                error = Error(Error::Category::Auth, QStringLiteral("iam.no-domain"))
                            .setRequestId(call->requestId())
                            .setDetail(tr("IAM did not name the account of this access key."));
            } else {
                m_credentials.domainId = id;
                qCInfo(lcAuth) << "domain id looked up through IAM";
                Q_EMIT domainIdResolved(id);
            }
        }
        const QList<Ready> waiting = std::exchange(m_waiting, {});
        for (const Ready &ready : waiting)
            ready(error);
    });
}

void AkSkAuthenticator::authorize(const ApiRequest &request, const QUrl &url, HeaderList &headers,
                                  const QByteArray &payloadHash, const QDateTime &now)
{
    if (request.auth == ApiRequest::Auth::Account && !m_credentials.domainId.isEmpty())
        headers.append({"X-Domain-Id", m_credentials.domainId.toUtf8()});
    if (!m_credentials.securityToken.isEmpty())
        headers.append({"X-Security-Token", m_credentials.securityToken.toUtf8()});

    Signer::Input input;
    // A multipart body is streamed, not hashed: the gateway accepts the declared UNSIGNED-PAYLOAD.
    if (request.contentType.startsWith("multipart/")) {
        headers.append({QByteArray("X-Sdk-Content-Sha256"), QByteArray(Signer::kUnsignedPayload)});
        input.payloadHash = Signer::kUnsignedPayload;
    } else {
        input.payloadHash = payloadHash;
    }
    input.method = request.method;
    input.host = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
    input.path = url.path(QUrl::FullyDecoded);
    input.query = request.query;
    input.headers = headers;
    input.sdkDate = Signer::formatDate(now);
    const Signer::Output out =
        Signer::sign(input, m_credentials.accessKey.toUtf8(), m_credentials.secretKey.toUtf8());
    headers.append({"X-Sdk-Date", input.sdkDate});
    headers.append({"Authorization", out.authorization});
}

} // namespace osm
