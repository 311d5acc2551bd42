#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "authorizations" group: its commands are defined in AuthorizationsCommands.cpp.
class AuthorizationsCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::AuthorizationsCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
