#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// SimpleIncidentBusinessTypeV2 (5.8.2 list_problem_types): a problem (business) type of a product category.
struct ProblemType
{
    QString businessTypeId;         // business_type_id, 1-32
    QString businessTypeName;       // business_type_name, 1-64, localised by X-Language
    QString caseType;               // case_type, "0" consultation, "5" fault report
    bool canUseSupportPlan = false; // can_use_support_plan, Boolean (1/0 and "true" are read too)

    static ProblemType fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ProblemType &, const ProblemType &) = default;
};

} // namespace osm
