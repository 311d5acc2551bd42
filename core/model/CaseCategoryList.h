#pragma once

#include "CaseSubType.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.5 list_case_categories: sub-types, each with its product categories.
struct CaseCategoryList
{
    qint64 totalCount = 0;      // total_count (count is read too)
    QList<CaseSubType> subTypes; // incident_sub_type_list

    static CaseCategoryList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseCategoryList &, const CaseCategoryList &) = default;
};

} // namespace osm
