#pragma once

#include "ProductCategory.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.6 list_product_categories.
struct ProductCategoryList
{
    qint64 totalCount = 0;             // total_count (count is read too)
    QList<ProductCategory> categories; // incident_product_category_list

    static ProductCategoryList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ProductCategoryList &, const ProductCategoryList &) = default;
};

} // namespace osm
