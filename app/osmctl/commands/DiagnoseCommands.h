#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "diagnose" group: its commands are defined in DiagnoseCommands.cpp.
class DiagnoseCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::DiagnoseCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
