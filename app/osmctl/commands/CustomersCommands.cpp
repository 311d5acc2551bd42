#include "CustomersCommands.h"

#include "api/CaseQueries.h"

namespace osm::ctl {

CommandGroup CustomersCommands::group()
{
    using List = api::ListSubCustomersParams;
    return {QStringLiteral("customers"),
            tr("The account's IAM users (sub-customers), contacts anonymised."),
            {
                CommandBuilder<List>(QStringLiteral("list"), tr("List the account's IAM users (5.11.10)."))
                    .option(QStringLiteral("sub-customer-name"), &List::subCustomerName,
                            tr("Only users with this name (at most 64 characters)."))
                    .option(QStringLiteral("sub-customer-id"), &List::subCustomerId,
                            tr("Only the user with this id (at most 64 characters)."))
                    .run([](ApiClient &client, const List &p) { return api::listSubCustomers(client, p); }),
            }};
}

} // namespace osm::ctl
