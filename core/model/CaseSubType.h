#pragma once

#include "ProductCategory.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace osm {

// IncidentSubTypeV2Do (5.8.5 list_case_categories): a case sub-type with its product categories.
struct CaseSubType
{
    QString id;                               // incident_sub_type_id, 1-32
    QString name;                             // incident_sub_type_name, 1-64, localised by X-Language
    QList<ProductCategory> productCategories; // incident_product_category_list

    static CaseSubType fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseSubType &, const CaseSubType &) = default;
};

} // namespace osm
