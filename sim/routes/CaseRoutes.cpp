#include "CaseRoutes.h"

#include "Server.h"
#include "data/Catalog.h"
#include "http/Params.h"
#include "routes/JsonViews.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace osm::sim {

namespace {

const QList<int> kStatuses = {0, 1, 2, 3, 4, 5, 12, 13, 17};

// Integers of a list parameter; the first bad one fails the request.
QList<int> integers(Params &params, const QString &key, const QStringList &texts)
{
    QList<int> out;
    for (const QString &text : texts) {
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        if (!ok)
            params.fail(QStringLiteral("Parameter %1 must hold integers").arg(key));
        else
            out.append(value);
    }
    return out;
}

bool checkStatus(Params &params, const QString &key, int status)
{
    if (kStatuses.contains(status))
        return true;
    params.fail(QStringLiteral("Parameter %1 has an unknown status %2").arg(key).arg(status));
    return false;
}

Response listCases(Server &server, Request &r)
{
    Params p(r);
    const QStringList searchKeys = p.array(QStringLiteral("search_key"), 3, 64);
    const QList<int> labelIds = integers(p, QStringLiteral("label_id_list"), p.array(QStringLiteral("label_id_list"), 5, 10));
    const QString appKey = p.string(QStringLiteral("app_key"), 64);
    const QString incidentId = p.string(QStringLiteral("incident_id"), 32);
    const QDateTime start = p.dateTime(QStringLiteral("query_start_time"));
    const QDateTime end = p.dateTime(QStringLiteral("query_end_time"));
    const std::optional<int> status = p.optionalInteger(QStringLiteral("status"), 0, 20);
    if (status)
        checkStatus(p, QStringLiteral("status"), *status);
    // incident_statuses: a String with no format given; comma-separated or repeated keys are accepted.
    const QList<int> statuses = integers(p, QStringLiteral("incident_statuses"), p.array(QStringLiteral("incident_statuses"), 20, 64));
    for (int s : statuses)
        checkStatus(p, QStringLiteral("incident_statuses"), s);
    const QString xCustomerId = p.string(QStringLiteral("x_customer_id"), 64);
    const QString xCustomerName = p.string(QStringLiteral("x_customer_name"), 64);
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const int offset = p.integer(QStringLiteral("offset"), 0, 0, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, 0, 100);
    const QString productCategoryId = p.string(QStringLiteral("product_category_id"), 64);
    const QString businessTypeId = p.string(QStringLiteral("business_type_id"), 32);
    const QString subTypeId = p.string(QStringLiteral("incident_sub_type_id"), 32);
    const QString rootCause = p.string(QStringLiteral("root_cause"), 32);
    const QString serviceType = p.string(QStringLiteral("incident_service_type"), 64);
    p.boolean(QStringLiteral("trim_osm_rich_text_label"), true); // validated; list items carry no rich text
    if (start.isValid() && end.isValid() && start > end)
        p.fail(QStringLiteral("query_start_time is after query_end_time"));
    if (!p.ok())
        return p.error();

    const Catalog &catalog = Catalog::instance();
    QList<const CaseRecord *> hits;
    for (const CaseRecord &c : server.dataSet().cases()) {
        if (c.customerId != r.identity.domainId)
            continue;
        if (status) {
            if (c.status != *status)
                continue;
        } else if (!statuses.isEmpty()) {
            if (!statuses.contains(c.status))
                continue;
        } else if (c.status == 13) {
            continue; // deleted cases only show when asked for by status
        }
        bool keysMatch = true; // every search_key must occur in the description
        for (const QString &key : searchKeys)
            keysMatch = keysMatch && c.simpleDescription.contains(key, Qt::CaseInsensitive);
        if (!keysMatch)
            continue;
        if (!appKey.isEmpty() && !c.incidentId.contains(appKey, Qt::CaseInsensitive)
            && !c.simpleDescription.contains(appKey, Qt::CaseInsensitive))
            continue;
        if (!incidentId.isEmpty() && !c.incidentId.contains(incidentId, Qt::CaseInsensitive))
            continue;
        if (!labelIds.isEmpty()
            && std::none_of(labelIds.cbegin(), labelIds.cend(), [&](int id) { return c.labelIds.contains(id); }))
            continue; // any of the labels
        if (start.isValid() && c.createTimeMs < start.toMSecsSinceEpoch())
            continue;
        if (end.isValid() && c.createTimeMs > end.toMSecsSinceEpoch())
            continue;
        if (!xCustomerId.isEmpty() && c.xcustomerId != xCustomerId)
            continue;
        if (!xCustomerName.isEmpty() && c.xcustomerName != xCustomerName)
            continue;
        if (!groupId.isEmpty() && c.groupId != groupId)
            continue;
        if (!productCategoryId.isEmpty() && c.productCategoryId != productCategoryId)
            continue;
        if (!businessTypeId.isEmpty() && c.businessTypeId != businessTypeId)
            continue;
        if (!subTypeId.isEmpty() && c.subTypeId != subTypeId)
            continue;
        if (!rootCause.isEmpty() && !Catalog::matches(catalog.rootCauses, c.rootCause, rootCause))
            continue;
        if (!serviceType.isEmpty() && !Catalog::matches(catalog.serviceTypes, c.serviceType, serviceType))
            continue;
        hits.append(&c);
    }
    // Newest first (the reference does not state an order).
    std::stable_sort(hits.begin(), hits.end(),
                     [](const CaseRecord *a, const CaseRecord *b) { return a->createTimeMs > b->createTimeMs; });

    QJsonArray items;
    const bool english = r.wantsEnglish();
    for (qsizetype i = offset; i < hits.size() && i < qsizetype(offset) + limit; ++i)
        items.append(JsonViews::caseListItem(*hits.at(i), server.dataSet(), english));
    // The table says "count", the example "total_count": the example wins.
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(hits.size())},
                                      {QStringLiteral("incident_info_list"), items}});
}

