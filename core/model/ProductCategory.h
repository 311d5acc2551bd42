#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// IncidentProductCategoryV2 (5.8.5 list_case_categories, 5.8.6 list_product_categories).
struct ProductCategory
{
    QString id;                     // incident_product_category_id, 1-32
    QString name;                   // incident_product_category_name, 1-64, localised by X-Language
    QString description;            // incident_product_category_desc, 0-512
    QString acronym;                // incident_product_category_acronym, 0-32, "ECS"
    bool canUseSupportPlan = false; // can_use_support_plan, Boolean; the examples send 1

    static ProductCategory fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ProductCategory &, const ProductCategory &) = default;
};

} // namespace osm
