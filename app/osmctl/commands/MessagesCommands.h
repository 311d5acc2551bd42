#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "messages" group: its commands are defined in MessagesCommands.cpp.
class MessagesCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::MessagesCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
