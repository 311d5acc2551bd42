#include "Config.h"

#include "Operation.h"
#include "Validator.h"

namespace osm::api {

namespace {
const Operation kListAreaCodes{"list_area_codes", "GET", "/v2/servicerequest/config/area-codes"};
const Operation kListProblemTypes{"list_problem_types", "GET", "/v2/servicerequest/config/problems"};
const Operation kListExtendsParams{"list_extends_params", "GET", "/v2/servicerequest/config/extends-map"};
const Operation kListProblemTemplates{"list_problem_templates", "GET", "/v2/servicerequest/config/templates"};
const Operation kListCaseCategories{"list_case_categories", "GET", "/v2/servicerequest/config/categories"};
const Operation kListProductCategories{"list_product_categories", "GET", "/v2/servicerequest/config/product-categories"};
const Operation kListRegions{"list_regions", "GET", "/v2/servicerequest/config/regions"};
const Operation kListSatisfactionDimensions{"list_satisfaction_dimensions", "GET",
                                            "/v2/servicerequest/config/satisfaction-dimensions"};
const Operation kListSeverities{"list_severities", "GET", "/v2/servicerequest/config/severities"};
const Operation kShowCaseLimits{"show_case_limits", "GET", "/v2/servicerequest/config/limits"};
} // namespace

QFuture<Result<AreaCodeList>> listAreaCodes(ApiClient &client)
{
    return run<AreaCodeList>(client, kListAreaCodes, {}, {});
}

Error ListProblemTypesParams::validate() const
{
    return Validator()
        .maxLength("product_category_id", productCategoryId, 64)
        .maxLength("incident_sub_type_id", incidentSubTypeId, 32)
        .error();
}

QueryItems ListProblemTypesParams::query() const
{
    return QueryBuilder()
        .add("product_category_id", productCategoryId)
        .add("incident_sub_type_id", incidentSubTypeId)
        .items();
}

QFuture<Result<ProblemTypeList>> listProblemTypes(ApiClient &client, const ListProblemTypesParams &params)
{
    return run<ProblemTypeList>(client, kListProblemTypes, {}, params.query(), params.validate());
}

Error ListExtendsParamsParams::validate() const
{
    return Validator()
        .required("business_type_id", businessTypeId)
        .maxLength("business_type_id", businessTypeId, 32)
        .maxLength("incident_sub_type_id", incidentSubTypeId, 32)
        .maxLength("product_category_id", productCategoryId, 64)
        .error();
}

QueryItems ListExtendsParamsParams::query() const
{
    return QueryBuilder()
        .add("business_type_id", businessTypeId)
        .add("incident_sub_type_id", incidentSubTypeId)
        .add("product_category_id", productCategoryId)
        .items();
}

QFuture<Result<ExtendsParamList>> listExtendsParams(ApiClient &client, const ListExtendsParamsParams &params)
{
    return run<ExtendsParamList>(client, kListExtendsParams, {}, params.query(), params.validate());
}

QFuture<Result<ProblemTemplateList>> listProblemTemplates(ApiClient &client, const QString &businessTypeId)
{
    const Error invalid =
        Validator().required("business_type_id", businessTypeId).maxLength("business_type_id", businessTypeId, 32).error();
    return run<ProblemTemplateList>(client, kListProblemTemplates, {},
                                    QueryBuilder().add("business_type_id", businessTypeId).items(), invalid);
}

QFuture<Result<CaseCategoryList>> listCaseCategories(ApiClient &client)
{
    return run<CaseCategoryList>(client, kListCaseCategories, {}, {});
}

Error ListProductCategoriesParams::validate() const
{
    return Validator()
        .maxLength("product_category_name", productCategoryName, 64)
        .maxLength("product_category_acronym", productCategoryAcronym, 64)
        .error();
}

QueryItems ListProductCategoriesParams::query() const
{
    return QueryBuilder()
        .add("product_category_name", productCategoryName)
        .add("precise_search", preciseSearch)
        .add("product_category_acronym", productCategoryAcronym)
        .items();
}

QFuture<Result<ProductCategoryList>> listProductCategories(ApiClient &client, const ListProductCategoriesParams &params)
{
    return run<ProductCategoryList>(client, kListProductCategories, {}, params.query(), params.validate());
}

QFuture<Result<RegionList>> listRegions(ApiClient &client)
{
    return run<RegionList>(client, kListRegions, {}, {});
}

QFuture<Result<SatisfactionDimensionList>> listSatisfactionDimensions(ApiClient &client)
{
    return run<SatisfactionDimensionList>(client, kListSatisfactionDimensions, {}, {});
}

QFuture<Result<SeverityList>> listSeverities(ApiClient &client, const ListSeveritiesParams &params)
{
    return run<SeverityList>(client, kListSeverities, {}, params.query(), params.validate());
}

QFuture<Result<CaseLimits>> showCaseLimits(ApiClient &client)
{
    return run<CaseLimits>(client, kShowCaseLimits, {}, {});
}

} // namespace osm::api
