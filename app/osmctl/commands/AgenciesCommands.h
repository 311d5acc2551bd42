#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "agencies" group: its commands are defined in AgenciesCommands.cpp.
class AgenciesCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::AgenciesCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
