#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "verify" group: its commands are defined in VerifyCommands.cpp.
class VerifyCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::VerifyCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
