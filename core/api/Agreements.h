#pragma once

#include "model/Agreement.h"
#include "model/AgreementSignature.h"
#include "model/AgreementSignedState.h"
#include "model/PublishedAgreement.h"
#include "net/ApiClient.h"

#include <QFuture>
#include <QJsonObject>

namespace osm::api {

// 5.1 agreements. Before creating a case: check_latest_agreement_signed; when not signed,
// show_published_agreement, let the user accept it, sign_agreement, and pass the record id to create_case
// as agreement_signed_record_id. agreementType is one of Agreement::Type (sent as its number).

// 5.1.1 show_published_agreement
QFuture<Result<PublishedAgreement>> showPublishedAgreement(ApiClient &client, int agreementType);

// 5.1.2 check_latest_agreement_signed
QFuture<Result<AgreementSignedState>> checkLatestAgreementSigned(ApiClient &client, int agreementType);

// 5.1.3 sign_agreement (POST; the example's "GET" line contradicts the URI).
struct SignAgreementParams
{
    qint64 id = 0;      // path id, 1..2147483647: the case_agreement id of 5.1.1
    QString relationId; // relation_id, 1-32, sent only when not empty (the reference does not say what it refers to)

    // The published agreement to sign; an id that is not a number gives 0, which validate() refuses.
    static SignAgreementParams of(const Agreement &agreement);

    Error validate() const;
    // {"relation_id"} when given, otherwise {}.
    QJsonObject body() const;
};
QFuture<Result<AgreementSignature>> signAgreement(ApiClient &client, const SignAgreementParams &params);

} // namespace osm::api
