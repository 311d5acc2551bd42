#pragma once

#include "Label.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.9.2 list_labels: one page of the tenant's labels and the number of all that match.
struct LabelList
{
    qint64 totalCount = 0; // total_count (count is read too, the name list_cases' table uses)
    QList<Label> labels;   // label_list, CaseLabelInfo objects

    static LabelList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const LabelList &, const LabelList &) = default;
};

} // namespace osm
