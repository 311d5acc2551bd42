#include "ProblemTypeKey.h"

#include "Validator.h"

namespace osm::api {

Error ProblemTypeKey::validate() const
{
    // 5.7.1 allows a product_category_id of length 0 although it is required; an empty id names no category,
    // so it is refused as missing.
    return Validator()
        .required("product_category_id", productCategoryId)
        .maxLength("product_category_id", productCategoryId, 64)
        .required("business_type_id", businessTypeId)
        .maxLength("business_type_id", businessTypeId, 32)
        .error();
}

QueryItems ProblemTypeKey::query() const
{
    return QueryBuilder()
        .add("product_category_id", productCategoryId)
        .add("business_type_id", businessTypeId)
        .items();
}

} // namespace osm::api
