#include "PartnersCommands.h"

#include "api/CaseQueries.h"

namespace osm::ctl {

CommandGroup PartnersCommands::group()
{
    using Service = api::ShowPartnerServiceInfoParams;
    return {QStringLiteral("partners"),
            tr("Partners: whether you may process cases, and a partner's service hours."),
            {
                CommandBuilder<NoParams>(QStringLiteral("privilege"),
                                         tr("Show whether the caller, as a partner, may process cases (5.11.2)."))
                    .run([](ApiClient &client, const NoParams &) { return api::checkPartnerCasePrivilege(client); }),
                CommandBuilder<Service>(QStringLiteral("service-info"),
                                        tr("Show the service hours of the partner of a product or case (5.11.8)."))
                    .option(QStringLiteral("case-sub-type-id"), &Service::caseSubTypeId,
                            tr("The case sub-type id (at most 32 characters)."))
                    .option(QStringLiteral("product-id"), &Service::productId,
                            tr("The ISV product id (at most 64 characters)."))
                    .option(QStringLiteral("case-id"), &Service::caseId, tr("The case id (at most 32 characters)."))
                    .run([](ApiClient &client, const Service &p) { return api::showPartnerServiceInfo(client, p); }),
            }};
}

} // namespace osm::ctl
