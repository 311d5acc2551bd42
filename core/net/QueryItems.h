#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace osm {

// Decoded query pairs in wire order. A repeated key stays repeated: the OSM API sends array parameters
// that way (case_ids=a&case_ids=b). Both the wire query and the signed canonical query are built from this
// one list, so QUrl never gets a chance to normalise one differently from the other.
using QueryItems = QList<std::pair<QString, QString>>;

} // namespace osm
