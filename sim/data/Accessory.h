#pragma once

#include <QString>

namespace osm::sim {

// An attachment of a message (the reference's SimpleAccessoryV2 plus the size the sim keeps for downloads).
struct Accessory
{
    QString id;   // 32 hex
    QString name; // file_actual_name
    qint64 size = 0;
};

} // namespace osm::sim
