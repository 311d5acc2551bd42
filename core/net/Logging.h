#pragma once

#include <QLoggingCategory>

namespace osm {

// Network logging: method, path, status, timing and request id only. Never headers or bodies, which hold
// signatures, tokens and passwords.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace osm
