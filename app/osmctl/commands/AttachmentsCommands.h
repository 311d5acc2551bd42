#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "attachments" group: its commands are defined in AttachmentsCommands.cpp.
class AttachmentsCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::AttachmentsCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
