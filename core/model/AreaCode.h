#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// AreaCodeSimpleInfoV2 (5.8.1 list_area_codes): a country calling code for the contact details of a new case.
struct AreaCode
{
    qint64 id = 0;     // id, 0..9223372036854775807
    QString areaCode;  // area_code, 1-16, "86"
    QString areaName;  // area_name, 1-64, localised by X-Language

    static AreaCode fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AreaCode &, const AreaCode &) = default;
};

} // namespace osm
