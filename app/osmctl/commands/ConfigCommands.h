#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "config" group: its commands are defined in ConfigCommands.cpp.
class ConfigCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::ConfigCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
