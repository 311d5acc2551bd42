#pragma once

#include "CaseWriteSender.h"
#include "api/CaseWrites.h"

namespace osm {

// Sends an outbox item of Kind::Rating: 5.3.6 create_case_score. Payload: {"operation": "create_case_score",
// "params": {"judgement", "incident_satisfaction_list", "group_id"}}.
//
// A case is rated once (a second create_case_score is refused, OSM.01010019 "The operation is illegal."),
// so an earlier attempt that may have arrived is checked with 5.11.4 show_case_detail: a case that already
// carries an evaluation (incident_satisfaction or judgement) counts as rated — by this item — and nothing is
// sent. Otherwise the rating is sent again.
class RatingSender : public CaseWriteSender
{
    Q_OBJECT

public:
    using CaseWriteSender::CaseWriteSender;

    // A validated item for `params`, or the Validator's error (nothing is queued then).
    static Result<OutboxItem> makeItem(const api::CreateCaseScoreParams &params);
    static std::optional<api::CreateCaseScoreParams> paramsOf(const OutboxItem &item);

protected:
    Error load(const OutboxItem &queued) override;
    void verify() override;
    QFuture<Result<Acknowledgement>> post(ApiClient &client) override;

private:
    api::CreateCaseScoreParams m_params;
};

} // namespace osm
