#pragma once

#include "Command.h"

#include <QList>

namespace osm::ctl {

// Every group of osmctl, in the order the top-level help lists them. Add yours in CommandGroups.cpp.
QList<CommandGroup> commandGroups();

} // namespace osm::ctl
