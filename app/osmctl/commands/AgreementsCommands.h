#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "agreements" group: its commands are defined in AgreementsCommands.cpp.
class AgreementsCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::AgreementsCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
