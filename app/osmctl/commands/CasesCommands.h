#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "cases" group: its commands are defined in CasesCommands.cpp.
class CasesCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::CasesCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
