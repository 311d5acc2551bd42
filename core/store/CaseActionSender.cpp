#include "CaseActionSender.h"

#include "api/CaseQueries.h"
#include "model/CaseOperateLogList.h"
#include "model/CaseStatus.h"
#include "model/CaseStatusInfo.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QJsonArray>

#include <algorithm>

namespace osm {

namespace {

const QString kOperation = QStringLiteral("run_case_action");
const QString kActionId = QStringLiteral("action_id");
const QString kJudgement = QStringLiteral("judgement");
const QString kOperateDesc = QStringLiteral("operate_desc");
const QString kGroupId = QStringLiteral("group_id");
const QString kSatisfactions = QStringLiteral("incident_satisfaction_list");

// An urge the server logged may be dated a little before our clock says the item was queued.
constexpr int kClockSlackSeconds = 300;
constexpr int kLogPage = 100;

std::optional<api::CaseAction> actionFromId(const QString &id)
{
    for (api::CaseAction action :
         {api::CaseAction::Cancel, api::CaseAction::Close, api::CaseAction::Press, api::CaseAction::Delete}) {
        if (api::actionId(action) == id)
            return action;
    }
    return std::nullopt;
}

QJsonObject toParams(const api::RunCaseActionParams &params)
{
    QJsonObject json{{kActionId, api::actionId(params.action)}};
    if (!params.judgement.isEmpty())
        json.insert(kJudgement, params.judgement);
    if (!params.operateDesc.isEmpty())
        json.insert(kOperateDesc, params.operateDesc);
    if (!params.groupId.isEmpty())
        json.insert(kGroupId, params.groupId);
    if (!params.satisfactions.isEmpty()) {
        QJsonArray list;
        for (const Satisfaction &s : params.satisfactions)
            list.append(s.toJson());
        json.insert(kSatisfactions, list);
    }
    return json;
}

// The status a done action leaves the case in (the simulator's rules, sim/README.md).
int statusAfter(api::CaseAction action)
{
    switch (action) {
    case api::CaseAction::Cancel:
        return CaseStatus::Cancelled;
    case api::CaseAction::Close:
        return CaseStatus::Completed;
    case api::CaseAction::Delete:
        return CaseStatus::Deleted;
    case api::CaseAction::Press:
        break;
    }
    return -1;
}

} // namespace

Result<OutboxItem> CaseActionSender::makeItem(const api::RunCaseActionParams &params)
{
    if (const Error error = params.validate())
        return error;
    return CaseWriteSender::makeItem(OutboxItem::Kind::CaseAction, params.caseId, kOperation, toParams(params));
}

std::optional<api::RunCaseActionParams> CaseActionSender::paramsOf(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::CaseAction || item.payload.value(operationKey()).toString() != kOperation)
        return std::nullopt;
    const QJsonObject json = item.payload.value(paramsKey()).toObject();
    const std::optional<api::CaseAction> action = actionFromId(json.value(kActionId).toString());
    if (!action)
        return std::nullopt;
    api::RunCaseActionParams params;
    params.caseId = item.caseId;
    params.action = *action;
    params.judgement = json.value(kJudgement).toString();
    params.operateDesc = json.value(kOperateDesc).toString();
    params.groupId = json.value(kGroupId).toString();
    const QJsonArray list = json.value(kSatisfactions).toArray();
    for (const QJsonValue &s : list)
        params.satisfactions.append(Satisfaction::fromJson(s.toObject()));
    return params;
}

Error CaseActionSender::load(const OutboxItem &queued)
{
    const std::optional<api::RunCaseActionParams> params = paramsOf(queued);
    if (!params)
        return unreadable();
    m_params = *params;
    return m_params.validate();
}

QFuture<Result<Acknowledgement>> CaseActionSender::post(ApiClient &client)
{
    return api::runCaseAction(client, m_params);
}

void CaseActionSender::verify()
{
    if (m_params.action == api::CaseAction::Press)
        verifyUrge(0);
    else
        verifyStatus();
}

void CaseActionSender::verifyStatus()
{
    whenReady(api::showCaseStatus(*client(), m_params.caseId), this, [this](const Result<CaseStatusInfo> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error()); // a refused look proves nothing: the mark stays
            return;
        }
        if (result->status == statusAfter(m_params.action))
            alreadyDone(); // the earlier attempt arrived: not sent twice
        else
            send();
    });
}

void CaseActionSender::verifyUrge(qint64 offset)
{
    api::ListCaseOperateLogsParams params;
    params.caseId = m_params.caseId;
    params.groupId = m_params.groupId;
    params.offset = offset;
    params.limit = kLogPage;
    whenReady(api::listCaseOperateLogs(*client(), params), this,
              [this, offset](const Result<CaseOperateLogList> &result) {
                  if (!result.ok()) {
                      Q_EMIT failed(result.error());
                      return;
                  }
                  const QDateTime after = item().createdAt.addSecs(-kClockSlackSeconds);
                  const CaseOperateLogList &page = result.value();
                  for (const CaseOperateLog &log : page.logs) {
                      if (log.operateType == CaseOperateLog::Press && log.time().isValid() && log.time() >= after) {
                          alreadyDone();
                          return;
                      }
                  }
                  // The order of the log is not documented: a long one is read at its other end too.
                  const qint64 last = std::min<qint64>(page.count - kLogPage, 65535);
                  if (offset == 0 && last > 0)
                      verifyUrge(last);
                  else
                      send();
              });
}

} // namespace osm
