#include "Logging.h"

namespace osm {

Q_LOGGING_CATEGORY(lcNet, "osm.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "osm.auth", QtWarningMsg)

} // namespace osm
