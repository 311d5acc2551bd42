#include "IamRoutes.h"

#include "Server.h"
#include "data/TimeFormat.h"
#include "http/Params.h"

#include <QJsonArray>
#include <QJsonObject>

namespace osm::sim {

namespace {

Response issueToken(Server &server, Request &request)
{
    Params params(request);
    const QJsonObject body = params.bodyObject(true);
    const QJsonObject auth = body.value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonObject user = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    const QString userName = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    const QJsonObject domainRef = user.value(QStringLiteral("domain")).toObject();
    if (!params.ok() || !identity.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("password"))
        || userName.isEmpty() || domainRef.isEmpty()) {
        return Response::iamError(400, QStringLiteral("The request you have made requires authentication."),
                                  QStringLiteral("Bad Request"));
    }
    const auto domain = domainRef.contains(QStringLiteral("id"))
                            ? server.accounts().domainById(domainRef.value(QStringLiteral("id")).toString())
                            : server.accounts().domainByName(domainRef.value(QStringLiteral("name")).toString());
    const auto account = domain ? server.accounts().user(domain->id, userName) : std::nullopt;
    if (!account || account->password != password)
        return Response::iamError(401, QStringLiteral("The username or password is wrong."), QStringLiteral("Unauthorized"));

    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    const QString projectId = scope.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString();
    TokenStore::Token issued;
    const QByteArray token = server.tokens().issue(account->id, account->name, domain->id, projectId, &issued);

    const QJsonObject domainJson{{QStringLiteral("id"), domain->id}, {QStringLiteral("name"), domain->name}};
    QJsonObject tokenJson{
        {QStringLiteral("expires_at"), TimeFormat::iamTime(issued.expiresAt)},
        {QStringLiteral("issued_at"), TimeFormat::iamTime(issued.issuedAt)},
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("catalog"), QJsonArray()},
        {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                                         {QStringLiteral("name"), QStringLiteral("te_admin")}}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), account->id},
                                             {QStringLiteral("name"), account->name},
                                             {QStringLiteral("domain"), domainJson},
                                             {QStringLiteral("password_expires_at"), QString()}}},
    };
    if (!projectId.isEmpty()) {
        tokenJson.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), projectId},
                                                                {QStringLiteral("name"), QStringLiteral("cn-south-1")},
                                                                {QStringLiteral("domain"), domainJson}});
    } else {
        tokenJson.insert(QStringLiteral("domain"), domainJson);
    }
    Response response = Response::json(201, QJsonObject{{QStringLiteral("token"), tokenJson}});
    response.setHeader("X-Subject-Token", token);
    return response;
}

Response listDomains(Server &server, Request &request)
{
    const auto domain = server.accounts().domainById(request.identity.domainId);
    QJsonArray domains;
    if (domain) {
        const QString self = server.baseUrl().toString() + QStringLiteral("/v3/domains/") + domain->id;
        domains.append(QJsonObject{{QStringLiteral("id"), domain->id},
                                   {QStringLiteral("name"), domain->name},
                                   {QStringLiteral("enabled"), true},
                                   {QStringLiteral("description"), QString()},
                                   {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}}});
    }
    return Response::json(QJsonObject{
        {QStringLiteral("domains"), domains},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), server.baseUrl().toString() + QStringLiteral("/v3/auth/domains")}}}});
}

} // namespace

void IamRoutes::registerRoutes(Router &router, Server &server)
{
    router.add("POST", QStringLiteral("/v3/auth/tokens"), Router::Auth::None,
               [&server](Request &r) { return issueToken(server, r); });
    router.add("GET", QStringLiteral("/v3/auth/domains"), Router::Auth::Iam,
               [&server](Request &r) { return listDomains(server, r); });
}

} // namespace osm::sim
