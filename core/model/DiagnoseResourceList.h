#pragma once

#include "DiagnoseResource.h"

#include <QJsonObject>
#include <QList>

namespace osm {

// The answer of 5.15.6 list_diagnose_vm_resources: one page (offset/limit) and the total.
struct DiagnoseResourceList
{
    qint64 totalCount = 0;            // total_count, 0-65535; the page's size when absent
    QList<DiagnoseResource> resources; // result

    static DiagnoseResourceList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const DiagnoseResourceList &, const DiagnoseResourceList &) = default;
};

} // namespace osm
