#pragma once

#include "SatisfactionCategory.h"
#include "SatisfactionDimension.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.8 list_satisfaction_dimensions.
struct SatisfactionDimensionList
{
    qint64 totalCount = 0;                    // total_count (count is read too)
    QList<SatisfactionDimension> dimensions;  // satisfaction_dimension_list
    QList<SatisfactionCategory> categories;   // satisfaction_categories

    static SatisfactionDimensionList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SatisfactionDimensionList &, const SatisfactionDimensionList &) = default;
};

} // namespace osm
