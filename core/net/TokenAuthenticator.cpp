#include "TokenAuthenticator.h"

#include "ApiClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace osm {

TokenAuthenticator::TokenAuthenticator(Credentials credentials, QObject *parent)
    : Authenticator(parent), m_credentials(std::move(credentials))
{
}

bool TokenAuthenticator::hasValidToken() const
{
    return !m_token.isEmpty()
           && QDateTime::currentDateTimeUtc().addSecs(kRenewMarginSeconds) < m_expiresAt;
}

QByteArray TokenAuthenticator::requestBody(const Credentials &credentials)
{
    const QJsonObject domain{{QStringLiteral("name"), credentials.iamDomain}};
    const QJsonObject user{{QStringLiteral("name"), credentials.iamUser},
                           {QStringLiteral("password"), credentials.password},
                           {QStringLiteral("domain"), domain}};
    const QJsonObject identity{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                               {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    // OSM is global: scope the token to the account unless a project was named.
    const QJsonObject scope =
        credentials.projectId.isEmpty()
            ? QJsonObject{{QStringLiteral("domain"), domain}}
            : QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), credentials.projectId}}}};
    const QJsonObject auth{{QStringLiteral("identity"), identity}, {QStringLiteral("scope"), scope}};
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

void TokenAuthenticator::prepare(ApiClient &client, Ready ready)
{
    if (hasValidToken()) {
        ready({});
        return;
    }
    m_waiting.append(std::move(ready));
    if (m_waiting.size() > 1)
        return; // one sign-in serves every request waiting for it

    ApiRequest signIn;
    signIn.method = "POST";
    signIn.path = QStringLiteral("/v3/auth/tokens");
    signIn.service = ApiRequest::Service::Iam;
    signIn.auth = ApiRequest::Auth::None;
    signIn.body = requestBody(m_credentials);
    ApiCall *call = client.send(signIn);
    connect(call, &ApiCall::finished, this, [this, call] {
        Error error = call->error();
        if (!error) {
            m_token = call->header("X-Subject-Token");
            const QString expires = call->json()
                                        .toObject()
                                        .value(QLatin1String("token"))
                                        .toObject()
                                        .value(QLatin1String("expires_at"))
                                        .toString();
            m_expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
            if (!m_expiresAt.isValid()) // the reference promises 24 hours
                m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(24 * 3600);
            if (m_token.isEmpty())
                error = Error(Error::Category::Auth, QStringLiteral("iam.signin"))
                            .setRequestId(call->requestId())
                            .setDetail(tr("IAM answered without a token."));
            else
                qCInfo(lcAuth) << "signed in through IAM; token valid until" << m_expiresAt;
        } else if (error.category() == Error::Category::Auth || error.httpStatus() == 400
                   || error.httpStatus() == 401 || error.httpStatus() == 403) {
            // Whatever IAM said, the user needs one sentence: the sign-in details are wrong.
            Error signInFailed(Error::Category::Auth, QStringLiteral("iam.signin"), error.serverMessage());
            signInFailed.setHttpStatus(error.httpStatus()).setRequestId(error.requestId());
            error = signInFailed;
        }
        const QList<Ready> waiting = std::exchange(m_waiting, {});
        for (const Ready &ready : waiting)
            ready(error);
    });
}

void TokenAuthenticator::authorize(const ApiRequest &, const QUrl &, HeaderList &headers, const QByteArray &,
                                   const QDateTime &)
{
    headers.append({"X-Auth-Token", m_token});
}

bool TokenAuthenticator::invalidate()
{
    m_token.clear();
    m_expiresAt = {};
    return true;
}

} // namespace osm
