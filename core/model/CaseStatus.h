#pragma once

#include <QList>
#include <QString>

namespace osm {

// The case status codes: the union of every status table of the reference (API.md §7.4). The API sends
// them as plain integers; the value types keep them as int so that an undocumented code survives.
struct CaseStatus
{
    enum Value : int {
        PendingAcceptance = 0,   // 待受理
        InProgress = 1,          // 处理中
        ResultToBeConfirmed = 2, // 待确认结果
        Completed = 3,           // 已完成
        Cancelled = 4,           // 已撤销
        Paused = 5,              // 暂停 (5.11.4/5.11.7/5.11.9 responses only)
        Invalid = 12,            // 无效
        Deleted = 13,            // 已删除
        AwaitingFeedback = 17,   // 待反馈
    };

    // Every documented code, ascending.
    static QList<int> all();
    static bool isKnown(int status);
    // The translated name ("osm::CaseStatus" context); an undocumented code gives "Status <code>".
    static QString displayName(int status);
};

} // namespace osm
