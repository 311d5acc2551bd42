#include "PrivilegeRoutes.h"

#include "Server.h"
#include "data/AuthorizationBook.h"
#include "data/PrivilegeBook.h"
#include "http/Params.h"
#include "http/Router.h"

#include <QJsonObject>

namespace osm::sim {

namespace {

// The privilege identifier: required in the query of 5.4.1 / 5.4.2, one of the three the tables name.
QString privilegeOf(Params &p, const QString &value, bool present)
{
    if (!present || value.isEmpty()) {
        p.fail(QStringLiteral("Parameter privilege is required"));
        return {};
    }
    if (!PrivilegeBook::identifiers().contains(value))
        p.fail(QStringLiteral("Parameter privilege must be export, createCase or assumeCaseAll"));
    return value;
}

Response showPolicy(Server &server, Request &r)
{
    Params p(r);
    const QString privilege = privilegeOf(p, p.string(QStringLiteral("privilege"), 64), r.hasQuery(QStringLiteral("privilege")));
    if (!p.ok())
        return p.error();
    return Response::json(QJsonObject{
        {QStringLiteral("policy_switch"), PrivilegeBook::of(server).policySwitch(r.identity.domainId, privilege)}});
}

Response checkPrivilege(Server &server, Request &r)
{
    Params p(r);
    const QString privilege = privilegeOf(p, p.string(QStringLiteral("privilege"), 64), r.hasQuery(QStringLiteral("privilege")));
    if (!p.ok())
        return p.error();
    const QString loginType = AuthorizationBook::of(server).loginType(r.identity.domainId);
    const bool has = PrivilegeBook::of(server).hasPrivilege(r.identity, privilege, loginType);
    return Response::json(QJsonObject{{QStringLiteral("has_privilege"), has ? 1 : 0}}); // Integer 0/1
}

Response createPrivilege(Server &server, Request &r)
{
    Params p(r);
    const QJsonObject body = p.bodyObject(true);
    const QString operation = p.ok() ? p.bodyString(body, QStringLiteral("operation"), 64, true) : QString();
    QString privilege = p.ok() ? p.bodyString(body, QStringLiteral("privilege"), 64) : QString();
    if (p.ok() && operation != QLatin1String("create") && operation != QLatin1String("delete"))
        p.fail(QStringLiteral("Field operation must be create or delete"));
    if (p.ok() && !privilege.isEmpty() && !PrivilegeBook::identifiers().contains(privilege))
        p.fail(QStringLiteral("Field privilege must be export, createCase or assumeCaseAll"));
    if (!p.ok())
        return p.error();
    // Only the main account switches restrictions (5.4.1: "主账号可以操作开启").
    if (r.identity.kind == Identity::Kind::Token)
        return Response::osmError(200, QStringLiteral("OSM.01010002"), QStringLiteral("No operation permission."));
    if (privilege.isEmpty())
        privilege = QStringLiteral("createCase"); // choice: the optional identifier defaults to case submission
    PrivilegeBook::of(server).setPolicySwitch(r.identity.domainId, privilege, operation == QLatin1String("create"));
    return Response::empty(); // the example is "none"
}

} // namespace

void PrivilegeRoutes::registerRoutes(Router &router, Server &server)
{
    const QString privileges = QStringLiteral("/v2/servicerequest/privileges");
    router.add("GET", privileges + QStringLiteral("/privilege-policy"), Router::Auth::Osm,
               [&server](Request &r) { return showPolicy(server, r); });
    router.add("GET", privileges, Router::Auth::Osm, [&server](Request &r) { return checkPrivilege(server, r); });
    router.add("POST", privileges, Router::Auth::Osm, [&server](Request &r) { return createPrivilege(server, r); });
}

} // namespace osm::sim
