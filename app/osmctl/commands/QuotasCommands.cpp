#include "QuotasCommands.h"

#include "api/Quotas.h"

namespace osm::ctl {

CommandGroup QuotasCommands::group()
{
    using P = api::ShowCaseQuotaParams;
    return {QStringLiteral("quotas"),
            tr("How many cases of a problem type may still be created."),
            {
                CommandBuilder<P>(QStringLiteral("show"),
                                  tr("Show the case quota of a product category and problem type (5.7.1)."))
                    .option(QStringLiteral("product-category-id"), &P::productCategoryId,
                            tr("The product category id (1-64 characters)."), Need::Required)
                    .option(QStringLiteral("business-type-id"), &P::businessTypeId,
                            tr("The problem type id (1-32 characters)."), Need::Required)
                    .run([](ApiClient &client, const P &p) { return api::showCaseQuota(client, p); }),
            }};
}

} // namespace osm::ctl
