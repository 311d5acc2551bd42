#include "ProductCategoryList.h"

#include "JsonRead.h"

namespace osm {

ProductCategoryList ProductCategoryList::fromJson(const QJsonObject &json)
{
    ProductCategoryList list;
    list.categories = json::objects<ProductCategory>(json.value(QLatin1String("incident_product_category_list")));
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.categories.size() : json::integer(total);
    return list;
}

QJsonObject ProductCategoryList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("incident_product_category_list"), json::toArray(categories)},
    };
}

} // namespace osm
