#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "quotas" group: its commands are defined in QuotasCommands.cpp.
class QuotasCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::QuotasCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
