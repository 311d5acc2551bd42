#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// CommonParamV2 (5.8.3 list_extends_params): a common additional parameter.
struct CommonParam
{
    QString paramKey;   // param_key, 1-32
    QString paramName;  // param_name, 1-32
    int isShow = 0;     // is_show, 0/1
    int isRequired = 0; // is_required, 0/1

    static CommonParam fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CommonParam &, const CommonParam &) = default;
};

} // namespace osm
