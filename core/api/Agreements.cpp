#include "Agreements.h"

#include "Operation.h"
#include "Validator.h"

namespace osm::api {

namespace {
const Operation kShowPublishedAgreement{"show_published_agreement", "GET",
                                        "/v2/servicerequest/agreements/published-agreement"};
const Operation kCheckLatestAgreementSigned{"check_latest_agreement_signed", "GET",
                                            "/v2/servicerequest/agreements/signed-latest"};
const Operation kSignAgreement{"sign_agreement", "POST", "/v2/servicerequest/agreements/{id}/signed"};

// agreement_type is a String of 1-32 characters whose documented values are 0, 1 and 2 (the examples' 5 is not).
Error agreementTypeError(int agreementType)
{
    return Validator()
        .oneOf("agreement_type", agreementType,
               {Agreement::NewCaseNormalUser, Agreement::NewCaseIsvUser, Agreement::Authorization})
        .error();
}

QueryItems agreementTypeQuery(int agreementType)
{
    return QueryBuilder().add("agreement_type", QString::number(agreementType)).items();
}
} // namespace

QFuture<Result<PublishedAgreement>> showPublishedAgreement(ApiClient &client, int agreementType)
{
    return run<PublishedAgreement>(client, kShowPublishedAgreement, {}, agreementTypeQuery(agreementType),
                                   agreementTypeError(agreementType));
}

QFuture<Result<AgreementSignedState>> checkLatestAgreementSigned(ApiClient &client, int agreementType)
{
    return run<AgreementSignedState>(client, kCheckLatestAgreementSigned, {}, agreementTypeQuery(agreementType),
                                     agreementTypeError(agreementType));
}

SignAgreementParams SignAgreementParams::of(const Agreement &agreement)
{
    bool isNumber = false;
    const qint64 id = agreement.id.trimmed().toLongLong(&isNumber);
    return SignAgreementParams{isNumber ? id : 0, {}};
}

Error SignAgreementParams::validate() const
{
    // An empty relation_id is not sent at all, so its minimum length of 1 always holds.
    return Validator().range("id", id, 1, 2147483647).maxLength("relation_id", relationId, 32).error();
}

QJsonObject SignAgreementParams::body() const
{
    QJsonObject body;
    if (!relationId.isEmpty())
        body.insert(QLatin1String("relation_id"), relationId);
    return body;
}

QFuture<Result<AgreementSignature>> signAgreement(ApiClient &client, const SignAgreementParams &params)
{
    const QJsonObject body = params.body();
    return run<AgreementSignature>(client, kSignAgreement, {QString::number(params.id)}, {}, params.validate(), &body);
}

} // namespace osm::api
