#include "CaseRoutes.h"

#include "Server.h"
#include "auth/Accounts.h"
#include "data/CaseJournal.h"
#include "data/Catalog.h"
#include "data/CustomerBook.h"
#include "data/TimeFormat.h"
#include "http/Params.h"
#include "routes/GroupAccess.h"
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
        if (!GroupAccess::allows(r.identity, c, groupId))
            continue; // another IAM user's group case: listed only with its group_id
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
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const bool trim = p.boolean(QStringLiteral("trim_osm_rich_text_label"), true);
    if (!p.ok())
        return p.error();
    const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound(); // business errors come with HTTP 200 (appendix 7.1)
    if (!GroupAccess::allows(r.identity, *c, groupId))
        return GroupAccess::denied();
    return Response::json(QJsonObject{
        {QStringLiteral("incident_detail_info"), JsonViews::caseDetail(*c, server.dataSet(), r.wantsEnglish(), trim)}});
}

// ---- 5.11.1 / 5.11.2 / 5.11.6 / 5.11.8 / 5.11.10: the account's profile (CustomerBook, DataSet sub-users) ----

Response listAgencies(Server &server, Request &r)
{
    QJsonArray list;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const CustomerBook::Agency &a : CustomerBook::of(server).agencies(r.identity.domainId)) {
        list.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("duration"), a.duration},
            {QStringLiteral("trust_domain_name"), a.trustDomainName},
            {QStringLiteral("trust_domain_id"), a.trustDomainId},
            {QStringLiteral("create_time"), TimeFormat::isoSeconds(a.createTimeMs)},
            {QStringLiteral("expire_time"), a.expireTimeMs ? TimeFormat::isoSeconds(a.expireTimeMs) : QString()},
            {QStringLiteral("valid"), a.expireTimeMs == 0 || a.expireTimeMs > now},
        });
    }
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(list.size())}, {QStringLiteral("agency_list"), list}});
}

Response checkPartnerPrivilege(Server &server, Request &r)
{
    return Response::json(
        QJsonObject{{QStringLiteral("has_privilege"), CustomerBook::of(server).hasPartnerPrivilege(r.identity.domainId)}});
}

// The CC e-mails last used: what create_case / update_case_contact_info recorded, else the newest case's.
Response showCcEmails(Server &server, Request &r)
{
    QString userId;
    QString text;
    QStringList recent;
    if (const CustomerBook::CcEmails *used = CustomerBook::of(server).ccEmails(r.identity.domainId)) {
        userId = used->userId;
        text = used->text;
        recent = used->recent;
    } else {
        QList<const CaseRecord *> cases;
        for (const CaseRecord &c : server.dataSet().cases()) {
            if (c.customerId == r.identity.domainId && !c.ccEmail.isEmpty())
                cases.append(&c);
        }
        std::stable_sort(cases.begin(), cases.end(),
                         [](const CaseRecord *a, const CaseRecord *b) { return a->createTimeMs > b->createTimeMs; });
        for (const CaseRecord *c : std::as_const(cases)) {
            if (text.isEmpty()) {
                userId = c->xcustomerId;
                text = c->ccEmail;
            }
            for (const QString &email : c->ccEmail.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!recent.contains(email) && recent.size() < CustomerBook::kRecentCcEmails)
                    recent.append(email);
            }
        }
    }
    // The example's shapes win over the table's: cc_email_info an array of one object, mc_email_infos.
    QJsonArray info;
    if (!text.isEmpty())
        info.append(QJsonObject{{QStringLiteral("user_id"), userId},
                                {QStringLiteral("customer_id"), r.identity.domainId},
                                {QStringLiteral("cc_email"), text}});
    return Response::json(QJsonObject{{QStringLiteral("cc_email_info"), info},
                                      {QStringLiteral("mc_email_infos"), QJsonArray::fromStringList(recent)}});
}

Response showPartnerServiceInfo(Server &server, Request &r)
{
    Params p(r);
    p.string(QStringLiteral("case_sub_type_id"), 32);
    p.string(QStringLiteral("product_id"), 64);
    const QString caseId = p.string(QStringLiteral("case_id"), 32);
    if (!p.ok())
        return p.error();
    if (!caseId.isEmpty() && !server.dataSet().findCase(r.identity.domainId, caseId))
        return Response::caseNotFound();
    const CustomerBook::PartnerService s = CustomerBook::of(server).partnerService(r.identity.domainId);
    // An array of one object, as in the example (the table says an object).
    return Response::json(QJsonObject{{QStringLiteral("partners_service_info"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("customer_id"), s.customerId},
                                           {QStringLiteral("customer_name"), s.customerName},
                                           {QStringLiteral("service_time_zone"), s.timeZone},
                                           {QStringLiteral("service_start_day"), s.startDay},
                                           {QStringLiteral("service_end_day"), s.endDay},
                                           {QStringLiteral("service_start_time"), s.startTime},
                                           {QStringLiteral("service_end_time"), s.endTime},
                                       }}}});
}

