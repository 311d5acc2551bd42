#pragma once

#include "AreaCode.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.8.1 list_area_codes.
struct AreaCodeList
{
    QList<AreaCode> areaCodes; // area_code_list, 0-65535

    static AreaCodeList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AreaCodeList &, const AreaCodeList &) = default;
};

} // namespace osm
