#include "AgenciesCommands.h"

#include "api/CaseQueries.h"

namespace osm::ctl {

CommandGroup AgenciesCommands::group()
{
    return {QStringLiteral("agencies"),
            tr("The account's IAM agencies (delegations)."),
            {
                CommandBuilder<NoParams>(QStringLiteral("list"), tr("List the account's IAM agencies (5.11.1)."))
                    .run([](ApiClient &client, const NoParams &) { return api::listAgencies(client); }),
            }};
}

} // namespace osm::ctl
