#include "CaseSubType.h"

#include "JsonRead.h"

namespace osm {

CaseSubType CaseSubType::fromJson(const QJsonObject &json)
{
    CaseSubType t;
    t.id = json::string(json.value(QLatin1String("incident_sub_type_id")));
    t.name = json::string(json.value(QLatin1String("incident_sub_type_name")));
    t.productCategories = json::objects<ProductCategory>(json.value(QLatin1String("incident_product_category_list")));
    return t;
}

QJsonObject CaseSubType::toJson() const
{
    return QJsonObject{
        {QLatin1String("incident_sub_type_id"), id},
        {QLatin1String("incident_sub_type_name"), name},
        {QLatin1String("incident_product_category_list"), json::toArray(productCategories)},
    };
}

} // namespace osm
