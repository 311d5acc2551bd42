#include "Command.h"

namespace osm::ctl {

const Command *CommandGroup::find(const QString &commandName) const
{
    for (const Command &command : commands) {
        if (command.name == commandName)
            return &command;
    }
    return nullptr;
}

} // namespace osm::ctl
