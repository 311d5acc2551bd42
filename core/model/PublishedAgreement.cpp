#include "PublishedAgreement.h"

#include "JsonRead.h"

namespace osm {

PublishedAgreement PublishedAgreement::fromJson(const QJsonObject &json)
{
    // An object in the table and the example; json::object also takes a one-element array.
    return PublishedAgreement{Agreement::fromJson(json::object(json.value(QLatin1String("case_agreement"))))};
}

QJsonObject PublishedAgreement::toJson() const
{
    return QJsonObject{{QLatin1String("case_agreement"), agreement.toJson()}};
}

} // namespace osm
