#pragma once

#include "DiagnoseRecord.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.15.4 list_diagnose_records: one page (page_no/page_size) and the total.
struct DiagnoseRecordList
{
    qint64 totalCount = 0;          // total_count (count accepted too); the page's size when absent
    QList<DiagnoseRecord> records;  // records

    static DiagnoseRecordList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseRecordList &, const DiagnoseRecordList &) = default;
};

} // namespace osm
