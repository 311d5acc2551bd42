#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "partners" group: its commands are defined in PartnersCommands.cpp.
class PartnersCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::PartnersCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
