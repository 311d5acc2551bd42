#pragma once

#include <QJsonObject>

namespace osm {

// The answer of 5.1.2 check_latest_agreement_signed.
struct AgreementSignedState
{
    bool isSignedLatest = false; // is_signed_latest (printed "is_signed_late st" in the table)

    static AgreementSignedState fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AgreementSignedState &, const AgreementSignedState &) = default;
};

} // namespace osm
