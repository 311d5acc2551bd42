#pragma once

#include "ConfigName.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// SatisfactionDimensionInstance (5.8.8): one star level of a dimension with its names.
struct SatisfactionDimensionInstance
{
    QString instanceId;       // instance_id, 0-32
    int startNum = 0;         // start_num (sic), the number of stars, 1..5
    int points = 0;           // points, 1..100
    QList<ConfigName> names;  // instance_names

    static SatisfactionDimensionInstance fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SatisfactionDimensionInstance &, const SatisfactionDimensionInstance &) = default;
};

} // namespace osm
