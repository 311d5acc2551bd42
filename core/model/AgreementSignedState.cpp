#include "AgreementSignedState.h"

#include "JsonRead.h"

namespace osm {

AgreementSignedState AgreementSignedState::fromJson(const QJsonObject &json)
{
    // A Boolean; json::boolean also reads 1/0 and "true"/"false".
    return AgreementSignedState{json::boolean(json.value(QLatin1String("is_signed_latest")))};
}

QJsonObject AgreementSignedState::toJson() const
{
    return QJsonObject{{QLatin1String("is_signed_latest"), isSignedLatest}};
}

} // namespace osm
