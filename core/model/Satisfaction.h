#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// One rating of a case: IncidentSatisfactionV2Do (5.11.4 incident_satisfaction).
struct Satisfaction
{
    int satisfactionId = 0;    // satisfaction_id: category id (0..9999)
    int satisfactionValue = 0; // satisfaction_value
    QString satisfactionName;  // satisfaction_name
    QString satCategoryId;     // sat_category_id: dimension id
    QString satCategoryName;   // sat_category_name
    QString parentCategoryId;  // parent_category_id
    QString instanceName;      // instance_name

    static Satisfaction fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Satisfaction &, const Satisfaction &) = default;
};

} // namespace osm
