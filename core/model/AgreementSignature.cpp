#include "AgreementSignature.h"

#include "JsonRead.h"

namespace osm {

AgreementSignature AgreementSignature::fromJson(const QJsonObject &json)
{
    return AgreementSignature{json::integer(json.value(QLatin1String("agreement_signed_record_id")))};
}

QJsonObject AgreementSignature::toJson() const
{
    return QJsonObject{{QLatin1String("agreement_signed_record_id"), agreementSignedRecordId}};
}

} // namespace osm
