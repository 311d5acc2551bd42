#pragma once

#include "CaseWriteSender.h"
#include "api/CaseWrites.h"

namespace osm {

// Sends an outbox item of Kind::ContactChange: 5.3.1 update_case_contact_info. Payload: {"operation":
// "update_case_contact_info", "params": {the body's fields: "area_code", "remind_mobile", "remind_mail",
// "remind_time", "group_id", "extension_map"}} (only those given).
//
// The request sets the reminder contact to the values it carries (a PUT): sent twice, the case holds the same
// contact. So an earlier attempt that may have arrived needs no look at the server: it is sent again. (The
// log gets a second "contact modified" entry at most.)
class ContactChangeSender : public CaseWriteSender
{
    Q_OBJECT

public:
    using CaseWriteSender::CaseWriteSender;

    // A validated item for `params`, or the Validator's error (nothing is queued then).
    static Result<OutboxItem> makeItem(const api::UpdateContactInfoParams &params);
    static std::optional<api::UpdateContactInfoParams> paramsOf(const OutboxItem &item);

protected:
    Error load(const OutboxItem &queued) override;
    void verify() override { send(); } // idempotent: see above
    QFuture<Result<Acknowledgement>> post(ApiClient &client) override;

private:
    api::UpdateContactInfoParams m_params;
};

} // namespace osm
