#pragma once

#include "CaseWriteSender.h"
#include "api/Labels.h"

namespace osm {

// Sends an outbox item of Kind::LabelChange: 5.9.6 add_case_labels or 5.9.7 delete_case_labels. Payload:
// {"operation": "add_case_labels" | "delete_case_labels", "params": {"label_ids": [...]}, "label_names":
// [...] (for the user only: what the outbox shows)}.
//
// Attaching or detaching a label is a set operation and idempotent in itself, but the reference does not
// promise that a repeated add is not refused (the 5-label limit counts what is asked), so an earlier attempt
// that may have arrived is checked with 5.9.5 list_case_labels: for an add, the labels already attached are
// dropped from the request; for a removal, those already gone. Nothing left means done.
class LabelChangeSender : public CaseWriteSender
{
    Q_OBJECT

public:
    using CaseWriteSender::CaseWriteSender;

    enum class Change { Add, Remove };

    // A validated item, or the Validator's error (nothing is queued then). `labelNames` are shown to the user.
    static Result<OutboxItem> makeItem(Change change, const api::CaseLabelsParams &params,
                                       const QStringList &labelNames = {});
    static std::optional<Change> changeOf(const OutboxItem &item);
    static QStringList labelNamesOf(const OutboxItem &item);

protected:
    Error load(const OutboxItem &queued) override;
    void verify() override;
    QFuture<Result<Acknowledgement>> post(ApiClient &client) override;

private:
    Change m_change = Change::Add;
    api::CaseLabelsParams m_params;
};

} // namespace osm
