#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace osm {

// ExtendsParamV2 (5.8.3 list_extends_params): an additional parameter a case of a problem type asks for
// (it feeds create_case's extends_map under param_key).
struct ExtendsParam
{
    QString tips;                      // tips, 0-128
    int required = 0;                  // required, 0/1
    int length = 0;                    // length, 0..65535
    QString language;                  // language, "zh-cn"
    QString paramKey;                  // param_key, 1-32
    QString paramName;                 // param_name, 1-32, localised
    int paramType = 0;                 // param_type: 1 integer, 3 line, 4 single choice, 5 multiple, 7 agreement,
                                       // 8 multi-line text (the example's 0 is outside the enum, kept as read)
    QString paramDesc;                 // param_desc, 0-128
    QString defaultValue;              // default_value, 0-64 (null in the example → "")
    std::optional<qint64> maxValue;    // max_value, Long (null in the example → none)
    std::optional<qint64> minValue;    // min_value, Long
    QString selectItem;                // select_item, 0-5000
    int isShow = 0;                    // is_show, 0/1
    int isSensitive = 0;               // is_sensitive, 0/1
    int paramSubtype = 0;              // param_subtype
    QString paramSubtypeValue;         // param_subtype_value
    QString regex;                     // regex
    QDateTime createTime;              // create_time, "Timestamp" without a format: read leniently
    QDateTime updateTime;              // update_time
    QString creatorId;                 // creator_id
    QString updatorId;                 // updator_id (sic)
    QString relativeCloudService;      // relative_cloud_service

    bool isRequired() const { return required != 0; }

    static ExtendsParam fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // times as epoch seconds (Timestamp), absent max/min values as null

    friend bool operator==(const ExtendsParam &, const ExtendsParam &) = default;
};

} // namespace osm
