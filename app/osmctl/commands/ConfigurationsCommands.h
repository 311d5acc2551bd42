#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "configurations" group: its commands are defined in ConfigurationsCommands.cpp.
class ConfigurationsCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::ConfigurationsCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
