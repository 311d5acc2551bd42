#include "RatingSender.h"

#include "api/CaseQueries.h"
#include "model/CaseDetail.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QJsonArray>

namespace osm {

namespace {

const QString kOperation = QStringLiteral("create_case_score");
const QString kJudgement = QStringLiteral("judgement");
const QString kGroupId = QStringLiteral("group_id");
const QString kSatisfactions = QStringLiteral("incident_satisfaction_list");

} // namespace

Result<OutboxItem> RatingSender::makeItem(const api::CreateCaseScoreParams &params)
{
    if (const Error error = params.validate())
        return error;
    QJsonArray list;
    for (const Satisfaction &s : params.satisfactions)
        list.append(s.toJson());
    QJsonObject json{{kJudgement, params.judgement}, {kSatisfactions, list}};
    if (!params.groupId.isEmpty())
        json.insert(kGroupId, params.groupId);
    return CaseWriteSender::makeItem(OutboxItem::Kind::Rating, params.caseId, kOperation, json);
}

std::optional<api::CreateCaseScoreParams> RatingSender::paramsOf(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::Rating || item.payload.value(operationKey()).toString() != kOperation)
        return std::nullopt;
    const QJsonObject json = item.payload.value(paramsKey()).toObject();
    api::CreateCaseScoreParams params;
    params.caseId = item.caseId;
    params.judgement = json.value(kJudgement).toString();
    params.groupId = json.value(kGroupId).toString();
    const QJsonArray list = json.value(kSatisfactions).toArray();
    for (const QJsonValue &s : list)
        params.satisfactions.append(Satisfaction::fromJson(s.toObject()));
    return params;
}

Error RatingSender::load(const OutboxItem &queued)
{
    const std::optional<api::CreateCaseScoreParams> params = paramsOf(queued);
    if (!params)
        return unreadable();
    m_params = *params;
    return m_params.validate();
}

QFuture<Result<Acknowledgement>> RatingSender::post(ApiClient &client)
{
    return api::createCaseScore(client, m_params);
}

void RatingSender::verify()
{
    api::ShowCaseDetailParams params;
    params.groupId = m_params.groupId;
    whenReady(api::showCaseDetail(*client(), m_params.caseId, params), this, [this](const Result<CaseDetail> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error()); // a refused look proves nothing: the mark stays
            return;
        }
        if (!result->satisfaction.isEmpty() || !result->judgement.isEmpty())
            alreadyDone(); // rated: the earlier attempt arrived
        else
            send();
    });
}

} // namespace osm
