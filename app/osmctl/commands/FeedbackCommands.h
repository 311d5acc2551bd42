#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace osm::ctl {

// osmctl's "feedback" group: its commands are defined in FeedbackCommands.cpp.
class FeedbackCommands
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::FeedbackCommands)

public:
    static CommandGroup group();
};

} // namespace osm::ctl
