#include "CommandGroups.h"

#include "AgenciesCommands.h"
#include "AgreementsCommands.h"
#include "AttachmentsCommands.h"
#include "AuthorizationsCommands.h"
#include "CasesCommands.h"
#include "ConfigCommands.h"
#include "ConfigurationsCommands.h"
#include "CustomersCommands.h"
#include "DiagnoseCommands.h"
#include "FeedbackCommands.h"
#include "LabelsCommands.h"
#include "MessagesCommands.h"
#include "PartnersCommands.h"
#include "PrivilegesCommands.h"
#include "QuotasCommands.h"
#include "RelationsCommands.h"
#include "VerifyCommands.h"

namespace osm::ctl {

QList<CommandGroup> commandGroups()
{
    // One line per group (see ADDING_COMMANDS.md).
    return {
        CasesCommands::group(),
        MessagesCommands::group(),
        LabelsCommands::group(),
        RelationsCommands::group(),
        AttachmentsCommands::group(),
        VerifyCommands::group(),
        AgreementsCommands::group(),
        ConfigCommands::group(),
        QuotasCommands::group(),
        CustomersCommands::group(),
        PartnersCommands::group(),
        AgenciesCommands::group(),
        AuthorizationsCommands::group(),
        PrivilegesCommands::group(),
        DiagnoseCommands::group(),
        FeedbackCommands::group(),
        ConfigurationsCommands::group(),
    };
}

} // namespace osm::ctl
