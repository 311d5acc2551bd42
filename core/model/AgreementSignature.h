#pragma once

#include <QJsonObject>

namespace osm {

// The answer of 5.1.3 sign_agreement: the record create_case takes as agreement_signed_record_id.
struct AgreementSignature
{
    qint64 agreementSignedRecordId = 0; // agreement_signed_record_id: Integer in the table, "1" in the example

    static AgreementSignature fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AgreementSignature &, const AgreementSignature &) = default;
};

} // namespace osm
