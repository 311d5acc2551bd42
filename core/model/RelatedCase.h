#pragma once

#include <QJsonObject>
#include <QString>

namespace osm {

// CaseRealtionInfo (sic, 5.12.3 list_case_relations): brief information on a related case.
struct RelatedCase
{
    QString caseId;            // case_id, 1-64
    QString simpleDescription; // simple_description, 1-2000
    QString userName;          // user_name, 1-256: who submitted it

    static RelatedCase fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const RelatedCase &, const RelatedCase &) = default;
};

} // namespace osm
