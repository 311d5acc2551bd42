#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// DataCenterV2Do (5.8.7 list_regions): a cloud region a case can refer to.
struct Region
{
    int type = 0;         // type: 0 Chinese mainland, 1 international, 2 Europe (0..10)
    QString regionId;     // region_id, 1-64, "cn-north-1"
    QString regionName;   // region_name, 1-64, localised by X-Language
    int isSensitive = 0;  // is_sensitive, 0/1 (an Integer in the table, kept as such)

    static Region fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Region &, const Region &) = default;
};

} // namespace osm
