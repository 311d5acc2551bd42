#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// ItemResultVo (5.15.3 show_diagnose_job items_result): one check item of a diagnosis job.
struct DiagnoseItemResult
{
    // problem_level, "可用于判断检查项执行结果" (tells the item's result).
    static constexpr int kNotExecuted = 0;
    static constexpr int kNormal = 3;
    static constexpr int kAbnormal = 4;

    int status = 0;       // status, 0-100 "execution status"
    int visible = 0;      // visible, 0 or 1
    QString resourceId;   // resource_id, the item's category id, 0-64
    QString resourceName; // resource_name, the category's name, 0-64
    QString checkId;      // check_id, 0-64 (what 5.15.2 takes as item_ids)
    QString checkName;    // check_name, 0-64 (described as "执行状态", a copy error; the example holds a name)
    int problemLevel = kNotExecuted; // problem_level: 0 not executed, 3 normal, 4 abnormal

    bool executed() const { return problemLevel != kNotExecuted; }
    bool abnormal() const { return problemLevel == kAbnormal; }

    static DiagnoseItemResult fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseItemResult &, const DiagnoseItemResult &) = default;
};

} // namespace osm
