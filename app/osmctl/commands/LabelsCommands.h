#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "labels" group: its commands are defined in LabelsCommands.cpp.
class LabelsCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::LabelsCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
