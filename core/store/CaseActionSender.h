#pragma once

#include "CaseWriteSender.h"
#include "api/CaseWrites.h"

namespace osm {

// Sends an outbox item of Kind::CaseAction: 5.3.8 run_case_action (cancel, close — with the rating that may
// go with it —, press = urge, delete). Payload: {"operation": "run_case_action", "params": {"action_id",
// "judgement", "operate_desc", "group_id", "incident_satisfaction_list"}}.
//
// An earlier attempt "may have arrived" when its request was started and no answer was read. Before sending
// again the sender checks the server:
//  * cancel, close, delete: 5.11.7 show_case_status — the case already cancelled (4), completed (3, the
//    rating of a close goes in the same request) or deleted (13) means done; otherwise it is sent again (a
//    status that no longer allows it is the server's refusal, shown to the user);
//  * press: urging is not idempotent (a second urge is a second entry in the log, or OSM.01010004 "urged too
//    often"), so 5.11.5 list_case_operate_logs is read: a press entry dated after the item was queued (with
//    some clock slack) means the case was urged.
class CaseActionSender : public CaseWriteSender
{
    Q_OBJECT

public:
    using CaseWriteSender::CaseWriteSender;

    // A validated item for `params`, or the Validator's error (nothing is queued then).
    static Result<OutboxItem> makeItem(const api::RunCaseActionParams &params);
    // The params an item holds (the case id from the item); nullopt when the payload is not a case action.
    static std::optional<api::RunCaseActionParams> paramsOf(const OutboxItem &item);

protected:
    Error load(const OutboxItem &item) override;
    void verify() override;
    QFuture<Result<Acknowledgement>> post(ApiClient &client) override;

private:
    void verifyStatus();
    void verifyUrge(qint64 offset);

    api::RunCaseActionParams m_params;
};

} // namespace osm
