#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "relations" group: its commands are defined in RelationsCommands.cpp.
class RelationsCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::RelationsCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
