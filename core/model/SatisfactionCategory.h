#pragma once

#include "ConfigName.h"
#include "SatisfactionConfigDimension.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// SatisfactionConfigCateGory (sic, 5.8.8 satisfaction_categories): a satisfaction category, recursive through
// sub_satisfactions. The table's rows "incident" and "manual-service" are values of `type`, not fields.
struct SatisfactionCategory
{
    QString categoryId;                                // category_id, 0-32
    int isValid = 0;                                   // is_valid, 1 valid, 0 invalid
    QString type;                                      // type: "incident" or "manual-service"
    QList<SatisfactionCategory> subCategories;         // sub_satisfactions, 0-10 (recursive)
    QList<SatisfactionConfigDimension> dimensions;     // satisfaction_dimensions, 0-10
    QList<ConfigName> names;                           // category_names (absent from the example)

    static SatisfactionCategory fromJson(const QJsonObject &json, int depth = 0);
    QJsonObject toJson() const;

    // Written out: a defaulted == would need QList<SatisfactionCategory>'s while the type is still incomplete.
    friend bool operator==(const SatisfactionCategory &a, const SatisfactionCategory &b);
};

} // namespace osm
