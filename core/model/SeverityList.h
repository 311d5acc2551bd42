#pragma once

#include "Severity.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.9 list_severities.
struct SeverityList
{
    bool show = false;          // show, Boolean; the example sends 1
    QList<Severity> severities; // severity_list, 1-10

    static SeverityList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SeverityList &, const SeverityList &) = default;
};

} // namespace osm
