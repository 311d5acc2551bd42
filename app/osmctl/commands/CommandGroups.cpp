#include "CommandGroups.h"

#include "AgenciesCommands.h"
#include "CasesCommands.h"
#include "ConfigCommands.h"
#include "CustomersCommands.h"
#include "LabelsCommands.h"
#include "MessagesCommands.h"
#include "PartnersCommands.h"
#include "QuotasCommands.h"
#include "RelationsCommands.h"

namespace osm::ctl {

QList<CommandGroup> commandGroups()
{
    // One line per group (see ADDING_COMMANDS.md).
    return {
        CasesCommands::group(),
        MessagesCommands::group(),
        LabelsCommands::group(),
        RelationsCommands::group(),
        ConfigCommands::group(),
        QuotasCommands::group(),
        CustomersCommands::group(),
        PartnersCommands::group(),
        AgenciesCommands::group(),
    };
}

} // namespace osm::ctl
