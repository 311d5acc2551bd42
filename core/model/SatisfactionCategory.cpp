#include "SatisfactionCategory.h"

#include "JsonRead.h"

namespace osm {

namespace {
constexpr int kMaxDepth = 16; // a hostile or broken answer must not recurse without end
}

SatisfactionCategory SatisfactionCategory::fromJson(const QJsonObject &json, int depth)
{
    SatisfactionCategory c;
    c.categoryId = json::string(json.value(QLatin1String("category_id")));
    c.isValid = static_cast<int>(json::integer(json.value(QLatin1String("is_valid"))));
    c.type = json::string(json.value(QLatin1String("type")));
    if (depth < kMaxDepth) {
        for (const QJsonValue &sub : json::array(json.value(QLatin1String("sub_satisfactions")))) {
            if (sub.isObject())
                c.subCategories.append(fromJson(sub.toObject(), depth + 1));
        }
    }
    c.dimensions = json::objects<SatisfactionConfigDimension>(json.value(QLatin1String("satisfaction_dimensions")));
    c.names = json::objects<ConfigName>(json.value(QLatin1String("category_names")));
    return c;
}

QJsonObject SatisfactionCategory::toJson() const
{
    return QJsonObject{
        {QLatin1String("category_id"), categoryId},
        {QLatin1String("is_valid"), isValid},
        {QLatin1String("type"), type},
        {QLatin1String("sub_satisfactions"), json::toArray(subCategories)},
        {QLatin1String("satisfaction_dimensions"), json::toArray(dimensions)},
        {QLatin1String("category_names"), json::toArray(names)},
    };
}

bool operator==(const SatisfactionCategory &a, const SatisfactionCategory &b)
{
    if (a.categoryId != b.categoryId || a.isValid != b.isValid || a.type != b.type || a.dimensions != b.dimensions
        || a.names != b.names || a.subCategories.size() != b.subCategories.size())
        return false;
    for (qsizetype i = 0; i < a.subCategories.size(); ++i) {
        if (!(a.subCategories.at(i) == b.subCategories.at(i)))
            return false;
    }
    return true;
}

} // namespace osm
