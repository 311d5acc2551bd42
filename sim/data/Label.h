#pragma once

#include <QString>

namespace osm::sim {

// A tenant's case label (5.9): at most 30 per tenant, at most 5 per case.
struct Label
{
    int id = 0;
    QString name;
    QString color; // "#RRGGBB"
    QString domainId;
};

} // namespace osm::sim
