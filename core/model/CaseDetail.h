#pragma once

#include "CaseExtInfo.h"
#include "Label.h"
#include "Message.h"
#include "Satisfaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace osm {

// The answer of 5.11.4 show_case_detail: every field of incident_detail_info (IncidentDetailInfoV2).
// Read leniently (endpoints.json notes of show_case_detail):
//  * create_time/confirmed_time are typed Timestamp; the example sends epoch seconds, chapter 4 ISO text, and
//    the 5.11.4 example even repeats "create_time" ("123" last — JSON parsers keep the last duplicate);
//  * ext_info is an object in the table, an array in the example;
//  * resolve_time is Long, the example sends "test" (→ invalid), chapter 4 sends 0 (→ invalid, "not set");
//  * chapter 4's example closes incident_detail_info early and puts incident_satisfaction, is_authorized,
//    resolve_time, business_ownership and ext_info next to it: a field missing inside is looked up there.
// The response may also be given as the bare detail object (without the incident_detail_info wrapper).
struct CaseDetail
{
    QString xcustomerId;              // xcustomer_id
    QString xcustomerName;            // xcustomer_name
    int status = 0;                   // status, see CaseStatus
    QString judgement;                // judgement: the customer's evaluation text
    QString incidentId;               // incident_id
    QString businessTypeName;         // business_type_name
    QString incidentTypeName;         // incident_type_name
    QString customerId;               // customer_id
    QString dcName;                   // dc_name
    QString simpleDescription;        // simple_description
    QString sourceName;               // source_name
    QDateTime createTime;             // create_time (Timestamp)
    QList<Message> messages;          // message_list (IncidentMessageV2)
    QList<Satisfaction> satisfaction; // incident_satisfaction
    QString severityName;             // severity_name
    int businessOwnership = 0;        // business_ownership: 0 Huawei Cloud, 1 BP partner, 2 ISV
    QDateTime resolveTime;            // resolve_time (Long; unit not documented, read like a timestamp)
    CaseExtInfo extInfo;              // ext_info
    QString incidentSubTypeName;      // incident_sub_type_name
    int caseTypeId = 0;               // case_type_id
    QString caseSubtypeId;            // case_subtype_id
    QString businessTypeId;           // business_type_id
    QString problemTypeId;            // problem_type_id
    QString productCategoryId;        // product_category_id
    QString productCategoryName;      // product_category_name
    QDateTime confirmedTime;          // confirmed_time (Timestamp): resolution time
    bool gray = false;                // gray
    QString resolution;               // resolution
    QString rootCause;                // root_cause
    QString incidentServiceType;      // incident_service_type
    QList<Label> labels; // label_list: not in the 5.11.4 table; read if a server sends it (5.11.9 does)
    std::optional<int> isAuthorized; // is_authorized: only in chapter 4's example
    QJsonObject raw;                 // incident_detail_info as received (plus chapter 4's stray siblings)

    enum BusinessOwnership : int { HuaweiCloud = 0, BpPartner = 1, Isv = 2 };

    static CaseDetail fromJson(const QJsonObject &json);
    // {"incident_detail_info": {...}} with every table field (times as epoch seconds, the table's Timestamp),
    // plus label_list/is_authorized when known and the unmodelled fields of `raw`.
    QJsonObject toJson() const;

    friend bool operator==(const CaseDetail &, const CaseDetail &) = default;
};

} // namespace osm
