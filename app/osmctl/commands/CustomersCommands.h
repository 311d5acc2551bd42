#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "customers" group: its commands are defined in CustomersCommands.cpp.
class CustomersCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::CustomersCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
