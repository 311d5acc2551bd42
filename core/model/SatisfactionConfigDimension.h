#pragma once

#include "ConfigName.h"
#include "SatisfactionDimensionInstance.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// SatisfactionConfigDimension (5.8.8): a dimension of a satisfaction category, with its star levels.
struct SatisfactionConfigDimension
{
    QString dimensionId;                            // dimension_id, 0-32
    QList<SatisfactionDimensionInstance> instances; // satisfaction_dimension_instances, 0-10
    QList<ConfigName> names;                        // dimension_names

    static SatisfactionConfigDimension fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SatisfactionConfigDimension &, const SatisfactionConfigDimension &) = default;
};

} // namespace osm
