#pragma once

#include "model/AccessoryLimits.h"
#include "net/Error.h"

#include <QStringList>

namespace osm::api {

// Checks local files against 5.5.6 show_accessory_limits before anything is uploaded (both upload endpoints
// say an upload must satisfy them): how many files (`alreadyAttached` counts those uploaded before), that
// each can be read and is not empty, its type (by extension), its size, and for a ZIP archive its unpacked
// size. The first file that breaks a limit gives a Validation error (field "file") whose detail names the
// file and the limit; no error when every file fits.
Error checkAccessoryLimits(const AccessoryLimits &limits, const QStringList &filePaths,
                           int alreadyAttached = 0);

} // namespace osm::api
