#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// SatisfactionDimensionSimpleInfoV2 (5.8.8 satisfaction_dimension_list): a rating scale.
struct SatisfactionDimension
{
    int value = 0;            // value, the total score, 0..65535
    int satisfactionId = 0;   // satisfaction_id, 0..65535 (what 5.3.6/5.3.8 send back)
    QString description;      // satisfaction_desc, 0-128 (absent from the example), localised
    int perValue = 0;         // per_value, the score per star
    QString categoryId;       // sat_category_id, 1-32

    static SatisfactionDimension fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SatisfactionDimension &, const SatisfactionDimension &) = default;
};

} // namespace osm
