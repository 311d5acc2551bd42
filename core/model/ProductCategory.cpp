#include "ProductCategory.h"

#include "JsonRead.h"

namespace osm {

ProductCategory ProductCategory::fromJson(const QJsonObject &json)
{
    ProductCategory c;
    c.id = json::string(json.value(QLatin1String("incident_product_category_id")));
    c.name = json::string(json.value(QLatin1String("incident_product_category_name")));
    c.description = json::string(json.value(QLatin1String("incident_product_category_desc")));
    c.acronym = json::string(json.value(QLatin1String("incident_product_category_acronym")));
    c.canUseSupportPlan = json::boolean(json.value(QLatin1String("can_use_support_plan")));
    return c;
}

QJsonObject ProductCategory::toJson() const
{
    return QJsonObject{
        {QLatin1String("incident_product_category_id"), id},
        {QLatin1String("incident_product_category_name"), name},
        {QLatin1String("incident_product_category_desc"), description},
        {QLatin1String("incident_product_category_acronym"), acronym},
        {QLatin1String("can_use_support_plan"), canUseSupportPlan},
    };
}

} // namespace osm
