#include "RelatedCaseList.h"

#include "JsonRead.h"

namespace osm {

QStringList RelatedCaseList::caseIds() const
{
    QStringList ids;
    for (const RelatedCase &related : cases)
        ids.append(related.caseId);
    return ids;
}

RelatedCaseList RelatedCaseList::fromJson(const QJsonObject &json)
{
    RelatedCaseList list;
    list.cases = json::objects<RelatedCase>(json.value(QLatin1String("case_relation_list")));
    return list;
}

QJsonObject RelatedCaseList::toJson() const
{
    return QJsonObject{{QLatin1String("case_relation_list"), json::toArray(cases)}};
}

} // namespace osm
