#include "CaseDetail.h"

#include "JsonRead.h"

namespace osm {

namespace {
const QLatin1StringView kDetailKey("incident_detail_info");
} // namespace

CaseDetail CaseDetail::fromJson(const QJsonObject &json)
{
    const bool wrapped = json.contains(kDetailKey);
    const QJsonObject inner = wrapped ? json::object(json.value(kDetailKey)) : json;

    // Chapter 4's malformed example: some detail fields end up beside incident_detail_info.
    QJsonObject detail = inner;
    if (wrapped) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() != kDetailKey && !detail.contains(it.key()))
                detail.insert(it.key(), it.value());
        }
    }
    const auto v = [&detail](const char *name) { return detail.value(QLatin1StringView(name)); };

    CaseDetail c;
    c.xcustomerId = json::string(v("xcustomer_id"));
    c.xcustomerName = json::string(v("xcustomer_name"));
    c.status = static_cast<int>(json::integer(v("status")));
    c.judgement = json::string(v("judgement"));
    c.incidentId = json::string(v("incident_id"));
    c.businessTypeName = json::string(v("business_type_name"));
    c.incidentTypeName = json::string(v("incident_type_name"));
    c.customerId = json::string(v("customer_id"));
    c.dcName = json::string(v("dc_name"));
    c.simpleDescription = json::string(v("simple_description"));
    c.sourceName = json::string(v("source_name"));
    c.createTime = json::timestamp(v("create_time"));
    c.messages = json::objects<Message>(v("message_list"));
    c.satisfaction = json::objects<Satisfaction>(v("incident_satisfaction"));
    c.severityName = json::string(v("severity_name"));
    c.businessOwnership = static_cast<int>(json::integer(v("business_ownership")));
    c.resolveTime = json::timestamp(v("resolve_time"));
    c.extInfo = CaseExtInfo::fromJson(json::object(v("ext_info")));
    c.incidentSubTypeName = json::string(v("incident_sub_type_name"));
    c.caseTypeId = static_cast<int>(json::integer(v("case_type_id")));
    c.caseSubtypeId = json::string(v("case_subtype_id"));
    c.businessTypeId = json::string(v("business_type_id"));
    c.problemTypeId = json::string(v("problem_type_id"));
    c.productCategoryId = json::string(v("product_category_id"));
    c.productCategoryName = json::string(v("product_category_name"));
    c.confirmedTime = json::timestamp(v("confirmed_time"));
    c.gray = json::boolean(v("gray"));
    c.resolution = json::string(v("resolution"));
    c.rootCause = json::string(v("root_cause"));
    c.incidentServiceType = json::string(v("incident_service_type"));
    c.labels = json::objects<Label>(v("label_list"));
    if (const QJsonValue authorized = v("is_authorized"); !authorized.isUndefined() && !authorized.isNull())
        c.isAuthorized = static_cast<int>(json::integer(authorized));
    c.raw = detail;
    return c;
}

QJsonObject CaseDetail::toJson() const
{
    QJsonObject typed{
        {QLatin1String("xcustomer_id"), xcustomerId},
        {QLatin1String("xcustomer_name"), xcustomerName},
        {QLatin1String("status"), status},
        {QLatin1String("judgement"), judgement},
        {QLatin1String("incident_id"), incidentId},
        {QLatin1String("business_type_name"), businessTypeName},
        {QLatin1String("incident_type_name"), incidentTypeName},
        {QLatin1String("customer_id"), customerId},
        {QLatin1String("dc_name"), dcName},
        {QLatin1String("simple_description"), simpleDescription},
        {QLatin1String("source_name"), sourceName},
        {QLatin1String("create_time"), json::epochSeconds(createTime)},
        {QLatin1String("message_list"), json::toArray(messages)},
        {QLatin1String("incident_satisfaction"), json::toArray(satisfaction)},
        {QLatin1String("severity_name"), severityName},
        {QLatin1String("business_ownership"), businessOwnership},
        {QLatin1String("resolve_time"), json::epochSeconds(resolveTime)},
        {QLatin1String("ext_info"), extInfo.toJson()},
        {QLatin1String("incident_sub_type_name"), incidentSubTypeName},
        {QLatin1String("case_type_id"), caseTypeId},
        {QLatin1String("case_subtype_id"), caseSubtypeId},
        {QLatin1String("business_type_id"), businessTypeId},
        {QLatin1String("problem_type_id"), problemTypeId},
        {QLatin1String("product_category_id"), productCategoryId},
        {QLatin1String("product_category_name"), productCategoryName},
        {QLatin1String("confirmed_time"), json::epochSeconds(confirmedTime)},
        {QLatin1String("gray"), gray},
        {QLatin1String("resolution"), resolution},
        {QLatin1String("root_cause"), rootCause},
        {QLatin1String("incident_service_type"), incidentServiceType},
    };
    if (!labels.isEmpty())
        typed.insert(QLatin1String("label_list"), json::toArray(labels));
    if (isAuthorized)
        typed.insert(QLatin1String("is_authorized"), *isAuthorized);
    return QJsonObject{{kDetailKey, json::merged(raw, typed)}};
}

} // namespace osm
