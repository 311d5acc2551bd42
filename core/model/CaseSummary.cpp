#include "CaseSummary.h"

#include "JsonRead.h"

namespace osm {

CaseSummary CaseSummary::fromJson(const QJsonObject &json)
{
    const auto v = [&json](const char *name) { return json.value(QLatin1StringView(name)); };
    CaseSummary c;
    c.xcustomerId = json::string(v("xcustomer_id"));
    c.xcustomerName = json::string(v("xcustomer_name"));
    c.status = static_cast<int>(json::integer(v("status")));
    c.incidentId = json::string(v("incident_id"));
    c.businessTypeName = json::string(v("business_type_name"));
    c.productCategoryName = json::string(v("product_category_name"));
    c.incidentServiceType = json::string(v("incident_service_type"));
    c.incidentTypeName = json::string(v("incident_type_name"));
    c.customerId = json::string(v("customer_id"));
    c.dcName = json::string(v("dc_name"));
    c.simpleDescription = json::string(v("simple_description"));
    c.rootCause = json::string(v("root_cause"));
    c.resolution = json::string(v("resolution"));
    c.createTime = json::timestamp(v("create_time"));
    c.confirmedTime = json::timestamp(v("confirmed_time"));
    c.labels = json::objects<Label>(v("label_list"));
    c.gray = json::boolean(v("gray"));
    c.type = static_cast<int>(json::integer(v("type")));
    c.raw = json;
    return c;
}

QJsonObject CaseSummary::toJson() const
{
    return json::merged(raw, QJsonObject{
                                 {QLatin1String("xcustomer_id"), xcustomerId},
                                 {QLatin1String("xcustomer_name"), xcustomerName},
                                 {QLatin1String("status"), status},
                                 {QLatin1String("incident_id"), incidentId},
                                 {QLatin1String("business_type_name"), businessTypeName},
                                 {QLatin1String("product_category_name"), productCategoryName},
                                 {QLatin1String("incident_service_type"), incidentServiceType},
                                 {QLatin1String("incident_type_name"), incidentTypeName},
                                 {QLatin1String("customer_id"), customerId},
                                 {QLatin1String("dc_name"), dcName},
                                 {QLatin1String("simple_description"), simpleDescription},
                                 {QLatin1String("root_cause"), rootCause},
                                 {QLatin1String("resolution"), resolution},
                                 {QLatin1String("create_time"), json::isoText(createTime)},
                                 {QLatin1String("confirmed_time"), json::isoText(confirmedTime)},
                                 {QLatin1String("label_list"), json::toArray(labels)},
                                 {QLatin1String("gray"), gray},
                                 {QLatin1String("type"), type},
                             });
}

} // namespace osm
