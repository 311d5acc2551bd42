#pragma once

#include "net/Error.h"
#include "net/QueryItems.h"

namespace osm::api {

// The product category and problem type that severities (5.8.9) and quotas (5.7.1) are asked for: both
// required there, with the same limits, sent as the same two query parameters.
struct ProblemTypeKey
{
    QString productCategoryId; // product_category_id, 1-64
    QString businessTypeId;    // business_type_id, 1-32

    Error validate() const;
    QueryItems query() const;
};

} // namespace osm::api