// Anonymised as the table says: the first character of the name, masked mobile and e-mail.
Response listSubCustomers(Server &server, Request &r)
{
    Params p(r);
    const QString name = p.string(QStringLiteral("sub_customer_name"), 64);
    const QString id = p.string(QStringLiteral("sub_customer_id"), 64);
    if (!p.ok())
        return p.error();
    QJsonArray list;
    for (const DataSet::SubUser &u : server.dataSet().subUsers()) {
        if (u.domainId != r.identity.domainId || (!id.isEmpty() && u.id != id)
            || (!name.isEmpty() && !u.name.contains(name, Qt::CaseInsensitive)))
            continue;
        const QString digits = QString::number(Accounts::stableId(u.id).left(4).toInt(nullptr, 16) % 10000)
                                   .rightJustified(4, QLatin1Char('0'));
        list.append(QJsonObject{
            {QStringLiteral("mobile"), QStringLiteral("138****") + digits},
            {QStringLiteral("email"), u.name.left(1) + QStringLiteral("***@example.com")},
            {QStringLiteral("customer_id"), u.id},
            {QStringLiteral("domain_id"), u.domainId},
            {QStringLiteral("customer_name"), u.name.left(1) + QStringLiteral("***")},
            {QStringLiteral("area_code"), QStringLiteral("86")},
        });
    }
    return Response::json(QJsonObject{{QStringLiteral("sub_customer_infos"), list}});
}

// ---- 5.11.5 / 5.11.7: one case ----

Response listOperateLogs(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QString groupId = p.string(QStringLiteral("group_id"), 64);
    const int offset = p.integer(QStringLiteral("offset"), 0, 0, 65535);
    const int limit = p.integer(QStringLiteral("limit"), 10, 1, 100);
    if (!p.ok())
        return p.error();
    const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    if (!GroupAccess::allows(r.identity, *c, groupId))
        return GroupAccess::denied();
    const QList<CaseJournal::Entry> entries = CaseJournal::of(server).entriesOf(*c); // oldest first
    QJsonArray list;
    for (qsizetype i = offset; i < entries.size() && i < qsizetype(offset) + limit; ++i) {
        const CaseJournal::Entry &e = entries.at(i);
        list.append(QJsonObject{
            {QStringLiteral("incident_log_id"), e.logId},
            {QStringLiteral("incident_id"), e.caseId},
            {QStringLiteral("operate_type"), e.operateType},
            {QStringLiteral("operator_type"), e.operatorType},
            {QStringLiteral("operator_id"), e.operatorId},
            {QStringLiteral("operator_name"), e.operatorName},
            {QStringLiteral("operate_desc"), e.operateDesc},
            {QStringLiteral("operate_time"), TimeFormat::messageTime(e.timeMs)},
            {QStringLiteral("timestamp_operate_time"), QString::number(e.timeMs)}, // a String in the table
        });
    }
    // The table says "count", the example "total_count": the example wins (as in list_cases).
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(entries.size())},
                                      {QStringLiteral("incident_operate_log_list"), list}});
}

Response showCaseStatus(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    if (!p.ok())
        return p.error();
    const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    return Response::json(QJsonObject{{QStringLiteral("status"), c->status}}); // a deleted case answers 13
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
    const auto get = [&](const char *path, Response (*handler)(Server &, Request &)) {
        router.add("GET", QString::fromLatin1(path), Router::Auth::Osm,
                   [&server, handler](Request &r) { return handler(server, r); });
    };
    get("/v2/servicerequest/agencies", listAgencies);
    get("/v2/servicerequest/cases/partners/privilege/cases-processing", checkPartnerPrivilege);
    get("/v2/servicerequest/cases/{case_id}/operate-logs", listOperateLogs);
    get("/v2/servicerequest/carbon-copy-emails", showCcEmails);
    get("/v2/servicerequest/cases/{case_id}/status", showCaseStatus);
    get("/v2/servicerequest/cases/partners/service-info", showPartnerServiceInfo);
    get("/v2/servicerequest/customers/sub-customers", listSubCustomers);
}

} // namespace osm::sim
