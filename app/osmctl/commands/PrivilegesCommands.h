#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "privileges" group: its commands are defined in PrivilegesCommands.cpp.
class PrivilegesCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::PrivilegesCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
