#include "SatisfactionDimensionList.h"

#include "JsonRead.h"

namespace osm {

SatisfactionDimensionList SatisfactionDimensionList::fromJson(const QJsonObject &json)
{
    SatisfactionDimensionList list;
    list.dimensions = json::objects<SatisfactionDimension>(json.value(QLatin1String("satisfaction_dimension_list")));
    for (const QJsonValue &c : json::array(json.value(QLatin1String("satisfaction_categories")))) {
        if (c.isObject())
            list.categories.append(SatisfactionCategory::fromJson(c.toObject()));
    }
    const QJsonValue total = json::field(json, {"total_count", "count"});
    list.totalCount = total.isUndefined() ? list.dimensions.size() : json::integer(total);
    return list;
}

QJsonObject SatisfactionDimensionList::toJson() const
{
    return QJsonObject{
        {QLatin1String("total_count"), totalCount},
        {QLatin1String("satisfaction_dimension_list"), json::toArray(dimensions)},
        {QLatin1String("satisfaction_categories"), json::toArray(categories)},
    };
}

} // namespace osm
