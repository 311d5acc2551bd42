#include "ControlRoutes.h"

#include "Server.h"
#include "http/Params.h"

#include <QJsonArray>
#include <QJsonObject>

namespace osm::sim {

namespace {

QJsonObject faultList(Server &server)
{
    QJsonArray list;
    for (const Fault &f : server.faults().pending())
        list.append(f.toJson());
    return QJsonObject{{QStringLiteral("faults"), list}};
}

Response addFaults(Server &server, Request &r)
{
    Params p(r);
    const QJsonObject body = p.bodyObject(true);
    if (!p.ok())
        return p.error();
    if (body.value(QStringLiteral("clear")).toBool())
        server.faults().clear();
    QJsonArray items = body.value(QStringLiteral("faults")).toArray();
    if (body.contains(QStringLiteral("kind")))
        items.append(body);
    QList<Fault> parsed;
    for (const QJsonValue &item : std::as_const(items)) {
        QString error;
        const auto fault = Fault::fromJson(item.toObject(), &error);
        if (!fault)
            return Response::badRequest(error);
        parsed.append(*fault);
    }
    for (const Fault &f : std::as_const(parsed))
        server.faults().add(f);
    return Response::json(faultList(server));
}

Response requests(Server &server)
{
    // A summary only: header values (signatures, tokens) and bodies stay in-process.
    QJsonArray list;
    for (const RecordedRequest &rec : server.requests()) {
        list.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(rec.method)},
                                {QStringLiteral("path"), rec.path},
                                {QStringLiteral("query"), QString::fromUtf8(rec.rawQuery)},
                                {QStringLiteral("status"), rec.status},
                                {QStringLiteral("request_id"), QString::fromLatin1(rec.requestId)}});
    }
    return Response::json(QJsonObject{{QStringLiteral("requests"), list}});
}

} // namespace

void ControlRoutes::registerRoutes(Router &router, Server &server)
{
    const auto none = Router::Auth::None;
    router.add("GET", QStringLiteral("/_sim/health"), none,
               [](Request &) { return Response::json(QJsonObject{{QStringLiteral("ok"), true}}); });
    router.add("GET", QStringLiteral("/_sim/faults"), none, [&server](Request &) { return Response::json(faultList(server)); });
    router.add("POST", QStringLiteral("/_sim/faults"), none, [&server](Request &r) { return addFaults(server, r); });
    router.add("DELETE", QStringLiteral("/_sim/faults"), none, [&server](Request &) {
        server.faults().clear();
        return Response::json(faultList(server));
    });
    router.add("POST", QStringLiteral("/_sim/engineer-reply"), none, [&server](Request &r) {
        Params p(r);
        const QJsonObject body = p.bodyObject(true);
        const QString caseId = p.bodyString(body, QStringLiteral("case_id"), 64, true);
        const QString text = p.bodyString(body, QStringLiteral("text"), 10000, true);
        if (!p.ok())
            return p.error();
        const QString id = server.addEngineerReply(caseId, text);
        if (id.isEmpty())
            return Response::caseNotFound();
        return Response::json(QJsonObject{{QStringLiteral("message_id"), id}});
    });
    router.add("POST", QStringLiteral("/_sim/tokens/expire"), none, [&server](Request &) {
        server.expireTokens();
        return Response::empty();
    });
    router.add("GET", QStringLiteral("/_sim/requests"), none, [&server](Request &) { return requests(server); });
    router.add("DELETE", QStringLiteral("/_sim/requests"), none, [&server](Request &) {
        server.clearRequests();
        return Response::empty();
    });
    router.add("POST", QStringLiteral("/_sim/save"), none, [&server](Request &) {
        QString error;
        if (!server.save(&error))
            return Response::osmError(500, QStringLiteral("OSM.0004"), error);
        return Response::empty();
    });
}

} // namespace osm::sim
