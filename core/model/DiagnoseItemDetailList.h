#pragma once

#include "DiagnoseItemDetail.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.15.2 show_diagnose_item_results.
struct DiagnoseItemDetailList
{
    // site: which site's advice pages apply.
    static constexpr int kChinaSite = 0;
    static constexpr int kInternationalSite = 1;
    static constexpr int kEuropeSite = 2;
    static constexpr int kRussiaSite = 3;
    static constexpr int kHcso = 4;

    QList<DiagnoseItemDetail> items; // item_results
    int site = kChinaSite;           // site

    static DiagnoseItemDetailList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseItemDetailList &, const DiagnoseItemDetailList &) = default;
};

} // namespace osm
