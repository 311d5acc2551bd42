#include "RelationRoutes.h"

#include "Server.h"
#include "http/Params.h"

#include <QJsonArray>
#include <QJsonObject>

namespace osm::sim {

namespace {

constexpr int kMaxRelations = 3; // OSM.01010043

// group_id is required by 5.12.1 and 5.12.2 (optional everywhere else). Its value is not matched against
// the case's group: the reference gives no rule beyond OSM.01010035 (no same-group permission).
void checkGroupId(Params &p, const QJsonObject &body)
{
    const QString groupId = p.bodyString(body, QStringLiteral("group_id"), 64, true);
    if (p.ok() && groupId.isEmpty())
        p.fail(QStringLiteral("Field group_id must be 1 to 64 characters long"));
}

// related_id_list: the table's array of strings, or the example's single string ("123456"; comma-separated
// ids are split). At most 3 ids of 1-64 characters in one request.
QStringList relatedIdList(Params &p, const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("related_id_list"));
    QStringList ids;
    if (value.isString()) {
        ids = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &id : ids)
            id = id.trimmed();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString()) {
                p.fail(QStringLiteral("Field related_id_list must hold strings"));
                return {};
            }
            ids.append(item.toString());
        }
    } else {
        p.fail(QStringLiteral("Field related_id_list is required"));
        return {};
    }
    if (ids.size() > kMaxRelations)
        p.fail(QStringLiteral("Field related_id_list takes at most 3 items"));
    for (const QString &id : std::as_const(ids)) {
        if (id.isEmpty() || id.size() > 64)
            p.fail(QStringLiteral("Each related_id_list item must be 1 to 64 characters long"));
    }
    ids.removeDuplicates();
    return ids;
}

Response selfRelation()
{
    return Response::osmError(200, QStringLiteral("OSM.01010044"), QStringLiteral("The case cannot be bound with itself."));
}

Response createRelation(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QJsonObject body = p.bodyObject(true);
    const QStringList ids = p.ok() ? relatedIdList(p, body) : QStringList();
    if (p.ok())
        checkGroupId(p, body);
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    CaseRecord *c = data.findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    if (ids.contains(caseId))
        return selfRelation();
    QStringList related = c->relatedIds;
    for (const QString &id : ids) {
        if (!data.findCase(r.identity.domainId, id))
            return Response::caseNotFound(); // the case to relate to must exist (and be the account's)
        if (!related.contains(id))
            related.append(id); // relating a related case again changes nothing
    }
    if (related.size() > kMaxRelations)
        return Response::osmError(200, QStringLiteral("OSM.01010043"),
                                  QStringLiteral("The same caseId relations should not be over 3."));
    // Relations are kept on the case named in the path only: the reference does not say they are symmetric.
    if (related != c->relatedIds) {
        c->relatedIds = related;
        Q_EMIT data.changed();
    }
    return Response::empty(); // the example is "none"
}

Response deleteRelation(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QJsonObject body = p.bodyObject(true); // DELETE with a JSON body
    const QString relatedId = p.ok() ? p.bodyString(body, QStringLiteral("related_id"), 64, true) : QString();
    if (p.ok() && relatedId.isEmpty())
        p.fail(QStringLiteral("Field related_id must be 1 to 64 characters long"));
    if (p.ok())
        checkGroupId(p, body);
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    CaseRecord *c = data.findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    if (relatedId == caseId)
        return selfRelation();
    if (!c->relatedIds.contains(relatedId) && !data.findCase(r.identity.domainId, relatedId))
        return Response::caseNotFound();
    // Removing a relation that does not exist (between existing cases) changes nothing and succeeds.
    if (c->relatedIds.removeAll(relatedId) > 0)
        Q_EMIT data.changed();
    return Response::empty();
}

Response listRelations(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    if (!p.ok())
        return p.error();
    const DataSet &data = server.dataSet();
    const CaseRecord *c = data.findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    QJsonArray list;
    for (const QString &id : c->relatedIds) {
        const CaseRecord *other = data.findCase(r.identity.domainId, id);
        if (!other)
            continue;
        // user_name: "submitter, i.e. user name" — the sub-user, or the account for its own cases.
        const QString user = other->xcustomerName.isEmpty() ? r.identity.domainName : other->xcustomerName;
        list.append(QJsonObject{{QStringLiteral("case_id"), other->incidentId},
                                {QStringLiteral("simple_description"), other->simpleDescription},
                                {QStringLiteral("user_name"), user}});
    }
    return Response::json(QJsonObject{{QStringLiteral("case_relation_list"), list}});
}

} // namespace

void RelationRoutes::registerRoutes(Router &router, Server &server)
{
    const QString relations = QStringLiteral("/v2/servicerequest/cases/{case_id}/relations");
    router.add("POST", relations, Router::Auth::Osm, [&server](Request &r) { return createRelation(server, r); });
    router.add("DELETE", relations, Router::Auth::Osm, [&server](Request &r) { return deleteRelation(server, r); });
    router.add("GET", relations, Router::Auth::Osm, [&server](Request &r) { return listRelations(server, r); });
}

} // namespace osm::sim
