#include "ConfigCommands.h"

#include "api/Config.h"

namespace osm::ctl {

namespace {

struct TemplatesArgs
{
    QString businessTypeId;
};

} // namespace

CommandGroup ConfigCommands::group()
{
    using ProblemTypes = api::ListProblemTypesParams;
    using Extends = api::ListExtendsParamsParams;
    using Products = api::ListProductCategoriesParams;
    using Severities = api::ListSeveritiesParams;
    return {QStringLiteral("config"),
            tr("What a new case is built from: categories, problem types, templates, severities, regions, limits."),
            {
                CommandBuilder<NoParams>(QStringLiteral("area-codes"), tr("List the telephone country codes (5.8.1)."))
                    .run([](ApiClient &client, const NoParams &) { return api::listAreaCodes(client); }),
                CommandBuilder<ProblemTypes>(QStringLiteral("problem-types"), tr("List the problem types (5.8.2)."))
                    .option(QStringLiteral("product-category-id"), &ProblemTypes::productCategoryId,
                            tr("Only those of this product category (1-64 characters)."))
                    .option(QStringLiteral("incident-sub-type-id"), &ProblemTypes::incidentSubTypeId,
                            tr("Only those of this case sub-type (at most 32 characters)."))
                    .run([](ApiClient &client, const ProblemTypes &p) { return api::listProblemTypes(client, p); }),
                CommandBuilder<Extends>(QStringLiteral("extends-params"),
                                        tr("List the additional parameters a problem type asks for (5.8.3)."))
                    .option(QStringLiteral("business-type-id"), &Extends::businessTypeId,
                            tr("The problem type id (1-32 characters)."), Need::Required)
                    .option(QStringLiteral("incident-sub-type-id"), &Extends::incidentSubTypeId,
                            tr("The case sub-type id (1-32 characters)."))
                    .option(QStringLiteral("product-category-id"), &Extends::productCategoryId,
                            tr("The product category id (1-64 characters)."))
                    .run([](ApiClient &client, const Extends &p) { return api::listExtendsParams(client, p); }),
                CommandBuilder<TemplatesArgs>(QStringLiteral("templates"),
                                              tr("List the description templates of a problem type (5.8.4)."))
                    .option(QStringLiteral("business-type-id"), &TemplatesArgs::businessTypeId,
                            tr("The problem type id (1-32 characters)."), Need::Required)
                    .run([](ApiClient &client, const TemplatesArgs &p) {
                        return api::listProblemTemplates(client, p.businessTypeId);
                    }),
                CommandBuilder<NoParams>(QStringLiteral("categories"), tr("List the case categories and sub-types (5.8.5)."))
                    .run([](ApiClient &client, const NoParams &) { return api::listCaseCategories(client); }),
                CommandBuilder<Products>(QStringLiteral("product-categories"), tr("List the product categories (5.8.6)."))
                    .option(QStringLiteral("product-category-name"), &Products::productCategoryName,
                            tr("Only categories with this name (at most 64 characters)."))
                    .option(QStringLiteral("precise-search"), &Products::preciseSearch,
                            tr("true: the exact name; false: names containing it (the server's default)."))
                    .option(QStringLiteral("product-category-acronym"), &Products::productCategoryAcronym,
                            tr("Only categories with this acronym (at most 64 characters)."))
                    .run([](ApiClient &client, const Products &p) { return api::listProductCategories(client, p); }),
                CommandBuilder<NoParams>(QStringLiteral("regions"), tr("List the regions (5.8.7)."))
                    .run([](ApiClient &client, const NoParams &) { return api::listRegions(client); }),
                CommandBuilder<NoParams>(QStringLiteral("satisfaction-dimensions"),
                                         tr("List the satisfaction scales of the case rating (5.8.8)."))
                    .run([](ApiClient &client, const NoParams &) { return api::listSatisfactionDimensions(client); }),
                CommandBuilder<Severities>(QStringLiteral("severities"),
                                           tr("List the severities of a product category and problem type (5.8.9)."))
                    .option(QStringLiteral("product-category-id"), &Severities::productCategoryId,
                            tr("The product category id (1-64 characters)."), Need::Required)
                    .option(QStringLiteral("business-type-id"), &Severities::businessTypeId,
                            tr("The problem type id (1-32 characters)."), Need::Required)
                    .run([](ApiClient &client, const Severities &p) { return api::listSeverities(client, p); }),
                CommandBuilder<NoParams>(QStringLiteral("limits"), tr("Show the account's case limits (5.8.10)."))
                    .run([](ApiClient &client, const NoParams &) { return api::showCaseLimits(client); }),
            }};
}

} // namespace osm::ctl
