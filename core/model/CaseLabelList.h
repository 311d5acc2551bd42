#pragma once

#include "Label.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.9.5 list_case_labels: the labels attached to one case. The table says 0-3 items, the
// error codes (OSM.01010042) and 5.9.6 allow 5; nothing here limits the count.
struct CaseLabelList
{
    QList<Label> labels; // case_label_list, CaseLabelInfo objects

    QList<int> labelIds() const;

    static CaseLabelList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const CaseLabelList &, const CaseLabelList &) = default;
};

} // namespace osm
