#pragma once

#include "model/AreaCodeList.h"
#include "model/CaseCategoryList.h"
#include "model/CaseLimits.h"
#include "model/ExtendsParamList.h"
#include "model/ProblemTemplateList.h"
#include "model/ProblemTypeList.h"
#include "model/ProductCategoryList.h"
#include "model/RegionList.h"
#include "model/SatisfactionDimensionList.h"
#include "model/SeverityList.h"
#include "ProblemTypeKey.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <optional>

namespace osm::api {

// 5.8 the configuration a new case is built from: sub-types and product categories, problem types, their
// templates and additional parameters, severities, regions, country codes, satisfaction scales and limits.
// Every name in these lists follows the request's X-Language (ApiClient::setLanguage).

// 5.8.1 list_area_codes
QFuture<Result<AreaCodeList>> listAreaCodes(ApiClient &client);

// 5.8.2 list_problem_types
struct ListProblemTypesParams
{
    QString productCategoryId; // product_category_id, optional, 1-64 (empty: not sent)
    QString incidentSubTypeId; // incident_sub_type_id, optional, 0-32

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<ProblemTypeList>> listProblemTypes(ApiClient &client, const ListProblemTypesParams &params = {});

// 5.8.3 list_extends_params
struct ListExtendsParamsParams
{
    QString businessTypeId;    // business_type_id, required, 1-32
    QString incidentSubTypeId; // incident_sub_type_id, optional, 1-32
    QString productCategoryId; // product_category_id, optional, 1-64

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<ExtendsParamList>> listExtendsParams(ApiClient &client, const ListExtendsParamsParams &params);

// 5.8.4 list_problem_templates: business_type_id (required, 1-32) — the name of the table; the request
// example's incident_business_type_id is not sent.
QFuture<Result<ProblemTemplateList>> listProblemTemplates(ApiClient &client, const QString &businessTypeId);

// 5.8.5 list_case_categories
QFuture<Result<CaseCategoryList>> listCaseCategories(ApiClient &client);

// 5.8.6 list_product_categories
struct ListProductCategoriesParams
{
    QString productCategoryName;        // product_category_name, 0-64
    std::optional<bool> preciseSearch;  // precise_search: true exact, false fuzzy (server default)
    QString productCategoryAcronym;     // product_category_acronym, 0-64

    Error validate() const;
    QueryItems query() const;
};
QFuture<Result<ProductCategoryList>> listProductCategories(ApiClient &client,
                                                           const ListProductCategoriesParams &params = {});

// 5.8.7 list_regions
QFuture<Result<RegionList>> listRegions(ApiClient &client);

// 5.8.8 list_satisfaction_dimensions
QFuture<Result<SatisfactionDimensionList>> listSatisfactionDimensions(ApiClient &client);

// 5.8.9 list_severities: both parameters required.
using ListSeveritiesParams = ProblemTypeKey;
QFuture<Result<SeverityList>> listSeverities(ApiClient &client, const ListSeveritiesParams &params);

// 5.8.10 show_case_limits
QFuture<Result<CaseLimits>> showCaseLimits(ApiClient &client);

} // namespace osm::api