Response countCases(Server &server, Request &r)
{
    Params p(r);
    const std::optional<int> status = p.optionalInteger(QStringLiteral("status"), 0, 20);
    const QString productCategoryId = p.string(QStringLiteral("product_category_id"), 64);
    const QString businessTypeId = p.string(QStringLiteral("business_type_id"), 32);
    if (!p.ok())
        return p.error();
    std::map<int, int> counts; // ordered by status
    for (const CaseRecord &c : server.dataSet().cases()) {
        if (c.customerId != r.identity.domainId || (status && c.status != *status)
            || (!productCategoryId.isEmpty() && c.productCategoryId != productCategoryId)
            || (!businessTypeId.isEmpty() && c.businessTypeId != businessTypeId))
            continue;
        ++counts[c.status];
    }
    QJsonArray list;
    for (const auto &[s, count] : counts)
        list.append(QJsonObject{{QStringLiteral("status"), s}, {QStringLiteral("count"), count}});
    // The table says "incident_statuses_counts", the example "incident_status_counts": the example wins.
    return Response::json(QJsonObject{{QStringLiteral("incident_status_counts"), list}});
}

Response caseDetail(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    p.string(QStringLiteral("group_id"), 64);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound(); // business errors come with HTTP 200 (appendix 7.1)
    return Response::json(QJsonObject{
        {QStringLiteral("incident_detail_info"), JsonViews::caseDetail(*c, server.dataSet(), r.wantsEnglish(), trim)}});
}

} // namespace

void CaseRoutes::registerRoutes(Router &router, Server &server)
{
    router.add("GET", QStringLiteral("/v2/servicerequest/cases"), Router::Auth::Osm,
               [&server](Request &r) { return listCases(server, r); });
    // The URI says GET, the request example POST: both are answered.
    router.add("GET", QStringLiteral("/v2/servicerequest/cases/count"), Router::Auth::Osm,
               [&server](Request &r) { return countCases(server, r); });
    router.add("POST", QStringLiteral("/v2/servicerequest/cases/count"), Router::Auth::Osm,
               [&server](Request &r) { return countCases(server, r); });
    router.add("GET", QStringLiteral("/v2/servicerequest/cases/{case_id}"), Router::Auth::Osm,
               [&server](Request &r) { return caseDetail(server, r); });
}

} // namespace osm::sim
