#pragma once

#include "RelatedCase.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace osm {

// The answer of 5.12.3 list_case_relations: the cases related to one case (at most 3).
struct RelatedCaseList
{
    QList<RelatedCase> cases; // case_relation_list

    QStringList caseIds() const;

    static RelatedCaseList fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const RelatedCaseList &, const RelatedCaseList &) = default;
};

} // namespace osm
